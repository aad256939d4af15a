package dev.accordion.processor.resolve;

import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.plan.TableIntent;
import java.util.List;

/**
 * What resolving a compile found: the intents, in the order planning takes them, and the
 * diagnostics. Planning is only meant for a report without errors; the intents of a refused
 * entity keep its table as it was.
 */
public record Resolution(List<TableIntent> intents, ValidationReport report) {

  public Resolution {
    intents = List.copyOf(intents);
  }
}
