package dev.accordion.processor.read;

import java.util.List;

/**
 * The annotations the processor reads, each named after its simple name in constant case, so the
 * list stays a list of names as it grows with every mapping Hibernate knows.
 */
public enum AnnotationName {
  ENTITY, TABLE, COLUMN, ID, GENERATED_VALUE, ENUMERATED, DISCRIMINATOR_COLUMN, TRANSIENT, LOB,
  MAPPED_SUPERCLASS, BASIC, SEQUENCE_GENERATOR, TABLE_GENERATOR,
  MANY_TO_ONE, ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY, ELEMENT_COLLECTION, EMBEDDED, EMBEDDED_ID,
  CONVERT, MAPS_ID, JOIN_COLUMN, JOIN_COLUMNS, JOIN_TABLE, EMBEDDABLE, ATTRIBUTE_OVERRIDE,
  ATTRIBUTE_OVERRIDES, ID_CLASS, COLLECTION_TABLE, ORDER_COLUMN, MAP_KEY_COLUMN, INHERITANCE,
  PRIMARY_KEY_JOIN_COLUMN, VERSION, MAP_KEY, MAP_KEY_ENUMERATED, MAP_KEY_CLASS,
  MAP_KEY_JOIN_COLUMN, MAP_KEY_JOIN_COLUMNS,
  EXPAND(Package.ACCORDION), CONTRACT(Package.ACCORDION), RENAMED_FROM(Package.ACCORDION),
  CONSTRAINT(Package.VALIDATION), VALID(Package.VALIDATION),
  OVERRIDES_ATTRIBUTE(Package.VALIDATION),
  NOT_NULL(Package.CONSTRAINTS), NOT_EMPTY(Package.CONSTRAINTS), NOT_BLANK(Package.CONSTRAINTS),
  SIZE(Package.CONSTRAINTS), DIGITS(Package.CONSTRAINTS),
  LENGTH(Package.HIBERNATE_VALIDATOR), CONSTRAINT_COMPOSITION(Package.HIBERNATE_VALIDATOR);

  /**
   * The mappings that make a field no column of its own; the reader maps single join columns
   * and collection tables before it asks whether a field is one column.
   */
  public static final List<AnnotationName> NOT_YET_MAPPED = List.of(MANY_TO_ONE, ONE_TO_ONE,
      ONE_TO_MANY, MANY_TO_MANY, ELEMENT_COLLECTION, MAPS_ID);

  /** The annotations that only an entity's persisted field may carry. */
  public static final List<AnnotationName> FIELD_TRANSITIONS =
      List.of(EXPAND, CONTRACT, RENAMED_FROM);

  private enum Package {
    JPA("jakarta.persistence"), ACCORDION("dev.accordion"), VALIDATION("jakarta.validation"),
    CONSTRAINTS("jakarta.validation.constraints"),
    HIBERNATE_VALIDATOR("org.hibernate.validator.constraints");

    private final String name;

    Package(String name) {
      this.name = name;
    }
  }

  private final String simpleName;
  private final String qualifiedName;

  AnnotationName() {
    this(Package.JPA);
  }

  AnnotationName(Package in) {
    StringBuilder simple = new StringBuilder();
    for (String word : name().split("_")) {
      simple.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    this.simpleName = simple.toString();
    this.qualifiedName = in.name + "." + simpleName;
  }

  /** As written in source, e.g. {@code RenamedFrom}. */
  public String simpleName() {
    return simpleName;
  }

  public String qualifiedName() {
    return qualifiedName;
  }
}
