package dev.accordion.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The one way diagnostics leave the processor. It takes the most specific target it is given
 * (element, annotation, attribute value) so an IDE underlines exactly what is wrong, and it
 * remembers whether any error was raised: nothing is written after one. A warning the element
 * (or its class) acknowledges with {@code @Acknowledged} is kept, not printed, for the headers of
 * the migrations written.
 */
public final class Reporter {

  private static final String ACKNOWLEDGED = "dev.accordion.Acknowledged";
  private static final String ACKNOWLEDGED_LIST = "dev.accordion.Acknowledged.List";

  /** A warning acknowledged at {@code element}, with the user's reason. */
  public record Acknowledgement(Message message, String reason, Element element) {}

  private final Messager messager;
  private final List<Acknowledgement> acknowledgements = new ArrayList<>();
  private boolean errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Message message, Element element, Object... args) {
    report(message, element, null, null, args);
  }

  public void report(
      Message message, Element element, AnnotationMirror annotation, Object... args) {
    report(message, element, annotation, null, args);
  }

  public void report(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    Optional<String> reason = element == null ? Optional.empty() : reason(element, message.code());
    String text = message.format(args);
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors = true;
      if (reason.isPresent()) {
        text += " (@Acknowledged does not apply to errors: fix it.)";
      }
    } else if (reason.isPresent() && !reason.get().isBlank()) {
      acknowledgements.add(new Acknowledgement(message, reason.get().strip(), element));
      return;
    }
    messager.printMessage(message.kind(), text, element, annotation, value);
  }

  /** Prints what a stage found, in the order it was found. */
  public void report(ValidationReport report) {
    for (ValidationReport.Item item : report.items()) {
      report(item.message(), item.element(), item.annotation(), item.value(),
          item.args().toArray());
    }
  }

  public boolean hasErrors() {
    return errors;
  }

  /** The warnings acknowledged so far, in the order they arose. */
  public List<Acknowledgement> acknowledgements() {
    return List.copyOf(acknowledgements);
  }

  /** The reason given by an {@code @Acknowledged(code)} on the element or an enclosing class. */
  private static Optional<String> reason(Element element, String code) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
            .toString();
        List<AnnotationMirror> each = new ArrayList<>();
        if (type.equals(ACKNOWLEDGED)) {
          each.add(mirror);
        } else if (type.equals(ACKNOWLEDGED_LIST)) {
          Object list = attribute(mirror, "value");
          if (list instanceof List<?> values) {
            values.forEach(v -> each.add((AnnotationMirror) ((AnnotationValue) v).getValue()));
          }
        }
        for (AnnotationMirror acknowledged : each) {
          if (code.equals(attribute(acknowledged, "value"))) {
            Object reason = attribute(acknowledged, "reason");
            return Optional.of(reason instanceof String s ? s : "");
          }
        }
      }
      if (e instanceof TypeElement) {
        break; // the entity class is as far as an acknowledgement reaches
      }
    }
    return Optional.empty();
  }

  private static Object attribute(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    return null;
  }
}
