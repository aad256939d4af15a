package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.DISCRIMINATOR_COLUMN;
import static dev.accordion.processor.read.AnnotationName.PRIMARY_KEY_JOIN_COLUMN;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.ColumnType.Kind;
import dev.accordion.processor.read.EntityTypes.Strategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * How an entity of an inheritance hierarchy maps into tables, as Hibernate 7 maps its root's
 * strategy. {@code SINGLE_TABLE} (the default) puts the fields of every subclass, nullable, and a
 * discriminator column into the root's table, and gives a subclass no table. {@code JOINED} gives
 * each subclass a table of the fields it adds, keyed by a column named as the root's key (or by
 * {@code @PrimaryKeyJoinColumn}) with a foreign key to its parent's table; a discriminator only
 * where {@code @DiscriminatorColumn} asks for one. {@code TABLE_PER_CLASS} gives each concrete
 * class a table of all its fields, those of the entities above it too, and an abstract one none.
 */
final class Hierarchies {

  /** Hibernate's discriminator column when {@code @DiscriminatorColumn} does not name one. */
  private static final String DEFAULT_DISCRIMINATOR = "DTYPE";

  private static final int DEFAULT_DISCRIMINATOR_LENGTH = 31;

  /**
   * What an entity's table holds beyond the fields the entity adds: {@code merged}, the
   * subclasses whose fields it also holds ({@code SINGLE_TABLE}); {@code discriminator}; for a
   * {@code JOINED} subclass, {@code joinedKey}, its key column and the root key field it copies;
   * for a {@code TABLE_PER_CLASS} subclass, {@code copied}, the entities above it whose fields
   * its table holds as well, root first.
   */
  record Shape(List<TypeElement> merged, Optional<Column> discriminator,
      Optional<JoinedKey> joinedKey, List<TypeElement> copied) {

    boolean inHierarchy() {
      return !merged.isEmpty() || discriminator.isPresent() || joinedKey.isPresent()
          || !copied.isEmpty();
    }
  }

  /** A {@code JOINED} subclass's key: a copy of {@code rootKey}'s, pointing at its parent. */
  record JoinedKey(VariableElement rootKey, Column column) {}

  private final Annotations annotations;
  private final PhysicalNaming naming;
  private final EntityTypes types;
  private final ColumnMapping columns;
  /** The round {@link #subclassesByRoot} was worked out for, and its result. */
  private List<TypeElement> subclassesOf;
  private Map<TypeElement, List<TypeElement>> subclassesByRoot = Map.of();

  Hierarchies(Annotations annotations, PhysicalNaming naming, EntityTypes types,
      ColumnMapping columns) {
    this.annotations = annotations;
    this.naming = naming;
    this.types = types;
    this.columns = columns;
  }

  /**
   * The shape of {@code type}'s table among the entities of {@code round}, or empty when it has
   * none of its own (a {@code SINGLE_TABLE} subclass, whose root's table holds its fields) or
   * Accordion leaves it out ({@code TABLE_PER_CLASS}, with a warning).
   */
  Optional<Shape> shape(TypeElement type, List<TypeElement> round) {
    TypeElement root = EntityTypes.root(type);
    Strategy strategy = types.strategy(root);
    Optional<TypeElement> parent = EntityTypes.parentEntity(type);
    List<TypeElement> subclasses = subclassesByRoot(round).getOrDefault(root, List.of());
    if (strategy == Strategy.TABLE_PER_CLASS) {
      // An abstract class of the hierarchy has no rows, so Hibernate gives it no table.
      return type.getModifiers().contains(Modifier.ABSTRACT) && !subclasses.isEmpty()
          ? Optional.empty()
          : Optional.of(new Shape(List.of(), Optional.empty(), Optional.empty(), ancestors(type)));
    }
    if (parent.isEmpty()) {
      boolean discriminated = Annotations.has(type, DISCRIMINATOR_COLUMN)
          || strategy == Strategy.SINGLE_TABLE && !subclasses.isEmpty();
      return Optional.of(new Shape(strategy == Strategy.SINGLE_TABLE ? subclasses : List.of(),
          discriminated ? Optional.of(discriminator(type)) : Optional.empty(), Optional.empty(),
          List.of()));
    }
    if (strategy == Strategy.SINGLE_TABLE) {
      return Optional.empty();
    }
    VariableElement rootKey = EntityTypes.keyFields(root).get(0);
    String name = Annotations.find(type, PRIMARY_KEY_JOIN_COLUMN)
        .map(j -> annotations.string(j, "name")).filter(n -> !n.isEmpty())
        .orElse(columns.keyColumn(root).logicalName());
    return Optional.of(new Shape(List.of(), Optional.empty(), Optional.of(new JoinedKey(rootKey,
        columns.reference(name, rootKey.getSimpleName().toString(), columns.keyColumn(root),
            types.tableName(parent.get()), false, false))), List.of()));
  }

  /**
   * Whether the rows of {@code type} are in several tables: it has subclasses in a
   * {@code TABLE_PER_CLASS} hierarchy, so no foreign key can point at them all.
   */
  boolean rowsInSeveralTables(TypeElement type, List<TypeElement> round) {
    TypeElement root = EntityTypes.root(type);
    return types.strategy(root) == Strategy.TABLE_PER_CLASS
        && subclassesByRoot(round).getOrDefault(root, List.of()).stream()
            .anyMatch(subclass -> ancestors(subclass).contains(type));
  }

  /** Whether {@code type} is an entity of a {@code TABLE_PER_CLASS} hierarchy of classes. */
  boolean inTablePerClass(TypeElement type, List<TypeElement> round) {
    TypeElement root = EntityTypes.root(type);
    return types.strategy(root) == Strategy.TABLE_PER_CLASS
        && (root != type || subclassesByRoot(round).containsKey(root));
  }

  /** The entities {@code type} extends, root first. */
  private static List<TypeElement> ancestors(TypeElement type) {
    List<TypeElement> ancestors = new ArrayList<>();
    for (Optional<TypeElement> parent = EntityTypes.parentEntity(type); parent.isPresent();
        parent = EntityTypes.parentEntity(parent.get())) {
      ancestors.add(0, parent.get());
    }
    return ancestors;
  }

  /**
   * The entity subclasses of {@code round} by the root of their hierarchy, by qualified name:
   * worked out once per round, as every entity of it asks.
   */
  private Map<TypeElement, List<TypeElement>> subclassesByRoot(List<TypeElement> round) {
    if (round != subclassesOf) {
      subclassesOf = round;
      subclassesByRoot = round.stream()
          .filter(type -> EntityTypes.parentEntity(type).isPresent())
          .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
          .collect(Collectors.groupingBy(EntityTypes::root, LinkedHashMap::new,
              Collectors.toList()));
    }
    return subclassesByRoot;
  }

  /** The discriminator column {@code root}'s {@code @DiscriminatorColumn} declares, NOT NULL. */
  private Column discriminator(TypeElement root) {
    Optional<AnnotationMirror> declared = Annotations.find(root, DISCRIMINATOR_COLUMN);
    String name = declared.map(d -> annotations.string(d, "name")).filter(n -> !n.isEmpty())
        .orElse(DEFAULT_DISCRIMINATOR);
    String kind = declared.map(d -> annotations.enumConstant(d, "discriminatorType"))
        .orElse("STRING");
    int length = declared.map(d -> annotations.integer(d, "length"))
        .orElse(DEFAULT_DISCRIMINATOR_LENGTH);
    ColumnType type = switch (kind) {
      case "INTEGER" -> ColumnType.of(Kind.INTEGER, "java.lang.Integer");
      case "CHAR" -> ColumnType.of(Kind.CHAR, "java.lang.Character");
      default -> new ColumnType(Kind.VARCHAR, "java.lang.String", length, 0, 0, List.of());
    };
    return new Column(naming.column(name), "(discriminator)", type, false, false, false);
  }
}
