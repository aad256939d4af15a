package dev.accordion.processor.model;

import java.util.List;

/**
 * A column's type, independent of dialect: a logical kind plus what JPA's {@code @Column} says
 * about size. Dialects turn it into their DDL type names. {@code javaType} is the mapped Java
 * type's canonical name; {@code enumConstants} lists an enum's constants in declaration order;
 * {@code definition} is {@code @Column(columnDefinition)}, the SQL every dialect then declares
 * the column with instead, as Hibernate does (empty when none).
 */
public record ColumnType(Kind kind, String javaType, int length, int precision, int scale,
    List<String> enumConstants, String definition) {

  public ColumnType {
    enumConstants = List.copyOf(enumConstants);
  }

  public ColumnType(
      Kind kind, String javaType, int length, int precision, int scale, List<String> enumConstants) {
    this(kind, javaType, length, precision, scale, enumConstants, "");
  }

  /** The same type declared by {@code sql} ({@code columnDefinition}), or by its kind if empty. */
  public ColumnType definedAs(String sql) {
    return new ColumnType(kind, javaType, length, precision, scale, enumConstants, sql);
  }

  public boolean hasDefinition() {
    return !definition.isEmpty();
  }

  /**
   * Whether the definition makes the column NOT NULL without a default, which no table with
   * rows can gain: say {@code integer not null}.
   */
  public boolean declaresNotNullWithoutDefault() {
    return declaresNotNull()
        && !definition.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bdefault\\b.*");
  }

  /**
   * Whether the definition makes the column NOT NULL, which every statement that declares the
   * column keeps: one an expand must relax cannot have it.
   */
  public boolean declaresNotNull() {
    return definition.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bnot\\s+null\\b.*");
  }

  public static ColumnType of(Kind kind, String javaType) {
    return new ColumnType(kind, javaType, 0, 0, 0, List.of());
  }

  public boolean isEnum() {
    return kind == Kind.ENUM_STRING || kind == Kind.ENUM_ORDINAL;
  }

  public boolean isIntegral() {
    return switch (kind) {
      case BIGINT, INTEGER, SMALLINT, TINYINT -> true;
      default -> false;
    };
  }

  /** Stored as text: strings, characters and enums by name. */
  public boolean isText() {
    return switch (kind) {
      case VARCHAR, CHAR, CLOB, ENUM_STRING -> true;
      default -> false;
    };
  }

  /**
   * True when every value of this integral type fits {@code other}, a wider one: a copy between
   * them loses nothing upwards, and the way back is checked.
   */
  public boolean widensTo(ColumnType other) {
    return isIntegral() && other.isIntegral() && other.kind.ordinal() < kind.ordinal();
  }

  /**
   * For messages: the kind with its size, e.g. VARCHAR(255); after the column definition, if
   * any, e.g. {@code TEXT (VARCHAR(255))}.
   */
  public String describe() {
    return hasDefinition() ? definition + " (" + describeKind() + ")" : describeKind();
  }

  private String describeKind() {
    return switch (kind) {
      case VARCHAR, ENUM_STRING, BLOB -> kind + "(" + length + ")";
      case CLOB, BINARY_LOB -> length == 0 ? kind.toString() : kind + "(" + length + ")";
      case DECIMAL -> kind + "(" + precision + "," + scale + ")";
      default -> kind.toString();
    };
  }

  /**
   * True when two declarations would give the database the same column type. One definition is
   * the same type whatever size {@code @Column} gives beside it, which Hibernate then ignores.
   */
  public boolean sameStorageAs(ColumnType other) {
    if (hasDefinition() || other.hasDefinition()) {
      return kind == other.kind && definition.equals(other.definition);
    }
    return kind == other.kind
        && length == other.length
        && precision == other.precision
        && scale == other.scale
        && isInstant() == other.isInstant();
  }

  /**
   * An {@code Instant}: a point in time, which PostgreSQL stores as {@code timestamp with time
   * zone} where a {@code LocalDateTime} is a plain {@code timestamp}, so one becoming the other
   * is a type change, not a new Java type on the same column.
   */
  public boolean isInstant() {
    return kind == Kind.TIMESTAMP && javaType.equals("java.time.Instant");
  }

  /** Logical column kinds, after JPA's mapping of Java types. */
  public enum Kind {
    BIGINT,
    INTEGER,
    SMALLINT,
    TINYINT,
    BOOLEAN,
    FLOAT,
    DOUBLE,
    DECIMAL,
    CHAR,
    VARCHAR,
    CLOB,
    DATE,
    TIME,
    TIMESTAMP,
    TIMESTAMP_WITH_ZONE,
    UUID,
    BLOB,
    ENUM_STRING,
    ENUM_ORDINAL,
    /** {@code @Lob byte[]}. */
    BINARY_LOB
  }
}
