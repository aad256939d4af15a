package dev.accordion.processor.read;

import static dev.accordion.processor.read.Annotations.COLUMN;
import static dev.accordion.processor.read.Annotations.CONTRACT;
import static dev.accordion.processor.read.Annotations.DISCRIMINATOR_COLUMN;
import static dev.accordion.processor.read.Annotations.ENTITY;
import static dev.accordion.processor.read.Annotations.ENUMERATED;
import static dev.accordion.processor.read.Annotations.EXPAND;
import static dev.accordion.processor.read.Annotations.GENERATED_VALUE;
import static dev.accordion.processor.read.Annotations.ID;
import static dev.accordion.processor.read.Annotations.LOB;
import static dev.accordion.processor.read.Annotations.MAPPED_SUPERCLASS;
import static dev.accordion.processor.read.Annotations.RENAMED_FROM;
import static dev.accordion.processor.read.Annotations.TABLE;
import static dev.accordion.processor.read.Annotations.TRANSIENT;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.Reporter;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.ColumnType.Kind;
import dev.accordion.processor.model.Index;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @Entity} class into an {@link EntityDeclaration}: JPA's default naming (field
 * names as columns, the entity name as table) and Hibernate's mapping of Java types.
 */
public final class EntityReader {

  /** Hibernate's defaults when {@code @Column} leaves them unset. */
  private static final int DEFAULT_LENGTH = 255;

  private static final int DEFAULT_PRECISION = 38;
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

  private static final String CONVERTER = "dev.accordion.Converter";
  private static final String NO_CONVERTER = "dev.accordion.Converter.None";

  private final Annotations annotations;
  private final Elements elements;
  private final Types types;
  private final Reporter reporter;

  public EntityReader(Elements elements, Types types, Reporter reporter) {
    this.annotations = new Annotations(elements);
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
  }

  public static boolean isEntity(Element element) {
    return element.getKind() == ElementKind.CLASS && Annotations.has(element, ENTITY);
  }

  /** Why JPA cannot map an {@code @Entity} element, or empty when it can. */
  public static Optional<String> unmappable(Element element) {
    if (element.getKind() != ElementKind.CLASS) {
      return Optional.of("it is " + switch (element.getKind()) {
        case RECORD -> "a record, whose fields cannot be set";
        case INTERFACE, ANNOTATION_TYPE -> "an interface, which has no fields to map";
        case ENUM -> "an enum, whose instances are fixed";
        default -> "no class";
      });
    }
    TypeElement type = (TypeElement) element;
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of("it is an inner class, which needs an instance of "
          + type.getEnclosingElement().getSimpleName() + " to be created");
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return Optional.of("it is a local class");
    }
    return Optional.empty();
  }

  /** Accordion's annotations that apply to entities and their persistent fields. */
  public static final List<String> FIELD_ANNOTATIONS = List.of(EXPAND, CONTRACT, RENAMED_FROM);

  /**
   * Reports the first of {@link #FIELD_ANNOTATIONS} on {@code element} where no entity reads it:
   * a class that is no entity, a field of one, or a field that is static or transient. Returns
   * whether it was reported.
   */
  public boolean reportMisplaced(Element element) {
    String annotation = null;
    for (String name : FIELD_ANNOTATIONS) {
      if (Annotations.has(element, name)) {
        annotation = name;
        break;
      }
    }
    if (annotation == null) {
      return false;
    }
    String simple = annotation.substring(annotation.lastIndexOf('.') + 1);
    AnnotationMirror mirror = Annotations.find(element, annotation).orElse(null);
    if (element.getKind() == ElementKind.FIELD) {
      Element owner = element.getEnclosingElement();
      if (!isEntity(owner) && !Annotations.has(owner, MAPPED_SUPERCLASS)) {
        reporter.report(Message.NOT_ON_AN_ENTITY, element, mirror, simple,
            "field '" + element.getSimpleName() + "'", owner.getSimpleName());
        return true;
      }
      String why = element.getModifiers().contains(Modifier.STATIC) ? "static"
          : element.getModifiers().contains(Modifier.TRANSIENT) ? "transient"
          : Annotations.has(element, TRANSIENT) ? "@Transient" : null;
      if (why != null) {
        reporter.report(Message.NOT_PERSISTED, element, mirror, simple, element.getSimpleName(),
            why, why.startsWith("@") ? why : "'" + why + "'", simple);
        return true;
      }
      return false;
    }
    if (!isEntity(element)) {
      reporter.report(Message.NOT_ON_AN_ENTITY, element, mirror, simple,
          element.getKind().toString().toLowerCase(java.util.Locale.ROOT) + " "
              + element.getSimpleName(), element.getSimpleName());
      return true;
    }
    return false;
  }

  /** The entity's declaration, or empty when an error was reported for it. */
  public Optional<EntityDeclaration> read(TypeElement type) {
    if (!checkNoInheritance(type)) {
      return Optional.empty();
    }
    boolean ok = true;
    List<FieldDeclaration> fields = new ArrayList<>();
    Map<String, FieldDeclaration> byColumn = new HashMap<>();
    for (VariableElement field : mappedFields(type)) {
      Optional<FieldDeclaration> declared = readField(type, field);
      if (declared.isEmpty()) {
        ok = false;
        continue;
      }
      FieldDeclaration fieldDeclaration = declared.get();
      FieldDeclaration clash = byColumn.putIfAbsent(fieldDeclaration.column().name(), fieldDeclaration);
      if (clash != null) {
        reporter.report(
            Message.DUPLICATE_COLUMN,
            field,
            clash.name(),
            fieldDeclaration.name(),
            fieldDeclaration.column().name(),
            tableName(type));
        ok = false;
        continue;
      }
      fields.add(fieldDeclaration);
    }
    long keys = fields.stream().filter(FieldDeclaration::id).count();
    if (ok && keys == 0) {
      reporter.report(Message.NO_PRIMARY_KEY, type, type.getSimpleName());
      ok = false;
    } else if (keys > 1) {
      reporter.report(Message.COMPOSITE_KEY, type, type.getSimpleName());
      ok = false;
    }
    AnnotationMirror tableAnnotation =
        Annotations.find(type, TABLE).or(() -> Annotations.find(type, ENTITY)).orElseThrow();
    ok &= checkName("Table", tableName(type), type, tableAnnotation);
    ok &= checkDefaultSchema(type);
    for (FieldDeclaration field : fields) {
      ok &= checkName("Column", field.column().name(), field.element(),
          Annotations.find(field.element(), COLUMN).orElse(null));
    }
    ok &= checkIndexColumns(type, fields, tableAnnotation);
    List<Index> indexes = indexes(type);
    for (Index index : indexes) {
      ok &= checkName("Index", index.name(), type, tableAnnotation);
      for (String column : index.columns()) {
        ok &= checkName("Index column", column, type, tableAnnotation);
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        new EntityDeclaration(type, tableName(type), tableNamedBy(type), rename(type),
            Annotations.find(type, EXPAND).map(m -> expand(type, m)),
            Annotations.find(type, CONTRACT)
                .map(m -> new ContractDeclaration(m, annotations.strings(m, "from"))),
            fields, indexes));
  }

  private static final java.util.regex.Pattern INDEX_ENTRY =
      java.util.regex.Pattern.compile("\\s*(\\S+)(\\s+(?i:ASC|DESC))?\\s*");

  /**
   * Each index's columnList: entries of a column name and an optional order, each a column a
   * field maps.
   */
  private boolean checkIndexColumns(TypeElement type, List<FieldDeclaration> fields,
      AnnotationMirror at) {
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    if (table.isEmpty()) {
      return true;
    }
    List<String> mapped = fields.stream().map(f -> f.column().name()).toList();
    boolean ok = true;
    for (AnnotationValue value : annotations.list(table.get(), "indexes")) {
      AnnotationMirror index = (AnnotationMirror) value.getValue();
      String columnList = annotations.string(index, "columnList");
      String problem = columnList.isBlank() ? "it names no column" : null;
      for (String entry : columnList.split(",", -1)) {
        if (problem != null) {
          break;
        }
        java.util.regex.Matcher m = INDEX_ENTRY.matcher(entry);
        if (!m.matches()) {
          problem = "'" + entry.strip() + "' is not a column name with an optional ASC or DESC";
        } else if (!mapped.contains(m.group(1))) {
          problem = "no field maps its column '" + m.group(1) + "'";
        }
      }
      if (problem != null) {
        String name = annotations.string(index, "name");
        reporter.report(Message.INDEX_COLUMNS_INVALID, type, at,
            name.isEmpty() ? "(unnamed)" : name, type.getSimpleName(), problem,
            String.join(", ", mapped));
        ok = false;
      }
    }
    return ok;
  }

  /**
   * Reports a name SQL cannot take bare (an error) or takes only as a keyword (a warning).
   * Returns false on the error.
   */
  private boolean checkName(String what, String name, Element element, AnnotationMirror at) {
    if (NameRules.needsQuoting(name)) {
      reporter.report(Message.NAME_NEEDS_QUOTING, element, at, what, name, NameRules.plain(name));
      return false;
    }
    if (NameRules.reserved(name)) {
      reporter.report(Message.RESERVED_NAME, element, at, what, name, name);
    }
    return true;
  }

  /**
   * Hibernate maps an entity that extends another into the root's table (with a discriminator
   * column) or into tables of its own, and a {@code @DiscriminatorColumn} adds a column even
   * without subclasses; the diff knows neither. {@code @Inheritance} alone on an entity without
   * entity subclasses changes nothing Hibernate creates, so it is accepted.
   */
  private boolean checkNoInheritance(TypeElement type) {
    for (TypeElement parent = superclass(type); parent != null; parent = superclass(parent)) {
      if (isEntity(parent)) {
        reporter.report(Message.ENTITY_INHERITANCE, type, type.getSimpleName(),
            "extends entity " + parent.getSimpleName(),
            "stores a subclass's rows in its root's table with a discriminator column"
                + " (SINGLE_TABLE, the default) or in tables of their own (JOINED,"
                + " TABLE_PER_CLASS)");
        return false;
      }
    }
    Optional<AnnotationMirror> discriminator = Annotations.find(type, DISCRIMINATOR_COLUMN);
    if (discriminator.isPresent()) {
      String name = annotations.string(discriminator.get(), "name");
      reporter.report(Message.ENTITY_INHERITANCE, type, discriminator.get(), type.getSimpleName(),
          "declares @DiscriminatorColumn",
          "adds discriminator column " + (name.isEmpty() ? "DTYPE" : name) + " to its table");
      return false;
    }
    return true;
  }

  /**
   * Migrations create tables in their connection's schema; a table Hibernate is told to find in
   * another schema or catalog would never be created there.
   */
  private boolean checkDefaultSchema(TypeElement type) {
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    if (table.isEmpty()) {
      return true;
    }
    boolean ok = true;
    for (String attribute : List.of("schema", "catalog")) {
      String schema = annotations.string(table.get(), attribute);
      if (!schema.isEmpty()) {
        reporter.report(Message.TABLE_IN_OTHER_SCHEMA, type, table.get(),
            annotations.value(table.get(), attribute), attribute, schema, type.getSimpleName(),
            tableName(type), schema, attribute, schema);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * The attribute that names the table, if one does: {@code @Table(name)}, else
   * {@code @Entity(name)}.
   */
  private Optional<EntityDeclaration.NameAttribute> tableNamedBy(TypeElement type) {
    for (String annotation : List.of(TABLE, ENTITY)) {
      Optional<AnnotationMirror> mirror = Annotations.find(type, annotation);
      if (mirror.isPresent() && !annotations.string(mirror.get(), "name").isEmpty()) {
        return Optional.of(new EntityDeclaration.NameAttribute(
            mirror.get(), annotations.value(mirror.get(), "name")));
      }
    }
    return Optional.empty();
  }

  private String tableName(TypeElement type) {
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    if (table.isPresent() && !annotations.string(table.get(), "name").isEmpty()) {
      return annotations.string(table.get(), "name");
    }
    String entityName = annotations.string(Annotations.find(type, ENTITY).orElseThrow(), "name");
    return entityName.isEmpty() ? type.getSimpleName().toString() : entityName;
  }

  /** Fields of the entity and of its {@code @MappedSuperclass} ancestors, ancestors first. */
  private static List<VariableElement> mappedFields(TypeElement type) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    for (TypeElement current = type; current != null; current = superclass(current)) {
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

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) superclass).asElement()
        : null;
  }

  private Optional<FieldDeclaration> readField(TypeElement entity, VariableElement field) {
    Optional<AnnotationMirror> column = Annotations.find(field, COLUMN);
    Optional<ColumnType> type = columnType(field, column);
    if (type.isEmpty()) {
      reporter.report(Message.UNSUPPORTED_TYPE, field, field.getSimpleName(), field.asType());
      return Optional.empty();
    }
    boolean id = Annotations.has(field, ID);
    String name =
        column.map(c -> annotations.string(c, "name")).filter(n -> !n.isEmpty())
            .orElse(field.getSimpleName().toString());
    boolean nullable =
        !id
            && !field.asType().getKind().isPrimitive()
            && column.map(c -> annotations.bool(c, "nullable")).orElse(true);
    boolean unique = !id && column.map(c -> annotations.bool(c, "unique")).orElse(false);
    Optional<Boolean> identity = identity(field, id, type.get());
    if (identity.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldDeclaration(
            field,
            new Column(name, field.getSimpleName().toString(), type.get(), nullable, unique,
                identity.get()),
            id,
            Annotations.find(field, EXPAND).map(m -> expand(entity, m)),
            Annotations.find(field, CONTRACT)
                .map(m -> new ContractDeclaration(m, annotations.strings(m, "from"))),
            rename(field)));
  }

  /**
   * Whether the database generates the key: {@code GenerationType.IDENTITY} on an integer key.
   * A UUID generated by Hibernate ({@code UUID}, or {@code AUTO} on a {@code UUID}) is a plain
   * column. Any other strategy takes keys from a sequence or table no migration creates: an error,
   * reported here (empty).
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
      case "AUTO" -> uuid ? null
          : "for a key of type " + field.asType() + ", Hibernate would take its keys from a"
              + " sequence (a table on SQLite), which no Accordion migration creates";
      default -> "Hibernate would take its keys from a " + (strategy.equals("TABLE") ? "table"
          : "sequence (a table on SQLite)") + ", which no Accordion migration creates";
    };
    if (problem != null) {
      reporter.report(Message.KEY_GENERATION_UNSUPPORTED, field, generated.get(),
          annotations.value(generated.get(), "strategy"), strategy, field.getSimpleName(),
          problem);
      return Optional.empty();
    }
    return Optional.of(strategy.equals("IDENTITY"));
  }

  private Optional<ColumnType> columnType(VariableElement field, Optional<AnnotationMirror> column) {
    TypeMirror type = field.asType();
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
      return Optional.of(ColumnType.of(Kind.BLOB, "byte[]"));
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
          Annotations.find(field, ENUMERATED)
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
    if (kind == Kind.VARCHAR && Annotations.has(field, LOB)) {
      return Optional.of(ColumnType.of(Kind.CLOB, qualified));
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

  private ExpandDeclaration expand(TypeElement entity, AnnotationMirror mirror) {
    List<ExpandDeclaration.MapEntry> entries = new ArrayList<>();
    for (AnnotationValue value : annotations.list(mirror, "map")) {
      AnnotationMirror pair = (AnnotationMirror) value.getValue();
      List<String> to =
          annotations.list(pair, "to").stream().map(v -> String.valueOf(v.getValue())).toList();
      entries.add(
          new ExpandDeclaration.MapEntry(
              annotations.string(pair, "from"),
              to,
              annotations.value(pair, "from"),
              annotations.value(pair, "to")));
    }
    return new ExpandDeclaration(
        mirror,
        annotations.strings(mirror, "from"),
        annotations.strings(mirror, "into"),
        annotations.value(mirror, "into"),
        entries,
        converter(entity, annotations.value(mirror, "converter")),
        annotations.strings(mirror, "sqlUp"),
        annotations.strings(mirror, "sqlDown"),
        annotations.list(mirror, "dialectSql").stream()
            .map(value -> {
              AnnotationMirror sql = (AnnotationMirror) value.getValue();
              return new ExpandDeclaration.DialectSqlEntry(
                  annotations.string(sql, "dialect"),
                  annotations.strings(sql, "up"),
                  annotations.strings(sql, "down"),
                  value);
            })
            .toList(),
        annotations.integer(mirror, "batchSize"),
        annotations.value(mirror, "batchSize"));
  }

  /** The converter class, empty for the default (none) or a class that does not resolve. */
  private Optional<ExpandDeclaration.ConverterClass> converter(
      TypeElement entity, AnnotationValue value) {
    if (!(value.getValue() instanceof DeclaredType type) || type.getKind() != TypeKind.DECLARED) {
      return Optional.empty(); // an unknown class: javac reports it
    }
    TypeElement converter = (TypeElement) type.asElement();
    String name = converter.getQualifiedName().toString();
    if (name.equals(NO_CONVERTER)) {
      return Optional.empty();
    }
    Optional<List<String>> arguments = converterArguments(converter.asType());
    Map<String, List<ExpandDeclaration.Component>> records = new java.util.TreeMap<>();
    for (String argument : arguments.orElse(List.of())) {
      TypeElement record = elements.getTypeElement(argument);
      if (record != null && record.getKind() == ElementKind.RECORD) {
        records.put(argument, record.getRecordComponents().stream()
            .map(c -> new ExpandDeclaration.Component(
                c.getSimpleName().toString(), FieldDeclaration.boxedName(c.asType())))
            .toList());
      }
    }
    return Optional.of(
        new ExpandDeclaration.ConverterClass(
            name,
            arguments,
            whyNotInstantiable(converter, elements.getPackageOf(entity)),
            records,
            value));
  }

  /** The type arguments of the {@code Converter<O, N>} among the supertypes of {@code type}. */
  private Optional<List<String>> converterArguments(TypeMirror type) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type));
    while (!pending.isEmpty()) {
      TypeMirror current = pending.removeFirst();
      if (current instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(CONVERTER)) {
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return arguments.size() == 2
            ? Optional.of(arguments.stream().map(FieldDeclaration::boxedName).toList())
            : Optional.empty();
      }
      pending.addAll(types.directSupertypes(current));
    }
    return Optional.empty();
  }

  /**
   * Why the accessors, generated in {@code accessorPackage}, could not write
   * {@code new Converter()}; empty when they can.
   */
  private Optional<String> whyNotInstantiable(
      TypeElement converter, PackageElement accessorPackage) {
    if (converter.getKind() == ElementKind.ENUM) {
      return Optional.of("is an enum");
    }
    if (converter.getKind() != ElementKind.CLASS && converter.getKind() != ElementKind.RECORD) {
      return Optional.of("is an interface");
    }
    if (converter.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of("is abstract");
    }
    if (converter.getNestingKind() == NestingKind.MEMBER
        && !converter.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of("is an inner class, which needs an instance of "
          + converter.getEnclosingElement().getSimpleName());
    }
    if (converter.getNestingKind().isNested() && converter.getNestingKind() != NestingKind.MEMBER) {
      return Optional.of("is a local or anonymous class");
    }
    boolean samePackage = elements.getPackageOf(converter).equals(accessorPackage);
    for (Element type = converter; type instanceof TypeElement; type = type.getEnclosingElement()) {
      if (!visible(type, samePackage)) {
        return Optional.of(type == converter
            ? "is not visible from package " + accessorPackage.getQualifiedName()
            : "is nested in " + type.getSimpleName() + ", which is not visible from package "
                + accessorPackage.getQualifiedName());
      }
    }
    Optional<ExecutableElement> noArguments =
        ElementFilter.constructorsIn(converter.getEnclosedElements()).stream()
            .filter(c -> c.getParameters().isEmpty())
            .findFirst();
    if (noArguments.isEmpty()) {
      return Optional.of("has no no-argument constructor");
    }
    if (!visible(noArguments.get(), samePackage)) {
      return Optional.of("has no public no-argument constructor");
    }
    return Optional.empty();
  }

  /** Public, or package-private or protected and in the accessors' own package. */
  private static boolean visible(Element element, boolean samePackage) {
    Set<Modifier> modifiers = element.getModifiers();
    return modifiers.contains(Modifier.PUBLIC)
        || (samePackage && !modifiers.contains(Modifier.PRIVATE));
  }

  private Optional<RenameDeclaration> rename(Element element) {
    return Annotations.find(element, RENAMED_FROM)
        .map(
            m ->
                new RenameDeclaration(
                    m,
                    annotations.value(m, "value"),
                    annotations.string(m, "value"),
                    annotations.string(m, "acknowledged")));
  }

  private List<Index> indexes(TypeElement type) {
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    if (table.isEmpty()) {
      return List.of();
    }
    String tableName = tableName(type);
    List<Index> indexes = new ArrayList<>();
    for (AnnotationValue value : annotations.list(table.get(), "indexes")) {
      AnnotationMirror index = (AnnotationMirror) value.getValue();
      List<String> columns =
          Arrays.stream(annotations.string(index, "columnList").split(","))
              .map(String::trim)
              .map(c -> c.split("\\s+")[0])
              .filter(c -> !c.isEmpty())
              .toList();
      String name = annotations.string(index, "name");
      if (name.isEmpty()) {
        name = tableName + "_" + String.join("_", columns) + "_idx";
      }
      indexes.add(new Index(name, columns, annotations.bool(index, "unique")));
    }
    return indexes;
  }
}
