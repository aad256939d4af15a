package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.EMBEDDED_ID;
import static dev.accordion.processor.read.AnnotationName.ENTITY;
import static dev.accordion.processor.read.AnnotationName.ID;
import static dev.accordion.processor.read.AnnotationName.INHERITANCE;
import static dev.accordion.processor.read.AnnotationName.MANY_TO_ONE;
import static dev.accordion.processor.read.AnnotationName.MAPS_ID;
import static dev.accordion.processor.read.AnnotationName.ONE_TO_ONE;
import static dev.accordion.processor.read.AnnotationName.MAPPED_SUPERCLASS;
import static dev.accordion.processor.read.AnnotationName.TABLE;
import static dev.accordion.processor.read.AnnotationName.TRANSIENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What reading asks of an entity class, its own or one an association points at: its names as
 * JPA and the naming strategy make them, its persistent fields and its key fields.
 */
final class EntityTypes {

  private final Annotations annotations;
  private final PhysicalNaming naming;

  EntityTypes(Annotations annotations, PhysicalNaming naming) {
    this.annotations = annotations;
    this.naming = naming;
  }

  /**
   * The physical name of the table that holds the entity's key: {@code @Table(name)}, else the
   * entity name, named by the strategy; a {@code SINGLE_TABLE} subclass's is its root's.
   */
  String tableName(TypeElement type) {
    return naming.table(logicalTableName(type));
  }

  /** The table's name before the naming strategy: {@code @Table(name)}, else the entity name. */
  String logicalTableName(TypeElement type) {
    if (parentEntity(type).isPresent() && strategy(root(type)) == Strategy.SINGLE_TABLE) {
      return logicalTableName(root(type));
    }
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    if (table.isPresent() && !annotations.string(table.get(), "name").isEmpty()) {
      return annotations.string(table.get(), "name");
    }
    return entityName(type);
  }

  /**
   * The schema or catalog {@code @Table} puts the entity's table in, e.g. {@code schema
   * "library"}; empty for the connection's own.
   */
  Optional<OtherSchema> otherSchema(TypeElement type) {
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    for (String attribute : List.of("schema", "catalog")) {
      String schema = table.map(t -> annotations.string(t, attribute)).orElse("");
      if (!schema.isEmpty()) {
        return Optional.of(new OtherSchema(table.get(), attribute, schema));
      }
    }
    return Optional.empty();
  }

  /** The {@code @Table} attribute ({@code schema} or {@code catalog}) that names another one. */
  record OtherSchema(AnnotationMirror table, String attribute, String name) {
    @Override
    public String toString() {
      return attribute + " \"" + name + "\"";
    }
  }

  /** JPA's entity name: {@code @Entity(name)}, else the class's simple name. */
  String entityName(TypeElement type) {
    String name = annotations.string(Annotations.find(type, ENTITY).orElseThrow(), "name");
    return name.isEmpty() ? type.getSimpleName().toString() : name;
  }

  /** How Hibernate keeps the rows of an inheritance hierarchy, after {@code @Inheritance}. */
  enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

  /** The strategy {@code root}'s {@code @Inheritance} names; {@code SINGLE_TABLE} without one. */
  Strategy strategy(TypeElement root) {
    return Annotations.find(root, INHERITANCE)
        .map(i -> annotations.enumConstant(i, "strategy"))
        .filter(s -> !s.isEmpty())
        .map(Strategy::valueOf)
        .orElse(Strategy.SINGLE_TABLE);
  }

  /** The nearest entity {@code type} extends, if it extends one. */
  static Optional<TypeElement> parentEntity(TypeElement type) {
    for (TypeElement parent = superclass(type); parent != null; parent = superclass(parent)) {
      if (EntityReader.isEntity(parent)) {
        return Optional.of(parent);
      }
    }
    return Optional.empty();
  }

  /** The topmost entity of {@code type}'s hierarchy: itself when it extends no entity. */
  static TypeElement root(TypeElement type) {
    TypeElement root = type;
    for (Optional<TypeElement> parent = parentEntity(type); parent.isPresent();
        parent = parentEntity(parent.get())) {
      root = parent.get();
    }
    return root;
  }

  /**
   * Fields the entity declares and those of its {@code @MappedSuperclass} ancestors below the
   * entity it extends, if any: the fields it adds to its hierarchy, ancestors first.
   */
  static List<VariableElement> mappedFields(TypeElement type) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    for (TypeElement current = type;
        current != null && (current == type || !EntityReader.isEntity(current));
        current = superclass(current)) {
      if (current == type || Annotations.has(current, MAPPED_SUPERCLASS)) {
        chain.push(current);
      }
    }
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement owner : chain) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)
            || field.getModifiers().contains(Modifier.TRANSIENT)
            || Annotations.has(field, TRANSIENT)) {
          continue;
        }
        fields.add(field);
      }
    }
    return fields;
  }

  static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) superclass).asElement()
        : null;
  }

  /**
   * The class an association field points at: its type, or a collection's element type (the
   * last type argument, a map's value).
   */
  static TypeElement target(VariableElement field) {
    DeclaredType type = (DeclaredType) field.asType();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (!arguments.isEmpty()
        && arguments.get(arguments.size() - 1) instanceof DeclaredType element) {
      return (TypeElement) element.asElement();
    }
    return (TypeElement) type.asElement();
  }

  /**
   * The association whose join column is {@code entity}'s primary key, {@code @MapsId} without
   * a value on a {@code @OneToOne} or {@code @ManyToOne}: the entity shares its target's key.
   */
  static Optional<VariableElement> keyDerivedFrom(TypeElement entity, Annotations annotations) {
    return mappedFields(root(entity)).stream()
        .filter(f -> Annotations.find(f, MAPS_ID)
            .filter(m -> annotations.string(m, "value").isEmpty()).isPresent())
        .filter(f -> Annotations.has(f, ONE_TO_ONE) || Annotations.has(f, MANY_TO_ONE))
        .findFirst();
  }

  /**
   * The getter that carries the key annotation of {@code entity}'s hierarchy, when it has one:
   * Hibernate then reads the entity's state through its getters (JPA's property access).
   */
  static Optional<ExecutableElement> keyGetter(TypeElement entity) {
    for (TypeElement current = entity; current != null; current = superclass(current)) {
      for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
        if (Annotations.has(method, ID) || Annotations.has(method, EMBEDDED_ID)) {
          return Optional.of(method);
        }
      }
    }
    return Optional.empty();
  }

  /** The {@code @Id} fields of {@code entity}'s hierarchy, its mapped superclasses' included. */
  static List<VariableElement> keyFields(TypeElement entity) {
    return mappedFields(root(entity)).stream().filter(f -> Annotations.has(f, ID)).toList();
  }
}
