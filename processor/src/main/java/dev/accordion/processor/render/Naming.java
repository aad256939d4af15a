package dev.accordion.processor.render;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.List;

/**
 * Names Accordion gives the objects it creates, the same in every dialect (each quotes them its
 * own way), so a later migration can find them again.
 */
final class Naming {

  private Naming() {}

  /** A unique column's constraint or index, as PostgreSQL names an inline UNIQUE. */
  static String uniqueKey(String table, String column) {
    return table + "_" + column + "_key";
  }

  /** A foreign key's constraint, as PostgreSQL names one it names itself. */
  static String foreignKey(String table, String column) {
    return table + "_" + column + "_fkey";
  }

  /**
   * The unique keys Accordion named after {@code table}, as pairs of old and new name, for a
   * rename to {@code to}: a later migration finds them by the table's current name.
   */
  static List<List<String>> uniqueKeysRenamed(Table table, String to) {
    return table.columns().stream().filter(Column::unique)
        .map(c -> List.of(uniqueKey(table.name(), c.name()), uniqueKey(to, c.name())))
        .toList();
  }

  static Index uniqueIndex(String table, String column) {
    return new Index(uniqueKey(table, column), List.of(column), true);
  }

  /** A sync trigger (or function) of a transition, by what it does. */
  static String syncTrigger(Transition t, String purpose) {
    return t.isTableRename()
        ? "accordion_" + t.table() + "_" + purpose
        : "accordion_" + t.table() + "_" + t.newColumn() + "_" + purpose;
  }

  /** The sync triggers of a transition, by what each does. */
  static List<String> syncTriggers(Transition t, List<String> purposes) {
    return purposes.stream().map(purpose -> syncTrigger(t, purpose)).toList();
  }

  /** What a table renamed with zero downtime leaves behind for a moment at its contract. */
  static String retiredName(Transition t) {
    return "accordion_retired_" + t.table();
  }

  /** An index of a table renamed on SQLite, on the copy: index names are database-wide there. */
  static String copyIndex(Transition t, Index index) {
    return "accordion_" + t.table() + "_" + index.name();
  }
}
