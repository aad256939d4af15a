package dev.accordion.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/** A {@code @RenamedFrom}: the previous name and, if given, why a direct rename is acceptable. */
public record RenameDeclaration(
    AnnotationMirror mirror, AnnotationValue valueAttribute, String previousName, String acknowledged) {

  public boolean isAcknowledged() {
    return !acknowledged.isBlank();
  }
}
