package dev.accordion.processor.plan;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.ForeignKey;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Sequence;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.List;
import java.util.Optional;

/** One schema change of a planned migration. Dialects render each kind. */
public sealed interface Operation {

  /** A short, file-name-safe phrase for the migration's description. */
  String describe();

  /** The tables the operation changes, by their names before and after it. */
  default List<String> tables() {
    if (this instanceof CreateTable o) {
      return List.of(o.table().name());
    } else if (this instanceof AddColumn o) {
      return List.of(o.table());
    } else if (this instanceof CreateIndex o) {
      return List.of(o.table());
    } else if (this instanceof AddForeignKey o) {
      return List.of(o.table());
    } else if (this instanceof DropIndex o) {
      return List.of(o.table());
    } else if (this instanceof RenameColumn o) {
      return List.of(o.table());
    } else if (this instanceof RenameTable o) {
      return List.of(o.from(), o.to());
    } else if (this instanceof ChangeColumnType o) {
      return List.of(o.table());
    } else if (this instanceof RemoveEnumValues o) {
      return List.of(o.table());
    }
    Transition t = ofTransition().orElseThrow();
    return t.oldTable().isEmpty() ? List.of(t.table()) : List.of(t.table(), t.oldTable());
  }

  /** The transition an expand or contract operation belongs to; empty for the others. */
  default Optional<Transition> ofTransition() {
    if (this instanceof Expand o) {
      return Optional.of(o.transition());
    } else if (this instanceof Contract o) {
      return Optional.of(o.transition());
    } else if (this instanceof ExpandLink o) {
      return Optional.of(o.transition());
    } else if (this instanceof ContractLink o) {
      return Optional.of(o.transition());
    } else if (this instanceof ExpandJoin o) {
      return Optional.of(o.transition());
    } else if (this instanceof ContractJoin o) {
      return Optional.of(o.transition());
    } else if (this instanceof ExpandTable o) {
      return Optional.of(o.transition());
    } else if (this instanceof ContractTable o) {
      return Optional.of(o.transition());
    }
    return Optional.empty();
  }

  /**
   * A new table; {@code createsSequence} when its keys come from a sequence no table created
   * before (tables whose keys share one sequence: the first creates it).
   */
  record CreateTable(Table table, boolean createsSequence) implements Operation {

    /** The sequence this creates with the table, if it creates one. */
    public Optional<Sequence> newSequence() {
      return createsSequence ? table.keySequence() : Optional.empty();
    }

    @Override
    public String describe() {
      return "create_" + table.name();
    }
  }

  record AddColumn(String table, Column column) implements Operation {
    @Override
    public String describe() {
      return "add_" + table + "_" + column.name();
    }
  }

  record CreateIndex(String table, Index index) implements Operation {
    @Override
    public String describe() {
      return "index_" + index.name();
    }
  }

  /**
   * A foreign key of {@code table} over columns created or added in the same migration; planned
   * after every table the migration creates, so the table it points at exists.
   * {@code tableInUse} says the table existed before (its column was added).
   */
  record AddForeignKey(String table, ForeignKey key, boolean tableInUse) implements Operation {

    /** The foreign key of {@code column} alone, which has a reference. */
    public static AddForeignKey of(String table, Column column, boolean tableInUse) {
      Column.Reference reference = column.references().orElseThrow();
      if (reference.partOf().isPresent()) {
        throw new IllegalStateException(column.name() + " is a part of a foreign key over several"
            + " columns, which only a table created with it declares");
      }
      return new AddForeignKey(table, new ForeignKey(List.of(column.name()), reference.table(),
          List.of(reference.column())), tableInUse);
    }

    @Override
    public String describe() {
      return "fk_" + table + "_" + key.firstColumn();
    }
  }

  record DropIndex(String table, Index index) implements Operation {
    @Override
    public String describe() {
      return "drop_index_" + index.name();
    }
  }

  /** A direct rename; {@code acknowledged} is the user's reason, or empty. */
  record RenameColumn(String table, String from, String to, String acknowledged)
      implements Operation {
    @Override
    public String describe() {
      return "rename_" + table + "_" + from + "_to_" + to;
    }
  }

  /** A direct rename of {@code table} (as the snapshot has it) to {@code to}. */
  record RenameTable(Table table, String to, String acknowledged) implements Operation {
    public String from() {
      return table.name();
    }

    @Override
    public String describe() {
      return "rename_" + from() + "_to_" + to;
    }
  }

  /**
   * Adds the transition's new column, relaxes the old one, installs sync triggers, and registers
   * the backfill and its verification. {@code after} is the table as the expand leaves it;
   * {@code inFlight} every transition on the table afterwards (their triggers must survive a
   * rebuild).
   */
  record Expand(Transition transition, Table before, Table after, List<Transition> inFlight)
      implements Operation {
    @Override
    public String describe() {
      return "expand_" + transition.table() + "_" + transition.newColumn();
    }
  }

  /**
   * Checks that every row agrees, drops the triggers and the old column, and gives the new
   * column its declared constraints.
   */
  record Contract(Transition transition, Table before, Table after, List<Transition> inFlight)
      implements Operation {
    @Override
    public String describe() {
      return "contract_" + transition.table() + "_" + transition.newColumn();
    }
  }

  /**
   * A column's type changed where it stands, which every generated dialect does without a
   * rewrite (see {@link dev.accordion.processor.validate.DialectCapabilities}): a longer VARCHAR, or a wider integer on SQLite.
   */
  record ChangeColumnType(String table, Column before, Column after) implements Operation {
    @Override
    public String describe() {
      return "widen_" + table + "_" + after.name();
    }
  }

  /**
   * Values an enum column's Java type no longer has. Nothing in the database changes (the column
   * stores names, or positions below the remaining count); the migration only refuses to run,
   * and so the release to boot, while a row still holds one of them, since the release could
   * not read that row. The release before it must already have stopped writing them.
   */
  record RemoveEnumValues(String table, String column, ColumnType before, List<String> removed)
      implements Operation {
    public RemoveEnumValues {
      removed = List.copyOf(removed);
    }

    @Override
    public String describe() {
      return "remove_" + table + "_" + column + "_" + String.join("_", removed);
    }
  }

  /**
   * Moves a link to the other table: adds the new key column to {@code owner} (as the expand
   * leaves it), installs triggers on both tables that keep the link and its inverse in step, and
   * registers the backfill and its verification. Refused before any DDL while two rows of
   * {@code source} hold the same link.
   */
  record ExpandLink(Transition transition, Table owner, Table source) implements Operation {
    @Override
    public String describe() {
      return "expand_" + transition.table() + "_" + transition.newColumn();
    }
  }

  /**
   * Checks that every link agrees with its inverse, drops the triggers and the old column of
   * {@code sourceBefore}, and gives the new column its declared constraints. The in-flight lists
   * are the other transitions on each table afterwards (their triggers must survive a rebuild).
   */
  record ContractLink(Transition transition, Table ownerBefore, Table ownerAfter,
      Table sourceBefore, Table sourceAfter, List<Transition> ownerInFlight,
      List<Transition> sourceInFlight) implements Operation {
    @Override
    public String describe() {
      return "contract_" + transition.table() + "_" + transition.newColumn();
    }
  }

  /**
   * A 1:n link becoming m:n: the new join table (created by this compile's schema migration)
   * gets a row per source row's link, and triggers on both tables keep the old single link and
   * the join rows in step: the old link is one of the join rows.
   */
  record ExpandJoin(Transition transition, Table join, Table source) implements Operation {
    @Override
    public String describe() {
      return "expand_" + transition.table();
    }
  }

  /**
   * Checks that every old link has its join row and every row without one has none, drops the
   * triggers and the old link column of {@code sourceBefore}, and gives the join columns their
   * declared constraints.
   */
  record ContractJoin(Transition transition, Table joinBefore, Table joinAfter,
      Table sourceBefore, Table sourceAfter, List<Transition> sourceInFlight) implements Operation {
    @Override
    public String describe() {
      return "contract_" + transition.table();
    }
  }

  /**
   * Renames {@code table} (as the snapshot has it, under its old name) to the transition's new
   * name with zero downtime: the new name shows the same rows while older releases keep the old
   * one (see each dialect), and verification compares the two.
   */
  record ExpandTable(Transition transition, Table table) implements Operation {
    @Override
    public String describe() {
      return "expand_rename_" + transition.oldTable() + "_to_" + transition.table();
    }
  }

  /**
   * Checks that both names still show the same rows, drops the old name's stand-in and gives
   * {@code table} (as the snapshot has it, under its new name) its new name for good.
   */
  record ContractTable(Transition transition, Table table) implements Operation {
    @Override
    public String describe() {
      return "contract_rename_" + transition.oldTable() + "_to_" + transition.table();
    }
  }
}
