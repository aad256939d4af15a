package dev.accordion.processor.diagnostics;

import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.NOTE;
import static javax.tools.Diagnostic.Kind.WARNING;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor can raise, with a stable code. Tests and users match the code,
 * never the prose. Each text says what is wrong and how to fix it; {@code %s} are filled in order.
 */
public enum Message {
  // Setup
  MIGRATIONS_OPTION_MISSING("ACC001", ERROR,
      "Accordion does not know where to write migrations. Add to the maven-compiler-plugin"
          + " configuration: <compilerArgs><arg>-Aaccordion.migrations=${project.basedir}"
          + "/src/main/resources/db/accordion</arg></compilerArgs>"),
  UNSUPPORTED_DIALECT("ACC002", ERROR,
      "Unknown dialect '%s' in -Aaccordion.dialects. Supported: %s."),
  BAD_TIMESTAMP_OPTION("ACC003", ERROR,
      "-Aaccordion.timestamp=%s is not a UTC time written yyyyMMddHHmmss (e.g. 20261122100000)."),
  SNAPSHOT_UNREADABLE("ACC004", ERROR,
      "The snapshot %s cannot be read: %s. Restore it from version control; it records the schema"
          + " your committed migrations produce."),
  WRITE_FAILED("ACC005", ERROR,
      "Could not write %s: %s. %s Fix the cause and compile again."),
  UNKNOWN_NAMING("ACC006", ERROR,
      "Unknown naming strategy '%s' in -Aaccordion.naming: %s. Choose the one your application"
          + " gives Hibernate: %s (jpa: names as declared, JPA's default; snake_case: Hibernate's"
          + " PhysicalNamingStrategySnakeCaseImpl; spring: Spring Boot's default), or the class"
          + " name of your own PhysicalNamingStrategy (spring:<class> beside Spring Boot's"
          + " implicit naming), from a jar on the processor path with hibernate-core"
          + " (annotationProcessorPaths): a class this module compiles is not there yet."),
  UNKNOWN_VALIDATION_MODE("ACC007", ERROR,
      "Unknown value '%s' in -Aaccordion.beanValidation. Choose %s: auto applies the Bean"
          + " Validation constraints Hibernate writes into the schema (@NotNull, @Size, @Digits)"
          + " when Hibernate Validator is on the compile class path, as Hibernate applies them"
          + " when it finds a provider; ddl always (validation mode DDL, or a provider only on"
          + " the run-time path); none never (hibernate.validator.apply_to_ddl=false, or"
          + " validation mode NONE or CALLBACK)."),
  INTERNAL_ERROR("ACC009", ERROR,
      "Accordion failed unexpectedly while processing this element; please report it with this"
          + " trace. Nothing was written.%n%s"),

  // Entity mapping
  UNSUPPORTED_TYPE("ACC101", ERROR,
      "Field '%s' is %s: Accordion does not generate @%s for such a field yet. Remove @%s; a"
          + " field of a basic type or an enum can carry it."),
  NOT_YET_MAPPED("ACC114", WARNING,
      "Field '%s' of %s is %s, which Accordion does not turn into DDL yet: its columns and tables"
          + " are left out of the generated migrations and schema.json, though Hibernate maps"
          + " them. A database Hibernate already has keeps them; on a new one, create them"
          + " yourself. Accordion's annotations cannot change this field until it maps it."),
  PROPERTY_ACCESS_NOT_YET_MAPPED("ACC120", WARNING,
      "Entity %s maps its state through its getters (@%s on %s()), which Accordion does not read"
          + " yet: its table is left out of the generated migrations and schema.json, though"
          + " Hibernate maps it. A database Hibernate already has keeps it; on a new one, create"
          + " it yourself, or move the mapping annotations to the fields, which Accordion reads."),
  KEY_SEQUENCE_CHANGED("ACC115", ERROR,
      "Hibernate would take the keys of table %s from %s, but they come from %s. Accordion does"
          + " not move keys to another sequence yet: name the one the table has, with"
          + " @SequenceGenerator(name = \"...\", sequenceName = \"...\", initialValue = ...,"
          + " allocationSize = ...) and @GeneratedValue(generator = \"...\")."),
  NO_PRIMARY_KEY("ACC102", ERROR,
      "Entity %s has no @Id field. Accordion walks tables by their primary key; add one."),
  COMPOSITE_KEY("ACC103", ERROR,
      "Entity %s has the composite primary key %s, and transitions walk a table by a one-column"
          + " key. Keep @Expand, @Contract and @RenamedFrom off it, or give it one @Id (the"
          + " composite can stay unique through @Table(uniqueConstraints))."),
  DUPLICATE_COLUMN("ACC105", ERROR,
      "Fields '%s' and '%s' both map column '%s' of table %s. Give one of them another"
          + " @Column(name = ...)."),
  NOT_ON_AN_ENTITY("ACC107", ERROR,
      "@%s on %s has no effect: %s is not an @Entity (nor its @MappedSuperclass), and Accordion"
          + " reads only entities. Move it to the entity's field or class, or annotate the class"
          + " @Entity."),
  NOT_PERSISTED("ACC108", ERROR,
      "@%s on field '%s' has no effect: the field is %s, so no column maps it. Remove %s, or"
          + " remove @%s."),
  ENTITY_NOT_A_CLASS("ACC109", ERROR,
      "@Entity on %s, which JPA cannot map: %s. Make it a top-level (or static nested) class"
          + " with a no-argument constructor."),
  INDEX_COLUMNS_INVALID("ACC110", ERROR,
      "@Index '%s' on %s: %s. columnList names columns of this entity (it has: %s), separated by"
          + " commas, each optionally followed by ASC or DESC."),
  UNIQUE_CONSTRAINT_COLUMNS_INVALID("ACC116", ERROR,
      "@UniqueConstraint '%s' on %s: %s. columnNames names columns of this entity (it has: %s)."),
  COLUMN_DEFINITION_NOT_APPLIED("ACC117", WARNING,
      "@Column(columnDefinition = \"%s\") on '%s', an identity key, is not applied yet: Accordion"
          + " creates the column as %s, the identity type Hibernate gives the field without it."
          + " Remove columnDefinition, or change the column's type yourself after the migration"
          + " that creates it."),
  TABLE_MAPPED_TWICE("ACC118", ERROR,
      "Table %s is mapped by %s and by %s. Accordion creates each table from one mapping: give"
          + " one of them another name (@Table, @JoinTable or @CollectionTable)."),
  ENTITY_INHERITANCE("ACC111", ERROR,
      "Entity %s is part of the inheritance hierarchy of %s, whose tables Accordion's"
          + " transitions do not change yet: keep @Expand, @Contract and @RenamedFrom off its"
          + " entities (a new nullable column needs none), or share fields through a"
          + " @MappedSuperclass instead, whose fields become columns of each entity's own table."),
  TABLE_IN_OTHER_SCHEMA("ACC112", WARNING,
      "@Table(%s = \"%s\") on %s: Accordion's migrations create tables in the schema of their"
          + " connection, and do not create tables in another yet: table %s is left out of the"
          + " generated migrations and schema.json, though Hibernate maps it in %s. A database"
          + " Hibernate already has keeps it; on a new one, create it yourself, or remove %s and"
          + " choose the schema with the connection, for Accordion and Hibernate alike"
          + " (PostgreSQL: currentSchema=%s in the JDBC URL; MariaDB: the database the URL"
          + " names)."),
  COLUMN_DEFINITION_KEPT("ACC119", WARNING,
      "Field '%s' declares column %s.%s as %s, which the database has as %s: Accordion does not"
          + " change the definition of a column in use, which keeps the one it has. Change it with"
          + " SQL of your own if it must change, or declare it as it is."),
  KEY_GENERATION_UNSUPPORTED("ACC113", ERROR,
      "@GeneratedValue(strategy = GenerationType.%s) on '%s': %s. Use GenerationType.IDENTITY on"
          + " an integer key (the database generates it), AUTO, SEQUENCE or TABLE on an integer"
          + " key (Hibernate draws it from a sequence or a table), UUID on a UUID or String key"
          + " (Hibernate"
          + " generates it), or no @GeneratedValue to assign keys yourself."),
  KEY_NOT_WALKABLE("ACC106", ERROR,
      "@Expand on '%s': transitions walk the table by its primary key, which must be an integer"
          + " or text column; %s's key '%s' is %s. Map the @Id as an integer (e.g. Long) or a"
          + " String (a UUID can be kept as its text), or make this change without @Expand."),

  // Renames
  RENAMED_FROM_UNKNOWN("ACC201", ERROR,
      "@RenamedFrom(\"%s\") names a column that table %s never had (it has: %s). Use the"
          + " column's current name in the database."),
  RENAMED_FROM_TAKEN("ACC202", ERROR,
      "@RenamedFrom(\"%s\") names a column that field '%s' still maps. To move the data while"
          + " both exist, use @Expand; to rename, remove or rename the other field."),
  DIRECT_RENAME("ACC203", WARNING,
      "Renaming column %s.%s to %s in place is not zero-downtime: code still running with the"
          + " old name fails until it is redeployed. For zero downtime, keep the old field and"
          + " annotate this one @Expand @RenamedFrom(\"%s\"). To accept the rename, write"
          + " @RenamedFrom(value = \"%s\", acknowledged = \"<why this is safe>\")."),
  RENAMED_TABLE_UNKNOWN("ACC204", ERROR,
      "@RenamedFrom(\"%s\") on %s names a table the schema never had (it has: %s)."),
  KEY_RENAMED_IN_FLIGHT("ACC207", ERROR,
      "@RenamedFrom(\"%s\") on '%s' renames the primary key of table %s while transition %s is"
          + " in flight: its triggers, backfill and verification find rows by the key's name."
          + " Finish the transition (its @Contract and the contract's run) first, then rename the"
          + " key."),
  RENAME_CYCLE("ACC206", ERROR,
      "@RenamedFrom(\"%s\") on '%s' is one of renames that go round in a circle (%s): the columns"
          + " would trade names in one release, which code still running with the old names"
          + " reads as the wrong data. Move the data with @Expand into new names instead, and"
          + " drop the old ones with @Contract."),
  DIRECT_TABLE_RENAME("ACC205", WARNING,
      "Renaming table %s to %s in place is not zero-downtime: code still running with the old"
          + " name fails until it is redeployed. To accept it, write @RenamedFrom(value = \"%s\","
          + " acknowledged = \"<why this is safe>\")."),

  // Expand
  EXPAND_WITHOUT_SOURCE("ACC301", ERROR,
      "@Expand on '%s' does not say which column it takes over. Write @Expand(from = \"old\")"
          + " or add @RenamedFrom(\"old\")."),
  EXPAND_SOURCE_UNKNOWN("ACC302", ERROR,
      "@Expand on '%s' takes over column '%s', which table %s does not have (it has: %s)."),
  EXPAND_TARGET_EXISTS("ACC303", ERROR,
      "@Expand on '%s' would add column %s.%s, which exists already. Expand into a new column,"
          + " or remove @Expand if the data is already there."),
  FOREIGN_KEY_CHANGED("ACC330", ERROR,
      "Field '%s' keeps column %s.%s, which has %s, but would give it %s. Accordion does not add,"
          + " drop or move a foreign key on an existing column yet: keep the field's mapping as"
          + " it was, or map the new association to a new column."),
  EXPAND_FROM_FOREIGN_KEY("ACC329", ERROR,
      "@Expand on '%s' takes over column %s.%s, which holds a foreign key to %s, into a column"
          + " without that foreign key. Accordion moves a foreign key's column only into another"
          + " join column to the same key: make the new field an association (@ManyToOne,"
          + " @OneToOne or @ManyToMany) to the same entity, or keep the association as it is in"
          + " this release."),
  EXPAND_FROM_REFERENCED_COLUMN("ACC331", ERROR,
      "@Expand on '%s' takes over column %s.%s, which the foreign keys of %s point at. Accordion"
          + " does not move foreign keys to another column yet, and the contract could not drop a"
          + " column they hold on to. Rename the column in place with @RenamedFrom alone (each"
          + " database takes the foreign keys along), or point those join columns at the primary"
          + " key first."),
  EXPAND_FROM_KEY("ACC332", ERROR,
      "@Expand on '%s' takes over column %s.%s, the table's primary key: transitions walk the"
          + " table by its key, so a key cannot be the old side of one. Rename a key column in"
          + " place with @RenamedFrom alone, acknowledged (the foreign keys pointing at it follow"
          + " it), or keep it."),
  JOIN_ON_SEVERAL_COLUMNS_ADDED("ACC333", ERROR,
      "Field '%s' would add columns %s to table %s, which exists, with one foreign key over them"
          + " to %s. Accordion declares a foreign key over several columns only with the table"
          + " that holds it yet (SQLite cannot add one to a table): map the association in a new"
          + " entity's table, or keep it @Transient in this release."),
  EXPAND_SOURCE_NOT_MAPPED("ACC304", ERROR,
      "@Expand on '%s' takes over column '%s', but no field maps that column any more. During"
          + " the expand release both fields stay mapped so the accessors can write both; keep"
          + " the old field until the contract release."),
  EXPAND_SOURCE_NOT_NULLABLE("ACC305", ERROR,
      "Old field '%s' must be nullable during the expand: the migration makes its column"
          + " nullable so that the next release may stop writing it. Use a wrapper type (e.g."
          + " Boolean for boolean) and drop nullable = false, and any NOT NULL in its"
          + " columnDefinition."),
  MAP_VALUE_INVALID("ACC306", ERROR,
      "Value map entry '%s' is not a value of %s. Use one of: %s."),
  MAP_NOT_TOTAL("ACC307", ERROR,
      "The value map of '%s' does not say what old value %s becomes, so the backfill would"
          + " leave it NULL. Add @ValueMap(from = \"%s\", to = ...)."),
  MAP_NOT_REVERSIBLE("ACC308", ERROR,
      "The value map of '%s' sends new value %s back to both %s and %s. Each new value may"
          + " appear in the 'to' list of only one @ValueMap."),
  MAP_TYPES_DIFFER("ACC309", ERROR,
      "@Expand on '%s' copies from '%s', but their column types differ (%s vs %s). A copy needs"
          + " the same type or a wider integer; for enums and booleans add map = @ValueMap(...),"
          + " for anything else a converter = ... with its SQL."),
  CONVERTER_WITH_MAP("ACC311", ERROR,
      "@Expand on '%s' has both a value map and a converter. Use one: the map for enums and"
          + " booleans, the converter for anything else."),
  CONVERTER_WITHOUT_SQL("ACC312", ERROR,
      "@Expand on '%s' has a converter but no SQL for %s: the backfill and the sync triggers"
          + " run in SQL. Add sqlUp = \"...\" and sqlDown = \"...\", each using :value for the"
          + " column (e.g. sqlUp = \":value / 100.0\"), or, where a database spells it its own"
          + " way, dialectSql = @DialectSql(dialect = \"%s\", up = \"...\", down = \"...\")."),
  DIALECT_SQL_UNKNOWN("ACC316", ERROR,
      "@DialectSql on '%s' names dialect '%s', which this build does not generate (it generates"
          + " %s). Fix the name, or add the dialect to -Aaccordion.dialects."),
  INTO_UNKNOWN("ACC317", ERROR,
      "@Expand on '%s' splits into {%s}: each must be a field of %s, and the annotated field must"
          + " come first, since it names the transition. E.g. on city: into = {\"city\","
          + " \"countryCode\"}."),
  SEVERAL_FIELDS_NEED_CONVERTER("ACC318", ERROR,
      "@Expand on '%s' moves %s into %s: combining or splitting fields needs a converter, with"
          + " a record for the side that has several fields, and SQL for each field."),
  CONVERTER_SQL_SHAPE("ACC319", ERROR,
      "@Expand on '%s', SQL for %s: %s."),
  LINK_TYPES_DIFFER("ACC320", ERROR,
      "@Expand on '%s' moves the link %s, but the types do not line up: it is %s and must hold"
          + " keys of %s (%s); this field is %s and must hold keys of %s (%s)."),
  JOIN_NOT_UNIQUE("ACC321", ERROR,
      "Join entity %s pairs %s with %s but has no unique index on the pair: the backfill and the"
          + " sync triggers need it to never write a pair twice. Add @Table(name = \"%s\","
          + " indexes = @Index(columnList = \"%s, %s\", unique = true))."),
  SOURCE_TAKEN_TWICE("ACC328", ERROR,
      "@Expand on '%s' takes over column '%s', which %s takes over already: an old column feeds"
          + " one transition at a time, or their triggers would fight over it. To split it into"
          + " several fields, put @Expand(from = \"%s\", into = {...}) on one of them; otherwise"
          + " finish the other transition first."),
  TABLE_EXPAND_WITHOUT_SOURCE("ACC322", ERROR,
      "@%s on entity %s renames its table to %s but does not say from which. Add"
          + " @RenamedFrom(\"OldName\") to the class (or write @%s(from = \"OldName\"))."),
  TABLE_EXPAND_ATTRIBUTE("ACC323", ERROR,
      "@Expand on entity %s renames a table, where '%s' has no meaning: on a class only from"
          + " (the old table) and batchSize apply. Remove it, and reshape columns with @Expand on"
          + " their fields in a release after the rename's contract."),
  TABLE_RENAME_WITH_CHANGES("ACC324", ERROR,
      "Entity %s renames table %s to %s with zero downtime, and %s. Older releases keep using"
          + " the old name with its columns as they are: rename the table in this release, and"
          + " change its columns in a release after the rename's @Contract."),
  TABLE_RENAME_BUSY("ACC325", ERROR,
      "Table %s cannot be renamed while transition %s is in flight on it: its sync triggers and"
          + " checks name the table. Finish that transition with @Contract first, then rename."),
  TABLE_RENAME_IN_FLIGHT("ACC327", ERROR,
      "%s changes table %s while it is being renamed from %s to %s (older releases use the old"
          + " name as it is; the new one is a view or a copy). Make this change in a release after"
          + " the rename's @Contract."),
  TABLE_RENAME_OLD_STILL_MAPPED("ACC326", ERROR,
      "@Expand on entity %s renames table %s, which entity %s still maps. Older releases keep"
          + " the old name without help; this release maps only the new one. Remove %s (or map"
          + " it to another table)."),
  CONVERTER_TYPES_DIFFER("ACC313", ERROR,
      "@Expand on '%s' names converter %s, which is a %s, but the old side (%s) is %s and the"
          + " new side is %s. The converter must implement Converter<%s, %s> (old type first,"
          + " primitives boxed; several fields as a record of them, in order)."),
  CONVERTER_NOT_INSTANTIABLE("ACC314", ERROR,
      "@Expand on '%s' names converter %s, which the generated accessors cannot create with"
          + " 'new %s()': it %s. Make it a concrete top-level or static nested class with a"
          + " public no-argument constructor."),
  BATCH_SIZE_NOT_POSITIVE("ACC315", ERROR,
      "@Expand on '%s' has batchSize = %s; the backfill needs at least one row per batch. Use a"
          + " positive number, or leave batchSize out for the default of 1000."),
  EXPAND_CHANGED("ACC310", ERROR,
      "@Expand on '%s' differs from the expand already generated (%s). An expand migration"
          + " cannot change after it is written; finish this transition with @Contract first,"
          + " or delete the unapplied migration and the snapshot entry together."),

  // Contract
  CONTRACT_WITHOUT_EXPAND("ACC401", ERROR,
      "@Contract on '%s' has no expand before it: column %s.%s is not the target of a transition"
          + " in flight. Ship @Expand in one release first, and @Contract in a later one."),
  CONTRACT_OLD_STILL_MAPPED("ACC402", ERROR,
      "@Contract on '%s' would drop column '%s', but field '%s' still maps it. Remove that field"
          + " in the contract release."),
  OLD_FIELD_REMOVED_WITHOUT_CONTRACT("ACC403", ERROR,
      "Field for column %s.%s is gone while transition %s is in flight. Mark the new field"
          + " @Contract to drop it: @Contract @RenamedFrom(\"%s\")."),
  TABLE_CONTRACT_WITHOUT_EXPAND("ACC405", ERROR,
      "@Contract on entity %s finishes no table rename: no rename of %s to %s is in flight%s."
          + " Ship @Expand @RenamedFrom(\"%s\") on the class in one release first, and"
          + " @Contract in a later one."),
  TABLE_RENAME_UNFINISHED("ACC406", ERROR,
      "Table %s is being renamed to %s, and older releases still use %s: keep @Expand"
          + " @RenamedFrom(\"%s\") on %s, unchanged, until the release that finishes the rename"
          + " with @Contract(from = \"%s\")."),
  CONTRACT_WITHOUT_SOURCE("ACC404", ERROR,
      "@Contract on '%s' does not say which column it drops. Write @Contract(from = \"old\") or"
          + " add @RenamedFrom(\"old\")."),

  // Destructive or unsafe changes
  COLUMN_DROPPED("ACC501", ERROR,
      "Column %s.%s is mapped by no field any more, and nothing says it should go. Dropping it"
          + " loses its data. If it was renamed, add @RenamedFrom(\"%s\") to the new field; to"
          + " drop it, move its data with @Expand first and remove it with @Contract."),
  JOIN_COLUMN_RENAMED("ACC515", ERROR,
      "Column %s.%s, which points at %s, would take another name in this compile: a join or"
          + " collection table names its join columns after what they point at, which changed."
          + " Accordion does not rename a join or collection table's columns yet: keep the name"
          + " on the field with %s(%s = @JoinColumn(name = \"%s\"))."),
  TABLE_DROPPED("ACC502", ERROR,
      "Entity %s (table %s in snapshot %s) is gone and nothing says the table should go;"
          + " dropping it loses its data. If the class was renamed, add @RenamedFrom(\"%s\") to"
          + " it. (Reported here because the class itself no longer exists.)"),
  TYPE_CHANGED_IN_PLACE("ACC503", ERROR,
      "Field '%s' changes column %s.%s from %s to %s in place, which rewrites the table on %s"
          + " and breaks code still running. Add a new field with @Expand(from = \"%s\") instead"
          + " (a wider integer copies; other types take a converter)."),
  NOT_NULL_WITHOUT_DEFAULT("ACC504", ERROR,
      "New column %s.%s is NOT NULL, but the table has rows and they would need a value. Make"
          + " the field nullable (a wrapper type), or fill it with @Expand from an existing"
          + " column."),
  NULLABILITY_CHANGED("ACC505", ERROR,
      "Field '%s' changes column %s.%s from %s to %s in place. Making a column NOT NULL fails on"
          + " existing NULLs and locks the table; add a new field with @Expand(from = \"%s\")"
          + " and declare it NOT NULL: the contract applies it after verifying every row."),
  UNIQUE_CHANGED_IN_PLACE("ACC506", ERROR,
      "Field '%s' %s the UNIQUE constraint of column %s.%s in place, which fails on existing"
          + " duplicates and cannot be altered on SQLite. Keep @Column(unique) as it was and"
          + " declare a unique index instead: @Table(indexes = @Index(columnList = \"...\","
          + " unique = true))."),
  ENUM_VALUES_REMOVED("ACC507", WARNING,
      "Field '%s' no longer has %s, and this release cannot read a row of %s that holds one. Its"
          + " migration refuses to run, and the release to boot, while any row of column %s still"
          + " does, and shows how many. Ship a release that stops writing those values first,"
          + " then move the rows to a value that remains (UPDATE %s SET %s = ... WHERE %s = %s)."),
  SQLITE_REBUILD("ACC509", NOTE,
      "On SQLite, migration %s rebuilds table %s (SQLite's documented 12-step procedure): every"
          + " row is copied while other writers wait for the database's write lock. If the table"
          + " is large, apply it at a quiet moment."),
  TABLE_NAME_CHANGED("ACC510", ERROR,
      "Entity %s now maps table %s, but its rows are in table %s (snapshot %s), which no entity"
          + " maps any more: %s would be created empty and every row left in %s. If the table was"
          + " renamed, add @RenamedFrom(\"%s\") to %s (in place: code still running with the old"
          + " name fails until it is redeployed), or @Expand @RenamedFrom(\"%s\") for zero"
          + " downtime; otherwise map table %s again."),
  COMPOSITE_KEY_CHANGED("ACC514", ERROR,
      "The primary key of table %s would change from %s to %s: changing it in place rewrites the"
          + " table, fails on duplicate or NULL values, and breaks code still running. Keep the"
          + " mapping that gives the key it has (for a collection table: Set or List, and"
          + " whether its columns are nullable)."),
  PRIMARY_KEY_CHANGED("ACC511", ERROR,
      "Entity %s moves its @Id from '%s' to '%s', but the primary key of table %s is column %s:"
          + " changing it in place rewrites the table, fails on duplicate or NULL values, and"
          + " breaks code still running, which finds rows by %s. Keep @Id on '%s'; to find rows"
          + " by %s as well, declare a unique index: @Table(indexes = @Index(columnList ="
          + " \"%s\", unique = true))."),
  KEY_GENERATION_CHANGED("ACC512", ERROR,
      "Field '%s' %s @GeneratedValue(strategy = GenerationType.IDENTITY) on key %s.%s in place:"
          + " %s. Keep the key as it was: %s."),
  ENUM_STORAGE_CHANGED("ACC513", ERROR,
      "Field '%s' switches %s from @Enumerated(EnumType.%s) to @Enumerated(EnumType.%s) in"
          + " place: column %s.%s holds %s, which this release would misread, and code still"
          + " running keeps writing them. Keep the field as it is and add a new one,"
          + " @Expand(from = \"%s\", map = {@ValueMap(from = \"%s\", to = \"%s\"), ...})"
          + " @Enumerated(EnumType.%s), with each constant mapped to itself: the backfill and the"
          + " sync triggers translate every row."),
  ENUM_ORDINAL_REORDERED("ACC508", ERROR,
      "Field '%s' stores %s by position, and position %d changed from %s to %s: every stored"
          + " row would silently change meaning. Keep the constants in their order (%s) and add"
          + " new ones at the end, or move '%s' to @Enumerated(EnumType.STRING) with @Expand."),

  // Naming
  NAME_NEEDS_QUOTING("ACC601", ERROR,
      "%s name '%s' needs quoting in SQL: Hibernate writes names unquoted, so its own statements"
          + " would break on it (and a quote, semicolon or comment marker in a name is how SQL"
          + " gets injected). Use letters, digits and underscores, starting with a letter: e.g."
          + " '%s'."),
  NAME_TOO_LONG("ACC602", ERROR,
      "The %s migrations would use the name '%s', which is %d %s long; %s allows %d (PostgreSQL"
          + " cuts longer names silently, so two could become one). It is built from table %s:"
          + " give the table or the column a shorter name with @Table(name = ...) or"
          + " @Column(name = ...)."),
  RESERVED_NAME("ACC603", WARNING,
      "%s name '%s' is a reserved word in SQL. Accordion's migrations quote it, but Hibernate"
          + " writes names unquoted and its statements fail on it. Rename it (e.g. '%s_'), or set"
          + " hibernate.auto_quote_keyword=true and acknowledge this warning with"
          + " @Acknowledged(value = \"ACC603\", reason = \"...\")).");

  private final String code;
  private final Diagnostic.Kind kind;
  private final String template;

  Message(String code, Diagnostic.Kind kind, String template) {
    this.code = code;
    this.kind = kind;
    this.template = template;
  }

  public String code() {
    return code;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The text with its {@code %s} placeholders, as the catalogue shows it. */
  public String template() {
    return template;
  }

  /**
   * The kind of mistake, as Atlas groups its analyzers: what a reader of the catalogue looks
   * under. Codes keep their numbers (by the stage that finds them); this groups them by cause.
   */
  public String group() {
    return switch (code) {
      case "ACC001", "ACC002", "ACC003", "ACC004", "ACC005", "ACC006", "ACC007", "ACC009" ->
          "setup";
      case "ACC107", "ACC108", "ACC109" -> "misplaced annotation";
      case "ACC203", "ACC205", "ACC511", "ACC512", "ACC514" -> "backward-incompatible";
      case "ACC306", "ACC307", "ACC308", "ACC309", "ACC311", "ACC312", "ACC313", "ACC314",
          "ACC316", "ACC318", "ACC319" -> "transform";
      case "ACC501", "ACC502", "ACC510" -> "destructive";
      case "ACC504", "ACC506", "ACC507", "ACC508", "ACC513" -> "data-dependent";
      case "ACC503", "ACC505", "ACC509" -> "dialect lock";
      case "ACC601", "ACC602", "ACC603" -> "naming";
      default -> code.startsWith("ACC1") ? "mapping" : "lifecycle misuse";
    };
  }

  public String format(Object... args) {
    return "[" + code + "] " + String.format(template, args);
  }
}
