package dev.accordion.processor.plan;

import java.util.List;
import java.util.Optional;

/**
 * One migration to write: its kind, the transition it belongs to (expand and contract only),
 * and its operations in order. Rendered once per dialect.
 */
public record PlannedMigration(
    Kind kind, Optional<String> transitionId, String description, List<Operation> operations) {

  public PlannedMigration {
    operations = List.copyOf(operations);
  }

  /** Kinds as the runtime reads them from a migration's header. */
  public enum Kind {
    BASELINE,
    SCHEMA,
    RENAME,
    EXPAND,
    CONTRACT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
