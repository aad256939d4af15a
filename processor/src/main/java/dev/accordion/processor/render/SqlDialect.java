package dev.accordion.processor.render;

import dev.accordion.processor.diff.Operation;

/**
 * Renders operations as one database's SQL. One implementation per database; which operation
 * goes to which method is decided here, once.
 */
public interface SqlDialect {

  /** The dialect's directory name under the migrations directory: sqlite, postgresql, mysql. */
  String name();

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
    return contract((Operation.Contract) operation);
  }

  Sections createTable(Operation.CreateTable op);

  Sections addColumn(Operation.AddColumn op);

  Sections createIndex(Operation.CreateIndex op);

  Sections dropIndex(Operation.DropIndex op);

  Sections renameColumn(Operation.RenameColumn op);

  Sections renameTable(Operation.RenameTable op);

  Sections expand(Operation.Expand op);

  Sections contract(Operation.Contract op);
}
