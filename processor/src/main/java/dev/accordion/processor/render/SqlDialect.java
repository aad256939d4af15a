package dev.accordion.processor.render;

import dev.accordion.format.DialectName;
import dev.accordion.processor.plan.Operation;
import dev.accordion.processor.validate.DialectCapabilities;
import dev.accordion.processor.model.ColumnType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders operations as one database's SQL. One implementation per database; which operation
 * goes to which method is decided here, once.
 */
public interface SqlDialect extends DialectCapabilities {

  DialectName dialect();

  /** The dialect's word, as {@link DialectCapabilities} reports it. */
  @Override
  default String name() {
    return dialect().word();
  }

  default Sections render(Operation operation) {
    if (operation instanceof Operation.CreateTable op) {
      return createTable(op);
    }
    if (operation instanceof Operation.AddColumn op) {
      return addColumn(op);
    }
    if (operation instanceof Operation.CreateIndex op) {
      return createIndex(op);
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
    if (operation instanceof Operation.ContractTable op) {
      return contractTable(op);
    }
    if (operation instanceof Operation.ChangeColumnType op) {
      return changeColumnType(op);
    }
    if (operation instanceof Operation.RemoveEnumValues op) {
      return removeEnumValues(op);
    }
    return contract((Operation.Contract) operation);
  }

  /** How this database spells identifiers, values and NULL-safe comparison. */
  SqlSyntax syntax();

  Sections createTable(Operation.CreateTable op);

  Sections addColumn(Operation.AddColumn op);

  Sections createIndex(Operation.CreateIndex op);

  Sections dropIndex(Operation.DropIndex op);

  Sections renameColumn(Operation.RenameColumn op);

  Sections renameTable(Operation.RenameTable op);

  Sections expand(Operation.Expand op);

  Sections contract(Operation.Contract op);

  Sections expandLink(Operation.ExpandLink op);

  Sections contractLink(Operation.ContractLink op);

  Sections expandJoin(Operation.ExpandJoin op);

  Sections contractJoin(Operation.ContractJoin op);

  /** The new name shows the old table's rows, for the code of this release on. */
  Sections expandTable(Operation.ExpandTable op);

  /** The old name goes; the table has the new one. */
  Sections contractTable(Operation.ContractTable op);

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
}
