package dev.accordion.processor.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * What a rule found, as a value: its diagnostics in the order they arose, each with the element,
 * annotation and attribute value it points at, and whether any is an error. Rules return one and
 * print nothing; {@link Reporter#report(ValidationReport)} prints it, so a stage can be run and
 * its findings judged before anything reaches the compiler's output.
 */
public final class ValidationReport {

  private static final ValidationReport CLEAN = new ValidationReport(List.of());

  /** One diagnostic: its message, where it points, and the arguments of its text. */
  public record Item(Message message, Element element, AnnotationMirror annotation,
      AnnotationValue value, List<Object> args) {

    public boolean isError() {
      return message.kind() == Diagnostic.Kind.ERROR;
    }
  }

  private final List<Item> items;

  private ValidationReport(List<Item> items) {
    this.items = Collections.unmodifiableList(new ArrayList<>(items));
  }

  public static ValidationReport clean() {
    return CLEAN;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Item> items() {
    return items;
  }

  public boolean hasError() {
    return items.stream().anyMatch(Item::isError);
  }

  /** Collects diagnostics; its {@code report} overloads point exactly as {@link Reporter}'s do. */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();

    private Builder() {}

    public Builder report(Message message, Element element, Object... args) {
      return report(message, element, null, null, args);
    }

    public Builder report(
        Message message, Element element, AnnotationMirror annotation, Object... args) {
      return report(message, element, annotation, null, args);
    }

    public Builder report(Message message, Element element, AnnotationMirror annotation,
        AnnotationValue value, Object... args) {
      // Arguments may be null (a missing name prints as "null"), which List.of refuses.
      items.add(new Item(message, element, annotation, value,
          Collections.unmodifiableList(Arrays.asList(args.clone()))));
      return this;
    }

    /** Records an error after which the step at hand cannot go on, and returns what to throw. */
    public Abort abort(Message message, Element element, Object... args) {
      report(message, element, args);
      return new Abort();
    }

    public Abort abort(
        Message message, Element element, AnnotationMirror annotation, Object... args) {
      report(message, element, annotation, args);
      return new Abort();
    }

    public Abort abort(Message message, Element element, AnnotationMirror annotation,
        AnnotationValue value, Object... args) {
      report(message, element, annotation, value, args);
      return new Abort();
    }

    public Builder add(ValidationReport report) {
      items.addAll(report.items);
      return this;
    }

    public boolean hasError() {
      return items.stream().anyMatch(Item::isError);
    }

    public ValidationReport build() {
      return items.isEmpty() ? CLEAN : new ValidationReport(items);
    }
  }

  /**
   * Thrown by a rule whose error leaves nothing to go on with (the error is in the builder
   * already); the step that ran the rule catches it and keeps what it had. Like AutoValue's
   * {@code abortWithError}.
   */
  public static final class Abort extends RuntimeException {
    private Abort() {
      super(null, null, false, false);
    }
  }
}
