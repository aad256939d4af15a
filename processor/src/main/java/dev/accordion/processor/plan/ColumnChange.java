package dev.accordion.processor.plan;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.List;

/**
 * One resolved change to a table the snapshot has and an entity still maps, in the order the
 * entity's fields ask for it. Each says what the snapshot's table becomes ({@link #applyTo});
 * planning turns it into operations. Nothing here is refused: a refused change is never made.
 */
public sealed interface ColumnChange {

  TableDraft applyTo(TableDraft table);

  /** A column that stays, mapped by {@code field} as {@code type}; its constraints stay too. */
  record Remap(String column, String field, ColumnType type) implements ColumnChange {
    @Override
    public TableDraft applyTo(TableDraft table) {
      return table.remap(column, field, type);
    }
  }

  /** A type every generated database changes where the column stands. */
  record ChangeType(Column before, Column after) implements ColumnChange {
    @Override
    public TableDraft applyTo(TableDraft table) {
      return table;
    }
  }

  record Add(Column column) implements ColumnChange {
    @Override
    public TableDraft applyTo(TableDraft table) {
      return table.put(column);
    }
  }

  /** A direct rename; {@code acknowledged} is the user's reason, blank when none was given. */
  record Rename(String previous, Column column, String acknowledged) implements ColumnChange {
    @Override
    public TableDraft applyTo(TableDraft table) {
      return table.rename(previous, column);
    }
  }

  /** The indexes the entity declares, by name: the last of a name wins, in the first's place. */
  record Indexes(List<Index> declared) implements ColumnChange {
    public Indexes {
      declared = List.copyOf(declared);
    }

    @Override
    public TableDraft applyTo(TableDraft table) {
      return table.withIndexes(declared);
    }
  }

  /** Enum constants removed: a guard that no row holds one. */
  record RemoveEnumValues(String column, ColumnType before, List<String> removed)
      implements ColumnChange {
    public RemoveEnumValues {
      removed = List.copyOf(removed);
    }

    @Override
    public TableDraft applyTo(TableDraft table) {
      return table;
    }
  }

  /** A column transition begun: its old columns and its new ones hold no constraints. */
  record Expand(Transition transition, List<Column> newColumns) implements ColumnChange {
    public Expand {
      newColumns = List.copyOf(newColumns);
    }

    @Override
    public TableDraft applyTo(TableDraft table) {
      return table.relax(transition.oldColumns())
          .putAll(newColumns.stream().map(Column::relaxed).toList());
    }
  }

  /**
   * A link moving to this table from {@code source}: the new column, nullable until the
   * contract, with its unique and foreign key.
   */
  record ExpandLink(Transition transition, Column column, Table source) implements ColumnChange {
    @Override
    public TableDraft applyTo(TableDraft table) {
      return table.put(column.asNullable());
    }
  }

  /** A column transition finished: the old columns go, the new ones take their constraints. */
  record Contract(Transition transition, List<Column> finalColumns) implements ColumnChange {
    public Contract {
      finalColumns = List.copyOf(finalColumns);
    }

    @Override
    public TableDraft applyTo(TableDraft table) {
      return table.removeAll(transition.oldColumns()).putAll(finalColumns);
    }
  }

  /** A link's move finished: the old link leaves {@code source}, the new one is constrained. */
  record ContractLink(Transition transition, Column column, Table source)
      implements ColumnChange {
    @Override
    public TableDraft applyTo(TableDraft table) {
      return table.put(column);
    }
  }

  /** An old link column that the contract of a link, planned on its new owner, drops. */
  record DropMovedLink(String column) implements ColumnChange {
    @Override
    public TableDraft applyTo(TableDraft table) {
      return table.remove(column);
    }
  }
}
