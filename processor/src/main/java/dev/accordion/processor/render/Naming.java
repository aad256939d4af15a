package dev.accordion.processor.render;

import dev.accordion.processor.model.Index;
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

  static Index uniqueIndex(String table, String column) {
    return new Index(uniqueKey(table, column), List.of(column), true);
  }

  /** A sync trigger (or function) of a transition, by what it does. */
  static String syncTrigger(Transition t, String purpose) {
    return "accordion_" + t.table() + "_" + t.newColumn() + "_" + purpose;
  }
}
