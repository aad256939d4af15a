package dev.accordion.processor.plan;

import dev.accordion.processor.model.Schema;
import java.util.List;

/** The planner's result: the migrations to write and the schema they leave behind. */
public record Plan(List<PlannedMigration> migrations, Schema next) {

  public Plan {
    migrations = List.copyOf(migrations);
  }
}
