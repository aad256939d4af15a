package dev.accordion.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** What a type binds a generic supertype to, e.g. the {@code X} and {@code Y} of a converter. */
final class Supertypes {

  private Supertypes() {}

  /**
   * The type arguments {@code type} gives the generic type {@code qualifiedName} among its
   * supertypes (itself included); empty when it does not extend it or extends it raw.
   */
  static Optional<List<? extends TypeMirror>> arguments(Types types, TypeMirror type,
      String qualifiedName) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeMirror current = pending.removeFirst();
      if (current instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return arguments.isEmpty() ? Optional.empty() : Optional.of(arguments);
      }
      pending.addAll(types.directSupertypes(current));
    }
    return Optional.empty();
  }
}
