package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.BASIC;
import static dev.accordion.processor.read.AnnotationName.COLUMN;
import static dev.accordion.processor.read.AnnotationName.CONVERT;
import static dev.accordion.processor.read.AnnotationName.ENUMERATED;
import static dev.accordion.processor.read.AnnotationName.GENERATED_VALUE;
import static dev.accordion.processor.read.AnnotationName.ID;
import static dev.accordion.processor.read.AnnotationName.JOIN_COLUMN;
import static dev.accordion.processor.read.AnnotationName.JOIN_COLUMNS;
import static dev.accordion.processor.read.AnnotationName.JOIN_TABLE;
import static dev.accordion.processor.read.AnnotationName.LOB;
import static dev.accordion.processor.read.AnnotationName.MANY_TO_MANY;
import static dev.accordion.processor.read.AnnotationName.MANY_TO_ONE;
import static dev.accordion.processor.read.AnnotationName.MAPS_ID;
import static dev.accordion.processor.read.AnnotationName.ONE_TO_MANY;
import static dev.accordion.processor.read.AnnotationName.ONE_TO_ONE;
import static dev.accordion.processor.read.AnnotationName.SEQUENCE_GENERATOR;
import static dev.accordion.processor.read.AnnotationName.TABLE_GENERATOR;
import static dev.accordion.processor.read.AnnotationName.VERSION;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.ColumnType.Kind;
import dev.accordion.processor.model.Sequence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The column a persistent field maps, as Hibernate creates it: the field's name unless
 * {@code @Column} names it, Hibernate's mapping of the Java type and its defaults for length,
 * precision and scale, and whether the database generates the key.
 */
final class ColumnMapping {

  private static final String ATTRIBUTE_CONVERTER = "jakarta.persistence.AttributeConverter";

  /** Hibernate's defaults when {@code @Column} leaves them unset. */
  private static final int DEFAULT_LENGTH = 255;

  /** How many {@code @MapsId} keys may be shared in a row; a longer chain is a cycle. */
  private static final int MAX_SHARED_KEYS = 16;

  private static final int DEFAULT_PRECISION = 38;

  /** JPA's key generator table and its columns when {@code @TableGenerator} names none. */
  private static final String DEFAULT_GENERATOR_TABLE = "hibernate_sequences";

  private static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";
  private static final String DEFAULT_VALUE_COLUMN = "next_val";
  private static final int DEFAULT_SCALE = 2;

  private static final Map<String, Kind> BASIC_TYPES =
      Map.ofEntries(
          Map.entry("java.lang.Long", Kind.BIGINT),
          Map.entry("java.lang.Integer", Kind.INTEGER),
          Map.entry("java.lang.Short", Kind.SMALLINT),
          Map.entry("java.lang.Byte", Kind.TINYINT),
          Map.entry("java.lang.Boolean", Kind.BOOLEAN),
          Map.entry("java.lang.Double", Kind.DOUBLE),
          Map.entry("java.lang.Float", Kind.FLOAT),
          Map.entry("java.lang.Character", Kind.CHAR),
          Map.entry("java.lang.String", Kind.VARCHAR),
          Map.entry("java.math.BigDecimal", Kind.DECIMAL),
          Map.entry("java.time.LocalDate", Kind.DATE),
          Map.entry("java.time.LocalTime", Kind.TIME),
          Map.entry("java.time.LocalDateTime", Kind.TIMESTAMP),
          Map.entry("java.time.Instant", Kind.TIMESTAMP),
          Map.entry("java.time.OffsetDateTime", Kind.TIMESTAMP_WITH_ZONE),
          Map.entry("java.time.ZonedDateTime", Kind.TIMESTAMP_WITH_ZONE),
          Map.entry("java.util.UUID", Kind.UUID));

  private final Annotations annotations;
  private final Types types;
  private final PhysicalNaming naming;
  private final ValidationReport.Builder report;
  /**
   * What the auto-applied converters of the compile store, by the qualified name of the type they
   * convert (the first converter of a type in name order, as Hibernate refuses two).
   */
  private final Map<String, TypeMirror> autoApplied = new HashMap<>();

  ColumnMapping(Annotations annotations, Types types, PhysicalNaming naming,
      ValidationReport.Builder report, List<TypeElement> autoAppliedConverters) {
    this.annotations = annotations;
    this.types = types;
    this.naming = naming;
    this.report = report;
    for (TypeElement converter : autoAppliedConverters) {
      Supertypes.arguments(types, (DeclaredType) converter.asType(), ATTRIBUTE_CONVERTER)
          .filter(arguments -> arguments.size() == 2)
          .ifPresent(arguments -> autoApplied.putIfAbsent(
              types.erasure(arguments.get(0)).toString(), arguments.get(1)));
    }
  }

  /**
   * A {@code @Lob}'s length: 0 (as long as the database allows) unless {@code @Column} gives
   * another than its default, as Hibernate sizes a LOB.
   */
  private static int lobLength(int length) {
    return length == DEFAULT_LENGTH ? 0 : length;
  }

  /**
   * What keeps the field from being one column Accordion knows, e.g. {@code @ManyToOne} or
   * {@code of type java.util.List<String>}; empty when it is one.
   */
  Optional<String> notYetMapped(VariableElement field) {
    if (isSingleJoinColumn(field)) {
      return Optional.empty();
    }
    Optional<String> referenced = referencedColumnName(field);
    if (referenced.isPresent() && field.asType().getKind() == TypeKind.DECLARED
        && (Annotations.has(field, MANY_TO_ONE) || Annotations.has(field, ONE_TO_ONE))) {
      return Optional.of("a join column to " + EntityTypes.target(field).getSimpleName() + "."
          + referenced.get() + ", which names no basic column of its root entity");
    }
    for (AnnotationName mapping : AnnotationName.NOT_YET_MAPPED) {
      if (Annotations.has(field, mapping)) {
        return Optional.of("@" + mapping.simpleName());
      }
    }
    if (converted(field).filter(converter -> databaseType(converter).isEmpty()).isPresent()) {
      return Optional.of("@Convert without a converter class whose database type Accordion"
          + " can read");
    }
    if (columnType(field, Annotations.find(field, COLUMN)).isEmpty()) {
      return Optional.of("of type " + field.asType());
    }
    return Optional.empty();
  }

  /**
   * Whether the field is the side of an association whose column or table the other side maps
   * ({@code mappedBy}): it maps nothing of its own.
   */
  boolean isInverseSide(VariableElement field) {
    for (AnnotationName association : List.of(ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY)) {
      Optional<AnnotationMirror> mirror = Annotations.find(field, association);
      if (mirror.isPresent() && !annotations.string(mirror.get(), "mappedBy").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the field is a {@code @ManyToOne} or owning {@code @OneToOne} whose foreign key is one
   * column pointing at the target's key, the one join Accordion maps: no {@code @MapsId} of a
   * part of the key, join table, several join columns or {@code referencedColumnName}.
   */
  boolean isSingleJoinColumn(VariableElement field) {
    Optional<AnnotationMirror> association =
        Annotations.find(field, MANY_TO_ONE).or(() -> Annotations.find(field, ONE_TO_ONE));
    boolean partOfKey = Annotations.find(field, MAPS_ID)
        .filter(m -> !annotations.string(m, "value").isEmpty()).isPresent();
    if (association.isEmpty() || (partOfKey && mapsIdAttribute(field).isEmpty())
        || Annotations.has(field, JOIN_TABLE) || Annotations.has(field, JOIN_COLUMNS)
        || field.asType().getKind() != TypeKind.DECLARED) {
      return false;
    }
    return Annotations.find(field, JOIN_COLUMN)
        .map(j -> referencedField(j, EntityTypes.target(field)).isPresent())
        .orElse(true);
  }

  /**
   * The member of its entity's {@code @EmbeddedId} that a {@code @MapsId("member")} association
   * maps: the association's join column is that part of the primary key. Empty when the field
   * has no such {@code @MapsId}, or the entity's key is no embedded id with that member.
   */
  Optional<VariableElement> mapsIdAttribute(VariableElement field) {
    Optional<String> member = Annotations.find(field, MAPS_ID)
        .map(m -> annotations.string(m, "value")).filter(v -> !v.isEmpty());
    if (member.isEmpty() || !(field.getEnclosingElement() instanceof TypeElement entity)) {
      return Optional.empty();
    }
    return EntityTypes.mappedFields(EntityTypes.root(entity)).stream()
        .filter(key -> Annotations.has(key, AnnotationName.EMBEDDED_ID))
        .flatMap(key -> EmbeddedValues.embeddable(key).stream())
        .flatMap(id -> ElementFilter.fieldsIn(id.getEnclosedElements()).stream())
        .filter(part -> part.getSimpleName().contentEquals(member.get()))
        .findFirst();
  }

  /**
   * The members of {@code entity}'s {@code @EmbeddedId} that its {@code @MapsId("member")}
   * associations map instead (their join columns).
   */
  java.util.Set<VariableElement> keyPartsMappedByAssociations(TypeElement entity) {
    java.util.Set<VariableElement> parts = new java.util.HashSet<>();
    for (VariableElement field : EntityTypes.mappedFields(entity)) {
      if (isSingleJoinColumn(field)) {
        mapsIdAttribute(field).ifPresent(parts::add);
      }
    }
    return parts;
  }

  /**
   * The column that holds an entity's one-column key, as a foreign key to it names it (its
   * logical name) and types it (after the field {@code typedBy}): the {@code @Id} field's, or
   * with {@code @MapsId} the join column of the association the key is shared through.
   */
  record KeyColumn(String logicalName, VariableElement typedBy) {}

  /** Whether {@code entity}'s key is one column, its own or shared through {@code @MapsId}. */
  boolean hasOneColumnKey(TypeElement entity) {
    for (int depth = 0; depth < MAX_SHARED_KEYS; depth++) {
      Optional<VariableElement> derived = EntityTypes.keyDerivedFrom(entity, annotations);
      if (derived.isEmpty()) {
        List<VariableElement> keys = EntityTypes.keyFields(entity);
        return keys.size() == 1 && notYetMapped(keys.get(0)).isEmpty()
            && !EmbeddedValues.embeds(keys.get(0));
      }
      entity = EntityTypes.target(derived.get());
    }
    return false;
  }

  /** The key column of {@code entity}, which {@link #hasOneColumnKey} has. */
  KeyColumn keyColumn(TypeElement entity) {
    Optional<VariableElement> derived = EntityTypes.keyDerivedFrom(entity, annotations);
    if (derived.isPresent()) {
      KeyColumn shared = keyColumn(EntityTypes.target(derived.get()));
      return new KeyColumn(joinColumnName(derived.get(), shared), shared.typedBy());
    }
    VariableElement key = EntityTypes.keyFields(entity).get(0);
    return new KeyColumn(logicalName(key), key);
  }

  /** The column the field's {@code @JoinColumn(referencedColumnName)} names, if it names one. */
  Optional<String> referencedColumnName(VariableElement field) {
    return Annotations.find(field, JOIN_COLUMN)
        .map(j -> annotations.string(j, "referencedColumnName")).filter(r -> !r.isEmpty());
  }

  /**
   * The field of {@code target} a join column's {@code referencedColumnName} names, by its
   * column's logical name; the key's when it names none. Empty when no one field maps it.
   */
  private Optional<KeyColumn> referencedField(AnnotationMirror joinColumn, TypeElement target) {
    String referenced = annotations.string(joinColumn, "referencedColumnName");
    if (referenced.isEmpty()) {
      return hasOneColumnKey(target) ? Optional.of(keyColumn(target)) : Optional.empty();
    }
    return EntityTypes.mappedFields(EntityTypes.root(target)).stream()
        .filter(f -> referenced.equals(logicalName(f)) && notYetMapped(f).isEmpty()
            && !isSingleJoinColumn(f) && !EmbeddedValues.embeds(f))
        .findFirst()
        .map(f -> new KeyColumn(logicalName(f), f));
  }

  /**
   * The column a {@link #isSingleJoinColumn} field points at: the target's key, or the column
   * its {@code referencedColumnName} names.
   */
  KeyColumn referencedColumn(VariableElement field) {
    TypeElement target = EntityTypes.target(field);
    return Annotations.find(field, JOIN_COLUMN)
        .flatMap(j -> referencedField(j, target))
        .orElseGet(() -> keyColumn(target));
  }

  /**
   * The foreign-key column of a {@link #isSingleJoinColumn} field: {@code @JoinColumn(name)},
   * else {@code <field>_<target key column>} as the naming strategy spells it, of the target
   * key's type; NOT NULL when the join column or the association says so; unique for a
   * {@code @OneToOne}, as Hibernate makes it.
   */
  Column joinColumn(VariableElement field, KeyColumn targetKey, String targetTable) {
    Optional<AnnotationMirror> join = Annotations.find(field, JOIN_COLUMN);
    Optional<AnnotationMirror> association =
        Annotations.find(field, MANY_TO_ONE).or(() -> Annotations.find(field, ONE_TO_ONE));
    boolean nullable = join.map(j -> annotations.bool(j, "nullable")).orElse(true)
        && association.map(a -> annotations.bool(a, "optional")).orElse(true);
    boolean unique = join.map(j -> annotations.bool(j, "unique")).orElse(false)
        || Annotations.has(field, ONE_TO_ONE);
    Column column = reference(joinColumnName(field, targetKey), field.getSimpleName().toString(),
        targetKey, targetTable, nullable, unique);
    // The join column's own definition wins over the one it takes from the key.
    String own = definition(join);
    return own.isEmpty() ? column : new Column(column.name(), column.field(),
        column.type().definedAs(own), nullable, unique, false, column.references());
  }

  /** A join column's logical name: {@code @JoinColumn(name)}, else the field and the key's. */
  private String joinColumnName(VariableElement field, KeyColumn targetKey) {
    return Annotations.find(field, JOIN_COLUMN).map(j -> annotations.string(j, "name"))
        .filter(n -> !n.isEmpty())
        .orElse(field.getSimpleName() + "_" + targetKey.logicalName());
  }

  /**
   * A column holding the key {@code targetKey} of {@code targetTable}, with a foreign key to it:
   * named {@code logicalName} as the naming strategy spells it, of the key's type.
   */
  Column reference(String logicalName, String field, KeyColumn targetKey, String targetTable,
      boolean nullable, boolean unique) {
    VariableElement typedBy = targetKey.typedBy();
    // Hibernate declares a join column as the column it points at, definition and all (an
    // identity key's definition is not applied, ACC117).
    ColumnType keyType = columnType(typedBy, Annotations.find(typedBy, COLUMN)).orElseThrow()
        .definedAs(isIdentity(typedBy) ? "" : definition(Annotations.find(typedBy, COLUMN)));
    return new Column(naming.column(logicalName), field, keyType, nullable, unique, false,
        Optional.of(new Column.Reference(targetTable, naming.column(targetKey.logicalName()))));
  }

  /** The {@code columnDefinition} of a {@code @Column} or {@code @JoinColumn}; empty if none. */
  private String definition(Optional<AnnotationMirror> column) {
    return column.map(c -> annotations.string(c, "columnDefinition").strip()).orElse("");
  }

  /** Whether the database generates the field's values: {@code @GeneratedValue(IDENTITY)}. */
  private boolean isIdentity(VariableElement field) {
    return Annotations.find(field, GENERATED_VALUE)
        .filter(g -> annotations.enumConstant(g, "strategy").equals("IDENTITY")).isPresent();
  }

  /** Whether the field's {@code @Column} or {@code @JoinColumn} says {@code nullable = false}. */
  boolean declaredNotNull(VariableElement field) {
    return Annotations.find(field, COLUMN).or(() -> Annotations.find(field, JOIN_COLUMN))
        .map(c -> !annotations.bool(c, "nullable")).orElse(false);
  }

  /** A field's column name before the naming strategy: {@code @Column(name)}, else its own. */
  String logicalName(VariableElement field) {
    return Annotations.find(field, COLUMN).map(c -> annotations.string(c, "name"))
        .filter(n -> !n.isEmpty()).orElse(field.getSimpleName().toString());
  }

  /**
   * The value column of an {@code @ElementCollection} of basic values: {@code @Column(name)},
   * else the attribute's name; the element type mapped with the field's {@code @Column},
   * {@code @Enumerated} and {@code @Lob}; nullable unless {@code @Column} says not. Empty when
   * the element type is no basic type.
   */
  Optional<Column> elementColumn(VariableElement field, TypeMirror element) {
    Optional<AnnotationMirror> column = Annotations.find(field, COLUMN);
    return columnType(element, field, column).map(type -> new Column(
        naming.column(logicalName(field)), field.getSimpleName().toString(),
        type.definedAs(definition(column)),
        column.map(c -> annotations.bool(c, "nullable")).orElse(true),
        column.map(c -> annotations.bool(c, "unique")).orElse(false), false));
  }

  /**
   * The column an {@code @OrderColumn} keeps each element's position in: its {@code name}, else
   * the attribute's with {@code _ORDER}; an integer. In a join or collection table it is, with
   * the owner's column, the primary key, so NOT NULL; on a {@code @OneToMany}'s target table
   * ({@code onTarget}) it is nullable unless it says not.
   */
  Optional<Column> orderColumn(VariableElement field, boolean onTarget) {
    return Annotations.find(field, AnnotationName.ORDER_COLUMN).map(order -> {
      String name = annotations.string(order, "name");
      return new Column(naming.column(name.isEmpty() ? field.getSimpleName() + "_ORDER" : name),
          field.getSimpleName().toString(),
          ColumnType.of(Kind.INTEGER, "java.lang.Integer"),
          onTarget && annotations.bool(order, "nullable"), false, false);
    });
  }

  /**
   * The key column of a {@code Map} field kept in a table: {@code @MapKeyColumn(name)}, else the
   * attribute's name with {@code _KEY}; the key type mapped with {@code @MapKeyColumn}'s size and
   * {@code @MapKeyEnumerated}; NOT NULL, as a part of the table's primary key. Empty when the key
   * type is no basic type.
   */
  Optional<Column> mapKeyColumn(VariableElement field, TypeMirror key) {
    Optional<AnnotationMirror> column = Annotations.find(field, AnnotationName.MAP_KEY_COLUMN);
    String name = column.map(c -> annotations.string(c, "name")).filter(n -> !n.isEmpty())
        .orElse(field.getSimpleName() + "_KEY");
    return columnType(key, field, column, AnnotationName.MAP_KEY_ENUMERATED, false)
        .map(type -> new Column(naming.column(name), field.getSimpleName().toString(), type,
            false, false, false));
  }

  /**
   * A persistent attribute that maps one column: a field of the entity ({@link #of}), or of an
   * embedded value, reached by {@code path} (e.g. {@code address.street}). {@code column} is the
   * {@code @Column} that shapes it, an {@code @AttributeOverride}'s before the field's own;
   * {@code key} marks a primary-key column; {@code embeddedIn} the fields that embed it, the
   * entity's first, empty for a field of the entity itself. Hibernate leaves an embedded
   * value's primitive fields nullable.
   */
  record Attribute(VariableElement field, String path, Optional<AnnotationMirror> column,
      boolean key, List<VariableElement> embeddedIn) {

    static Attribute of(VariableElement field) {
      return new Attribute(field, field.getSimpleName().toString(), Annotations.find(field, COLUMN),
          Annotations.has(field, ID), List.of());
    }

    boolean embedded() {
      return !embeddedIn.isEmpty();
    }
  }

  /**
   * The field's column, or empty when its key generation cannot be mapped (reported). The field
   * is one column ({@link #notYetMapped} found nothing).
   */
  Optional<Column> column(VariableElement field) {
    return column(Attribute.of(field));
  }

  /** The attribute's column, or empty when its key generation cannot be mapped (reported). */
  Optional<Column> column(Attribute attribute) {
    VariableElement field = attribute.field();
    Optional<AnnotationMirror> column = attribute.column();
    Optional<ColumnType> type = columnType(field, column);
    if (type.isEmpty()) {
      throw new IllegalStateException(field + " is not one column; ask notYetMapped first");
    }
    boolean id = attribute.key();
    String definition = definition(column);
    String name = naming.column(
        column.map(c -> annotations.string(c, "name")).filter(n -> !n.isEmpty())
            .orElse(field.getSimpleName().toString()));
    // Hibernate leaves a primitive's column nullable when a definition declares it.
    boolean nullable =
        !id
            && !(field.asType().getKind().isPrimitive() && !attribute.embedded()
                && definition.isEmpty())
            && column.map(c -> annotations.bool(c, "nullable")).orElse(true)
            && Annotations.find(field, BASIC).map(b -> annotations.bool(b, "optional"))
                .orElse(true);
    boolean unique = !id && column.map(c -> annotations.bool(c, "unique")).orElse(false);
    return identity(field, id && !attribute.embedded(), type.get()).map(identity -> {
      if (definition.isEmpty()) {
        return new Column(name, attribute.path(), type.get(), nullable, unique, identity);
      }
      if (identity) {
        report.report(Message.COLUMN_DEFINITION_NOT_APPLIED, field, column.get(),
            annotations.value(column.get(), "columnDefinition"), definition,
            field.getSimpleName(), type.get().describe());
        return new Column(name, attribute.path(), type.get(), nullable, unique, true);
      }
      return new Column(name, attribute.path(), type.get().definedAs(definition), nullable,
          unique, false);
    });
  }

  /**
   * Whether the database generates the key: {@code GenerationType.IDENTITY} on an integer key.
   * A UUID generated by Hibernate ({@code UUID}, or {@code AUTO} on a {@code UUID}) is a plain
   * column, and so is an integer key Hibernate draws from a sequence ({@code AUTO} or
   * {@code SEQUENCE}, see {@link #keySequence}). {@code TABLE}, and a strategy that does not fit
   * the key's type, are errors, reported here (empty).
   */
  private Optional<Boolean> identity(VariableElement field, boolean id, ColumnType type) {
    Optional<AnnotationMirror> generated = Annotations.find(field, GENERATED_VALUE);
    if (!id || generated.isEmpty()) {
      return Optional.of(false);
    }
    String strategy = annotations.enumConstant(generated.get(), "strategy");
    boolean uuid = type.kind() == Kind.UUID;
    String problem = switch (strategy) {
      case "IDENTITY" -> type.isIntegral() ? null
          : "an identity column is an integer, and this key is " + field.asType();
      case "UUID" -> uuid || type.kind() == Kind.VARCHAR ? null
          : "Hibernate generates UUIDs into a UUID or String key, and this key is "
              + field.asType();
      case "AUTO" -> uuid || type.isIntegral() ? null
          : "Hibernate generates a UUID or takes an integer from a sequence, and this key is "
              + field.asType();
      case "SEQUENCE" -> type.isIntegral() ? null
          : "a sequence gives integers, and this key is " + field.asType();
      case "TABLE" -> type.isIntegral() ? null
          : "a generator table gives integers, and this key is " + field.asType();
      default -> "Accordion does not know this strategy";
    };
    if (problem != null) {
      report.report(Message.KEY_GENERATION_UNSUPPORTED, field, generated.get(),
          annotations.value(generated.get(), "strategy"), strategy, field.getSimpleName(),
          problem);
      return Optional.empty();
    }
    return Optional.of(strategy.equals("IDENTITY"));
  }

  /**
   * The sequence Hibernate 7 draws the key {@code field} of {@code entity} from: for {@code AUTO}
   * or {@code SEQUENCE} on an integer key, the {@code @SequenceGenerator} the {@code generator}
   * names (on the field or the entity class), else a sequence of the generator's name, else
   * {@code <table>_SEQ} ({@code table} the physical name, as Hibernate builds it); starting at 1
   * and allocated 50 at a time unless the generator says otherwise; its name as the naming
   * strategy spells a sequence's.
   */
  Optional<Sequence> keySequence(VariableElement field, TypeElement entity, String table) {
    Optional<AnnotationMirror> generated = Annotations.find(field, GENERATED_VALUE);
    Optional<ColumnType> type = columnType(field, Annotations.find(field, COLUMN));
    if (!Annotations.has(field, ID) || generated.isEmpty() || type.isEmpty()
        || !type.get().isIntegral()) {
      return Optional.empty();
    }
    String strategy = annotations.enumConstant(generated.get(), "strategy");
    if (!strategy.equals("AUTO") && !strategy.equals("SEQUENCE")
        || keyGeneratorTable(field, entity).isPresent()) {
      return Optional.empty();
    }
    String generator = annotations.string(generated.get(), "generator");
    Optional<AnnotationMirror> definition = Annotations.find(field, SEQUENCE_GENERATOR)
        .or(() -> Annotations.find(entity, SEQUENCE_GENERATOR))
        .filter(g -> annotations.string(g, "name").equals(generator));
    if (definition.isEmpty()) {
      String name = generator.isEmpty() ? table + "_SEQ" : generator;
      return Optional.of(new Sequence(naming.sequence(name), 1, 50));
    }
    String sequenceName = annotations.string(definition.get(), "sequenceName");
    return Optional.of(new Sequence(
        naming.sequence(sequenceName.isEmpty() ? generator : sequenceName),
        annotations.integer(definition.get(), "initialValue"),
        annotations.integer(definition.get(), "allocationSize")));
  }

  /**
   * The table Hibernate keeps the next keys of {@code GenerationType.TABLE} in, as it creates it:
   * {@code @TableGenerator}'s (on the key field, or on {@code entity}, that the
   * {@code generator} names), else JPA's {@code hibernate_sequences}, with a row per generator
   * keyed by a {@code varchar(255)} segment column and a {@code bigint} value column. Empty for
   * a key that comes from anywhere else.
   */
  Optional<KeyGeneratorTable> keyGeneratorTable(VariableElement field, TypeElement entity) {
    Optional<AnnotationMirror> generated = Annotations.find(field, GENERATED_VALUE);
    if (!Annotations.has(field, ID) || generated.isEmpty()) {
      return Optional.empty();
    }
    String generator = annotations.string(generated.get(), "generator");
    Optional<AnnotationMirror> definition = Annotations.find(field, TABLE_GENERATOR)
        .or(() -> Annotations.find(entity, TABLE_GENERATOR))
        .filter(g -> annotations.string(g, "name").equals(generator) && !generator.isEmpty());
    if (definition.isEmpty()
        && !annotations.enumConstant(generated.get(), "strategy").equals("TABLE")) {
      return Optional.empty();
    }
    String table = definition.map(g -> annotations.string(g, "table")).filter(t -> !t.isEmpty())
        .orElse(DEFAULT_GENERATOR_TABLE);
    String segment = definition.map(g -> annotations.string(g, "pkColumnName"))
        .filter(c -> !c.isEmpty()).orElse(DEFAULT_SEGMENT_COLUMN);
    String value = definition.map(g -> annotations.string(g, "valueColumnName"))
        .filter(c -> !c.isEmpty()).orElse(DEFAULT_VALUE_COLUMN);
    return Optional.of(new KeyGeneratorTable(naming.table(table),
        new Column(naming.column(segment), field.getSimpleName().toString(),
            new ColumnType(Kind.VARCHAR, "java.lang.String", DEFAULT_LENGTH, 0, 0, List.of()),
            false, false, false),
        new Column(naming.column(value), field.getSimpleName().toString(),
            ColumnType.of(Kind.BIGINT, "java.lang.Long"), true, false, false)));
  }

  /** A key generator's table: its name, its segment column (the key) and its value column. */
  record KeyGeneratorTable(String name, Column segment, Column value) {}

  /** The {@code @Convert} that converts the field's values, unless it disables conversion. */
  Optional<AnnotationMirror> converted(VariableElement field) {
    return Annotations.find(field, CONVERT)
        .filter(convert -> !annotations.bool(convert, "disableConversion"));
  }

  /**
   * The {@code Y} of the {@code AttributeConverter<X, Y>} a {@code @Convert(converter)} names:
   * what the column holds. Empty when no converter class is named (an auto-applied one, which
   * another compilation may declare) or it binds no {@code Y}.
   */
  private Optional<TypeMirror> databaseType(AnnotationMirror convert) {
    if (!(annotations.value(convert, "converter").getValue() instanceof DeclaredType converter)
        || ((TypeElement) converter.asElement()).getQualifiedName().contentEquals("void")) {
      return Optional.empty();
    }
    return Supertypes.arguments(types, converter, ATTRIBUTE_CONVERTER)
        .filter(arguments -> arguments.size() == 2)
        .map(arguments -> arguments.get(1));
  }

  private Optional<ColumnType> columnType(VariableElement field, Optional<AnnotationMirror> column) {
    return columnType(converted(field).flatMap(this::databaseType)
        .or(() -> autoConverted(field)).orElse(field.asType()), field, column);
  }

  /**
   * What an auto-applied converter stores for the field, when one converts its type: not for a
   * key, a version, an enum mapped with {@code @Enumerated}, or a field whose {@code @Convert}
   * disables conversion, as JPA leaves those alone.
   */
  Optional<TypeMirror> autoConverted(VariableElement field) {
    if (autoApplied.isEmpty() || Annotations.has(field, ID) || Annotations.has(field, VERSION)
        || Annotations.has(field, ENUMERATED) || Annotations.has(field, CONVERT)) {
      return Optional.empty();
    }
    TypeMirror type = field.asType().getKind().isPrimitive()
        ? types.boxedClass((PrimitiveType) field.asType()).asType()
        : types.erasure(field.asType());
    return Optional.ofNullable(autoApplied.get(type.toString()));
  }

  /**
   * How Hibernate maps a value of {@code type} into a column: {@code field}'s {@code @Lob} and
   * {@code @Enumerated}, and {@code column}'s length, precision and scale, shape it.
   */
  private Optional<ColumnType> columnType(TypeMirror type, VariableElement field,
      Optional<AnnotationMirror> column) {
    return columnType(type, field, column, ENUMERATED, Annotations.has(field, LOB));
  }

  /**
   * {@code enumerated} is the annotation that says how an enum is stored; {@code lob} whether a
   * string or bytes are a large object.
   */
  private Optional<ColumnType> columnType(TypeMirror type, VariableElement field,
      Optional<AnnotationMirror> column, AnnotationName enumerated, boolean lob) {
    int length = column.map(c -> annotations.integer(c, "length")).orElse(DEFAULT_LENGTH);
    if (type.getKind().isPrimitive()) {
      Kind kind =
          switch (type.getKind()) {
            case LONG -> Kind.BIGINT;
            case INT -> Kind.INTEGER;
            case SHORT -> Kind.SMALLINT;
            case BYTE -> Kind.TINYINT;
            case BOOLEAN -> Kind.BOOLEAN;
            case DOUBLE -> Kind.DOUBLE;
            case FLOAT -> Kind.FLOAT;
            case CHAR -> Kind.CHAR;
            default -> null;
          };
      return Optional.ofNullable(kind).map(k -> ColumnType.of(k, type.toString()));
    }
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return Optional.of(lob
          ? new ColumnType(Kind.BINARY_LOB, "byte[]", lobLength(length), 0, 0, List.of())
          : new ColumnType(Kind.BLOB, "byte[]", length, 0, 0, List.of()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String qualified = element.getQualifiedName().toString();
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants =
          element.getEnclosedElements().stream()
              .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
              .map(e -> e.getSimpleName().toString())
              .toList();
      boolean byName =
          Annotations.find(field, enumerated)
              .map(m -> annotations.enumConstant(m, "value").equals("STRING"))
              .orElse(false);
      return Optional.of(
          byName
              ? new ColumnType(Kind.ENUM_STRING, qualified, length, 0, 0, constants)
              : new ColumnType(Kind.ENUM_ORDINAL, qualified, 0, 0, 0, constants));
    }
    Kind kind = BASIC_TYPES.get(qualified);
    if (kind == null) {
      return Optional.empty();
    }
    if (kind == Kind.VARCHAR && lob) {
      return Optional.of(new ColumnType(Kind.CLOB, qualified, lobLength(length), 0, 0, List.of()));
    }
    return Optional.of(
        switch (kind) {
          case VARCHAR -> new ColumnType(kind, qualified, length, 0, 0, List.of());
          case DECIMAL -> {
            int precision = column.map(c -> annotations.integer(c, "precision")).orElse(0);
            int scale = column.map(c -> annotations.integer(c, "scale")).orElse(0);
            yield new ColumnType(
                kind,
                qualified,
                0,
                precision == 0 ? DEFAULT_PRECISION : precision,
                precision == 0 && scale == 0 ? DEFAULT_SCALE : scale,
                List.of());
          }
          default -> ColumnType.of(kind, qualified);
        });
  }
}
