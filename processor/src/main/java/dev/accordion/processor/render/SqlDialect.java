package dev.accordion.processor.render;

import dev.accordion.format.DialectName;
import dev.accordion.processor.plan.Operation;
import dev.accordion.processor.validate.DialectCapabilities;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders operations as one database's SQL. One implementation per database; which operation
 * goes to which method is decided here, once.
 */
public interface SqlDialect extends DialectCapabilities {

  /** The renderer of {@code dialect}: the one place a dialect's name picks its SQL. */
  static SqlDialect of(DialectName dialect) {
    return switch (dialect) {
      case SQLITE -> new SqliteDialect();
      case POSTGRESQL -> new PostgresDialect();
      case MYSQL -> new MysqlDialect();
    };
  }

  @Override
  default DialectName dialect() {
    return syntax().dialect();
  }

  default Sections render(Operation operation) {
    if (operation.ofTransition().filter(t -> t.isLink() || t.isTableRename()).isPresent()) {
      return relations().render(operation);
    }
    if (operation instanceof Operation.CreateTable op) {
      return createTable(op);
    }
    if (operation instanceof Operation.AddColumn op) {
      return addColumn(op);
    }
    if (operation instanceof Operation.CreateIndex op) {
      return createIndex(op);
    }
    if (operation instanceof Operation.AddForeignKey op) {
      return addForeignKey(op);
    }
    if (operation instanceof Operation.DropIndex op) {
      return dropIndex(op);
    }
    if (operation instanceof Operation.RenameColumn op) {
      return renameColumn(op);
    }
    if (operation instanceof Operation.RenameTable op) {
      return renameTable(op);
    }
    if (operation instanceof Operation.Expand op) {
      return expand(op);
    }
    if (operation instanceof Operation.Contract op) {
      return contract(op);
    }
    if (operation instanceof Operation.ChangeColumnType op) {
      return changeColumnType(op);
    }
    if (operation instanceof Operation.RemoveEnumValues op) {
      return removeEnumValues(op);
    }
    throw new IllegalArgumentException("No dialect renders " + operation);
  }

  /** How this database spells identifiers, values and NULL-safe comparison. */
  SqlSyntax syntax();

  /** This database's SQL for the transitions of relations. */
  RelationSql relations();

  Sections createTable(Operation.CreateTable op);

  /**
   * A foreign key of a table or column this migration adds: its column holds no value yet, so
   * nothing it checks can fail.
   */
  Sections addForeignKey(Operation.AddForeignKey op);

  /**
   * A column added to a table in use. A unique column's constraint is a unique index of its
   * own, built as {@link #createIndex} builds one.
   */
  default Sections addColumn(Operation.AddColumn op) {
    Column column = op.column();
    Sections add = Sections.ddl(List.of(addColumnStatement(op.table(), column)));
    return column.unique()
        ? add.then(createIndex(new Operation.CreateIndex(op.table(),
            Naming.uniqueIndex(op.table(), column.name()))))
        : add;
  }

  /** The statement adding {@code column} to {@code table}, its UNIQUE left to the index. */
  String addColumnStatement(String table, Column column);

  Sections createIndex(Operation.CreateIndex op);

  Sections dropIndex(Operation.DropIndex op);

  default Sections renameColumn(Operation.RenameColumn op) {
    SqlSyntax sql = syntax();
    return Sections.ddl(List.of("ALTER TABLE " + sql.quote(op.table()) + " RENAME COLUMN "
        + sql.quote(op.from()) + " TO " + sql.quote(op.to()) + ";"));
  }

  Sections renameTable(Operation.RenameTable op);

  Sections expand(Operation.Expand op);

  Sections contract(Operation.Contract op);

  /** A type change {@link #changesInPlace} accepted for this dialect. */
  Sections changeColumnType(Operation.ChangeColumnType op);

  /**
   * A guard only: the rows still holding a removed value, by name for {@code EnumType.STRING},
   * by position for {@code ORDINAL} (only trailing constants can be removed, so every position
   * at or above the remaining count).
   */
  default Sections removeEnumValues(Operation.RemoveEnumValues op) {
    SqlSyntax sql = syntax();
    String column = sql.quote(op.column());
    String holding =
        op.before().kind() == ColumnType.Kind.ENUM_ORDINAL
            ? column + " >= " + (op.before().enumConstants().size() - op.removed().size())
            : column + " IN (" + op.removed().stream().map(sql::stringLiteral)
                .collect(Collectors.joining(", ")) + ")";
    return new Sections(
        List.of("SELECT COUNT(*) FROM " + sql.quote(op.table()) + " WHERE " + holding + ";"),
        List.of(), List.of(), false, Optional.empty(), Optional.empty());
  }

  /**
   * One database's SQL for the transitions of relations: a link moving to the other table, a
   * link becoming a join table, a table renamed with zero downtime. Each dialect's is a class of
   * its own beside it, so no dialect's file grows past reading.
   */
  interface RelationSql {

    /** {@code operation}, a step of a transition between two tables. */
    default Sections render(Operation operation) {
      if (operation instanceof Operation.ExpandLink op) {
        return expandLink(op);
      }
      if (operation instanceof Operation.ContractLink op) {
        return contractLink(op);
      }
      if (operation instanceof Operation.ExpandJoin op) {
        return expandJoin(op);
      }
      if (operation instanceof Operation.ContractJoin op) {
        return contractJoin(op);
      }
      if (operation instanceof Operation.ExpandTable op) {
        return expandTable(op);
      }
      return contractTable((Operation.ContractTable) operation);
    }

    Sections expandLink(Operation.ExpandLink op);

    Sections contractLink(Operation.ContractLink op);

    Sections expandJoin(Operation.ExpandJoin op);

    Sections contractJoin(Operation.ContractJoin op);

    /** The new name shows the old table's rows, for the code of this release on. */
    Sections expandTable(Operation.ExpandTable op);

    /** The old name goes; the table has the new one. */
    Sections contractTable(Operation.ContractTable op);
  }
}
