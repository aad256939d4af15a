package dev.accordion.processor.plan;

import dev.accordion.format.MigrationKind;
import java.util.List;
import java.util.Optional;

/**
 * One migration to write: its kind (as its header names it), the transition it belongs to
 * (expand and contract only), and its operations in order. Rendered once per dialect.
 */
public record PlannedMigration(
    MigrationKind kind, Optional<String> transitionId, String description,
    List<Operation> operations) {

  public PlannedMigration {
    operations = List.copyOf(operations);
  }
}
