package dev.accordion.processor.read;

import dev.accordion.processor.model.Column;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/** One mapped field: the column it declares and the Accordion annotations on it. */
public record FieldDeclaration(
    VariableElement element,
    Column column,
    boolean id,
    Optional<ExpandDeclaration> expand,
    Optional<ContractDeclaration> contract,
    Optional<RenameDeclaration> renamedFrom) {

  public String name() {
    return element.getSimpleName().toString();
  }

  public boolean isPrivate() {
    return element.getModifiers().contains(Modifier.PRIVATE);
  }
}
