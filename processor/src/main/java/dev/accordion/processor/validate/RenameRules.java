package dev.accordion.processor.validate;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import dev.accordion.processor.read.RenameDeclaration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Rules about which old column each field of an entity takes its values from. */
public final class RenameRules {

  private RenameRules() {}

  /**
   * Direct renames whose old names are each other's new ones: a swap, in one release.
   * {@code tableHas} says which columns the table has.
   */
  public static ValidationReport cycles(EntityDeclaration entity, Predicate<String> tableHas) {
    ValidationReport.Builder report = ValidationReport.builder();
    Map<String, FieldDeclaration> renamedTo = new LinkedHashMap<>();
    for (FieldDeclaration field : entity.fields()) {
      if (field.renamedFrom().isPresent() && field.expand().isEmpty()
          && field.contract().isEmpty() && tableHas.test(field.column().name())) {
        renamedTo.put(field.column().name(), field);
      }
    }
    for (FieldDeclaration field : renamedTo.values()) {
      List<String> circle = new ArrayList<>(List.of(field.column().name()));
      String next = field.renamedFrom().get().previousName();
      while (renamedTo.containsKey(next) && !circle.contains(next)) {
        circle.add(next);
        next = renamedTo.get(next).renamedFrom().get().previousName();
      }
      if (next.equals(field.column().name())) {
        circle.add(next);
        RenameDeclaration rename = field.renamedFrom().get();
        report.report(Message.RENAME_CYCLE, field.element(), rename.mirror(),
            rename.valueAttribute(), rename.previousName(), field.name(),
            String.join(" <- ", circle));
      }
    }
    return report.build();
  }

  /**
   * Each old column of {@code table} is the source of one transition: one in flight (which this
   * field may be recompiling) or one this compile's fields begin. {@code columnOf} finds the
   * column a source names.
   */
  public static ValidationReport sourcesTakenOnce(EntityDeclaration entity, String table,
      Collection<Transition> inFlight, UnaryOperator<String> columnOf) {
    ValidationReport.Builder report = ValidationReport.builder();
    Map<String, Transition> inFlightSources = new HashMap<>();
    for (Transition t : inFlight) {
      if (t.sourceTable().equals(table) && !t.isTableRename()) {
        t.oldColumns().forEach(c -> inFlightSources.put(c, t));
      }
    }
    Map<String, FieldDeclaration> takenBy = new HashMap<>();
    for (FieldDeclaration field : entity.fields()) {
      if (field.expand().isEmpty() || field.namesLink()) {
        continue;
      }
      for (String source : field.sources()) {
        String column = columnOf.apply(source);
        Transition running = inFlightSources.get(column);
        FieldDeclaration other = takenBy.putIfAbsent(column, field);
        String taker = running != null && !running.newFields().contains(field.name())
            ? "transition " + running.id()
            : other != null ? "field '" + other.name() + "'" : null;
        if (taker != null) {
          report.report(Message.SOURCE_TAKEN_TWICE, field.element(),
              field.expand().get().mirror(), field.name(), column, taker, source);
        }
      }
    }
    return report.build();
  }
}
