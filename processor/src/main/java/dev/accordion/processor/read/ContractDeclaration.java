package dev.accordion.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** A {@code @Contract}; {@code from} is empty when the source comes from {@code @RenamedFrom}. */
public record ContractDeclaration(AnnotationMirror mirror, List<String> from) {
  public ContractDeclaration {
    from = List.copyOf(from);
  }
}
