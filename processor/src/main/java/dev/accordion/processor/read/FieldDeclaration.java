package dev.accordion.processor.read;

import dev.accordion.processor.model.Column;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

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

  /** The field as the entity reaches it: its name, or its path through an embedded value. */
  public String path() {
    return column.field();
  }

  /**
   * The columns (or fields) the field's transition annotation names: its {@code from}, else
   * {@code @RenamedFrom}'s one name.
   */
  public List<String> sources() {
    List<String> from =
        expand.map(e -> e.from()).or(() -> contract.map(c -> c.from())).orElse(List.of());
    if (!from.isEmpty()) {
      return from;
    }
    return renamedFrom.map(r -> List.of(r.previousName())).orElse(List.of());
  }

  /** Whether the field names one source written {@code Entity.field}: a link held by another table. */
  public boolean namesLink() {
    List<String> sources = sources();
    return sources.size() == 1 && sources.get(0).contains(".");
  }

  /** The same field mapping {@code column} instead. */
  public FieldDeclaration withColumn(Column column) {
    return new FieldDeclaration(element, column, id, expand, contract, renamedFrom);
  }

  /** The same field, its column unique (one a join column of another table points at). */
  FieldDeclaration unique() {
    return new FieldDeclaration(element, column.madeUnique(), id, expand, contract, renamedFrom);
  }

  /** The field's type as a converter's type argument names it: qualified, primitives boxed. */
  public String boxedType() {
    return boxedName(element.asType());
  }

  /** A type's qualified name without type annotations or arguments; primitives boxed. */
  static String boxedName(TypeMirror type) {
    return switch (type.getKind()) {
      case BOOLEAN -> "java.lang.Boolean";
      case BYTE -> "java.lang.Byte";
      case SHORT -> "java.lang.Short";
      case INT -> "java.lang.Integer";
      case LONG -> "java.lang.Long";
      case CHAR -> "java.lang.Character";
      case FLOAT -> "java.lang.Float";
      case DOUBLE -> "java.lang.Double";
      case DECLARED ->
          ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
      case ARRAY -> {
        TypeMirror component = ((ArrayType) type).getComponentType();
        yield (component.getKind().isPrimitive()
            ? component.getKind().name().toLowerCase(Locale.ROOT)
            : boxedName(component)) + "[]";
      }
      default -> type.toString();
    };
  }
}
