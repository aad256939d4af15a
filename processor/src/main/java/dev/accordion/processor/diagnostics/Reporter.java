package dev.accordion.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one way diagnostics leave the processor. It takes the most specific target it is given
 * (element, annotation, attribute value) so an IDE underlines exactly what is wrong, and it
 * remembers whether any error was raised: nothing is written after one.
 */
public final class Reporter {

  private final Messager messager;
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
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors = true;
    }
    messager.printMessage(message.kind(), message.format(args), element, annotation, value);
  }

  public boolean hasErrors() {
    return errors;
  }
}
