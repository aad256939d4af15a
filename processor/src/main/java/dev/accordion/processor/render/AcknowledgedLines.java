package dev.accordion.processor.render;

import dev.accordion.processor.diagnostics.Reporter;
import dev.accordion.processor.read.EntityDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The warnings acknowledged in a compile as header lines of the migrations that change their
 * table, so a reviewer reads why the risk was taken beside the SQL that takes it.
 */
public final class AcknowledgedLines {

  private AcknowledgedLines() {}

  /**
   * {@code "Acknowledged (ACC507) at Task.stage: the reason"}, by the table of the entity each
   * was reported on; one reported on no entity of the compile has no table and no line.
   */
  public static Map<String, List<String>> byTable(List<Reporter.Acknowledgement> acknowledged,
      List<EntityDeclaration> entities) {
    Map<String, List<String>> lines = new TreeMap<>();
    for (Reporter.Acknowledgement a : acknowledged) {
      Element owner = a.element();
      while (owner != null && !(owner instanceof TypeElement)) {
        owner = owner.getEnclosingElement();
      }
      Element type = owner;
      Optional<EntityDeclaration> entity =
          entities.stream().filter(e -> e.type().equals(type)).findFirst();
      if (entity.isEmpty()) {
        continue;
      }
      String at = entity.get().type().getSimpleName()
          + (a.element() == type ? "" : "." + a.element().getSimpleName());
      lines.computeIfAbsent(entity.get().tableName(), t -> new ArrayList<>())
          .add("Acknowledged (" + a.message().code() + ") at " + at + ": " + a.reason());
    }
    return lines;
  }
}
