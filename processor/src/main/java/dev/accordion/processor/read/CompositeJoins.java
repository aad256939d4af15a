package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.EMBEDDED_ID;
import static dev.accordion.processor.read.AnnotationName.JOIN_COLUMN;
import static dev.accordion.processor.read.AnnotationName.JOIN_COLUMNS;
import static dev.accordion.processor.read.AnnotationName.JOIN_TABLE;
import static dev.accordion.processor.read.AnnotationName.MANY_TO_ONE;
import static dev.accordion.processor.read.AnnotationName.ONE_TO_ONE;
import static dev.accordion.processor.read.AnnotationName.MAPS_ID;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Index;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * Joins to an entity whose primary key is several columns ({@code @EmbeddedId} or
 * {@code @IdClass}), as Hibernate 7 maps them: one join column per key column, and one foreign
 * key over them, in the order of the target's key ({@link KeyOrder}). A {@code @ManyToOne}'s are
 * named {@code <attribute>_<key column>} or by {@code @JoinColumns}, each of those naming its key
 * column with {@code referencedColumnName}; a join or collection table's are named as
 * {@link CollectionTables} names one column, a key column each.
 */
final class CompositeJoins {

  private final Annotations annotations;
  private final ColumnMapping columns;
  private final EmbeddedValues embeddedValues;

  CompositeJoins(Annotations annotations, ColumnMapping columns, EmbeddedValues embeddedValues) {
    this.annotations = annotations;
    this.columns = columns;
    this.embeddedValues = embeddedValues;
  }

  /**
   * Whether the field is a {@code @ManyToOne} or owning {@code @OneToOne} without a join table
   * or {@code @MapsId} to an entity whose key is several basic columns.
   */
  boolean isCompositeJoin(VariableElement field) {
    if (association(field).isEmpty() || columns.isInverseSide(field)
        || Annotations.has(field, JOIN_TABLE)
        || Annotations.has(field, MAPS_ID) || field.asType().getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement target = EntityTypes.target(field);
    return EntityReader.isEntity(target) && !columns.hasOneColumnKey(target)
        && compositeKey(target).size() > 1;
  }

  /**
   * What keeps a {@link #isCompositeJoin} field from being mapped: join columns that do not name
   * each key column once by {@code referencedColumnName}; empty when it can be.
   */
  Optional<String> problem(VariableElement field) {
    TypeElement target = EntityTypes.target(field);
    List<AnnotationMirror> declared = joinColumns(field);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    List<String> keyNames = compositeKey(target).stream()
        .map(ColumnMapping.KeyColumn::logicalName).toList();
    List<String> referenced = declared.stream()
        .map(j -> annotations.string(j, "referencedColumnName")).toList();
    if (referenced.size() != keyNames.size() || !referenced.containsAll(keyNames)) {
      return Optional.of("join columns to " + target.getSimpleName() + " that do not name each"
          + " column of its key " + keyNames + " once with referencedColumnName");
    }
    return Optional.empty();
  }

  /**
   * The join columns of a field {@link #problem} found nothing wrong with, in the order of the
   * target's key: each NOT NULL when its {@code @JoinColumn} or the association says so, each a
   * part of one foreign key to {@code targetTable}, which its first column names.
   */
  List<Column> joinColumns(VariableElement field, String targetTable) {
    TypeElement target = EntityTypes.target(field);
    Map<String, AnnotationMirror> byReferenced = new HashMap<>();
    for (AnnotationMirror joinColumn : joinColumns(field)) {
      byReferenced.put(annotations.string(joinColumn, "referencedColumnName"), joinColumn);
    }
    boolean optional = association(field)
        .map(a -> annotations.bool(a, "optional")).orElse(true);
    List<Column> joined = new ArrayList<>();
    for (ColumnMapping.KeyColumn key : compositeKey(target)) {
      Optional<AnnotationMirror> declared = Optional.ofNullable(byReferenced.get(key.logicalName()));
      String name = declared.map(j -> annotations.string(j, "name")).filter(n -> !n.isEmpty())
          .orElse(field.getSimpleName() + "_" + key.logicalName());
      boolean nullable = optional && declared.map(j -> annotations.bool(j, "nullable")).orElse(true);
      joined.add(columns.reference(name, field.getSimpleName().toString(), key, targetTable,
          nullable, false));
    }
    String first = joined.get(0).name();
    return joined.stream().map(c -> c.referencingAsPartOf(first)).toList();
  }

  /** The field's {@code @ManyToOne} or {@code @OneToOne}, if it has one. */
  private static Optional<AnnotationMirror> association(VariableElement field) {
    return Annotations.find(field, MANY_TO_ONE).or(() -> Annotations.find(field, ONE_TO_ONE));
  }

  /**
   * The unique keys Hibernate gives the join columns of each {@code @OneToOne} among
   * {@code fields} to a key of several columns, one link per target row: named
   * {@code <table>_<columns>_key}, as an unnamed unique constraint.
   */
  List<Index> uniqueKeys(String table, List<FieldDeclaration> fields) {
    Map<VariableElement, List<String>> joined = new java.util.LinkedHashMap<>();
    for (FieldDeclaration field : fields) {
      if (Annotations.has(field.element(), ONE_TO_ONE)
          && field.column().references().flatMap(Column.Reference::partOf).isPresent()) {
        joined.computeIfAbsent(field.element(), f -> new ArrayList<>()).add(field.column().name());
      }
    }
    return joined.values().stream()
        .map(columns -> new Index(table + "_" + String.join("_", columns) + "_key", columns, true))
        .toList();
  }

  /** The field's {@code @JoinColumns}, or its one {@code @JoinColumn}; empty when it has none. */
  private List<AnnotationMirror> joinColumns(VariableElement field) {
    Optional<AnnotationMirror> several = Annotations.find(field, JOIN_COLUMNS);
    if (several.isPresent()) {
      return annotations.list(several.get(), "value").stream()
          .map(value -> (AnnotationMirror) value.getValue()).toList();
    }
    return Annotations.find(field, JOIN_COLUMN).stream().toList();
  }

  /**
   * The columns of {@code entity}'s key as a foreign key to it names and types them, in the order
   * Hibernate declares them: one ({@link ColumnMapping#keyColumn}), or several
   * ({@link #compositeKey}); empty when it has none Accordion maps.
   */
  List<ColumnMapping.KeyColumn> keyColumns(TypeElement entity) {
    return columns.hasOneColumnKey(entity) ? List.of(columns.keyColumn(entity))
        : compositeKey(entity);
  }

  /**
   * The join columns a collection table gives the key {@code key} of the entity at one end:
   * {@code <prefix>_<key column>} each, NOT NULL, with a foreign key to {@code table}, one over
   * them all when they are several.
   */
  List<Column> keyReferences(String prefix, String field, List<ColumnMapping.KeyColumn> key,
      String table, boolean unique) {
    List<Column> joined = key.stream().map(part -> columns.reference(
        prefix + "_" + part.logicalName(), field, part, table, false, unique)).toList();
    if (joined.size() == 1) {
      return joined;
    }
    String first = joined.get(0).name();
    return joined.stream().map(c -> c.referencingAsPartOf(first)).toList();
  }

  /**
   * The columns of {@code target}'s key in the order Hibernate declares them: its
   * {@code @EmbeddedId}'s members or its {@code @Id} fields ({@code @IdClass}). Empty when a part
   * is no basic column, or is shared through {@code @MapsId}.
   */
  private List<ColumnMapping.KeyColumn> compositeKey(TypeElement target) {
    if (EntityTypes.keyDerivedFrom(target, annotations).isPresent()
        || !columns.keyPartsMappedByAssociations(target).isEmpty()) {
      return List.of();
    }
    List<ColumnMapping.KeyColumn> key = new ArrayList<>();
    for (VariableElement field : EntityTypes.mappedFields(EntityTypes.root(target))) {
      if (Annotations.has(field, EMBEDDED_ID)) {
        if (EmbeddedValues.embeddable(field).isEmpty()) {
          return List.of();
        }
        for (ColumnMapping.Attribute part : embeddedValues.attributes(field)) {
          String name = part.column().map(c -> annotations.string(c, "name"))
              .filter(n -> !n.isEmpty()).orElse(part.field().getSimpleName().toString());
          key.add(new ColumnMapping.KeyColumn(name, part.field()));
        }
      } else if (Annotations.has(field, AnnotationName.ID)) {
        key.add(new ColumnMapping.KeyColumn(columns.logicalName(field), field));
      }
    }
    boolean basic = key.stream().map(ColumnMapping.KeyColumn::typedBy)
        .allMatch(part -> columns.notYetMapped(part).isEmpty() && !columns.isSingleJoinColumn(part)
            && !EmbeddedValues.embeds(part));
    if (!basic) {
      return List.of();
    }
    // Sorted as the target's own key columns, which KeyOrder orders by their physical columns.
    Comparator<ColumnMapping.KeyColumn> hibernateOrder = Comparator.comparing(
        part -> columns.reference(part.logicalName(), "", part, "", false, false),
        KeyOrder.HIBERNATE);
    return key.stream().sorted(hibernateOrder).toList();
  }
}
