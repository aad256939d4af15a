package dev.accordion.testing;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Where Accordion's schema differs from Hibernate's on purpose, each with its reason; the
 * comparison accepts exactly these. docs/limits.md#hibernate-conformance lists the same. Names
 * of constraints and indexes are never compared ({@link JdbcSchema} keys them by their columns),
 * nor are {@code CHECK} constraints, which JDBC metadata does not show: Hibernate adds one per
 * enum column and per Bean Validation bound ({@code @Min}, {@code @Max}), Accordion none,
 * so a new constant or a changed bound needs no migration.
 */
public enum HibernateDifferences {

  /**
   * MariaDB: an {@code @Enumerated(STRING)} column is a {@code varchar} of the declared length
   * where Hibernate declares a native {@code ENUM}: a new constant then needs no {@code ALTER
   * TABLE} (MariaDB copies the table to reorder an {@code ENUM}), and Hibernate's validate
   * accepts the {@code varchar}.
   */
  MARIADB_ENUM_AS_VARCHAR(TestDatabase.MARIADB) {
    @Override
    boolean accepts(JdbcSchema.Column hibernate, JdbcSchema.Column accordion, boolean key) {
      return hibernate.type().startsWith("enum(") && accordion.type().startsWith("varchar(")
          && hibernate.nullable() == accordion.nullable();
    }
  },

  /**
   * MariaDB: a {@code boolean} is MariaDB's own {@code BOOLEAN} ({@code tinyint(1)}) where
   * Hibernate declares {@code bit}: plain SQL reads and writes it as 1 and 0, as it does the
   * columns older releases wrote, and Hibernate's validate accepts it.
   */
  MARIADB_BOOLEAN(TestDatabase.MARIADB) {
    @Override
    boolean accepts(JdbcSchema.Column hibernate, JdbcSchema.Column accordion, boolean key) {
      return hibernate.type().equals("bit") && accordion.type().equals("boolean")
          && hibernate.nullable() == accordion.nullable();
    }
  },

  /**
   * SQLite: a generated key is declared {@code integer}, so it is the row id and SQLite
   * generates it; Hibernate's SQLite dialect declares it without a type, which SQLite takes as a
   * plain column that generates nothing.
   */
  SQLITE_GENERATED_KEY(TestDatabase.SQLITE) {
    @Override
    boolean accepts(JdbcSchema.Column hibernate, JdbcSchema.Column accordion, boolean key) {
      return key && hibernate.type().equals("BLOB") && accordion.type().equals("INTEGER");
    }
  },

  /**
   * SQLite: a foreign key is declared with its column ({@code REFERENCES}), so SQLite enforces
   * it wherever the application turns {@code foreign_keys} on. Hibernate's SQLite dialect
   * leaves foreign keys out (it would add them with {@code ALTER TABLE}, which SQLite lacks).
   */
  SQLITE_FOREIGN_KEYS(TestDatabase.SQLITE) {
    @Override
    boolean acceptsForeignKeys(Set<String> hibernate, Set<String> accordion) {
      return hibernate.isEmpty();
    }
  },

  /**
   * SQLite: an {@code @Index(unique = true)} is a unique index. Hibernate's SQLite dialect
   * leaves it out (it would add it as a constraint with {@code ALTER TABLE}, which SQLite cannot
   * do), so Hibernate's own database does not enforce it. The same model on PostgreSQL and
   * MariaDB checks the index itself.
   */
  SQLITE_UNIQUE_INDEX(TestDatabase.SQLITE) {
    @Override
    boolean acceptsIndexes(Set<String> hibernate, Set<String> accordion) {
      Set<String> withoutUnique = new TreeSet<>(accordion);
      withoutUnique.removeIf(index -> index.startsWith("unique ") && !hibernate.contains(index));
      return withoutUnique.equals(hibernate);
    }
  };

  private final TestDatabase database;

  HibernateDifferences(TestDatabase database) {
    this.database = database;
  }

  boolean accepts(JdbcSchema.Column hibernate, JdbcSchema.Column accordion, boolean key) {
    return false;
  }

  boolean acceptsIndexes(Set<String> hibernate, Set<String> accordion) {
    return false;
  }

  boolean acceptsForeignKeys(Set<String> hibernate, Set<String> accordion) {
    return false;
  }

  /** Whether one table's foreign keys are Hibernate's, or differ only as one of these allows. */
  public static boolean sameForeignKeys(TestDatabase database, Set<String> hibernate,
      Set<String> accordion) {
    return hibernate.equals(accordion)
        || allows(database, d -> d.acceptsForeignKeys(hibernate, accordion));
  }

  /** Whether one table's indexes are Hibernate's, or differ only as one of these allows. */
  public static boolean sameIndexes(TestDatabase database, Set<String> hibernate,
      Set<String> accordion) {
    return hibernate.equals(accordion)
        || allows(database, d -> d.acceptsIndexes(hibernate, accordion));
  }

  /** Whether a difference made on purpose for {@code database} accepts what is compared. */
  private static boolean allows(TestDatabase database, Predicate<HibernateDifferences> accepts) {
    for (HibernateDifferences difference : values()) {
      if (difference.database == database && accepts.test(difference)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether Accordion's {@code accordion} may stand where Hibernate creates {@code hibernate} on
   * {@code database}: they are equal, or one of these differences allows it. {@code key} says the
   * column is the whole primary key.
   */
  public static boolean sameColumn(TestDatabase database, JdbcSchema.Column hibernate,
      JdbcSchema.Column accordion, boolean key) {
    return hibernate.equals(accordion)
        || allows(database, d -> d.accepts(hibernate, accordion, key));
  }

  /**
   * The tables of Hibernate's schema that the mapping asks for: on SQLite, Hibernate also
   * creates {@code HTE_<table>}, scratch tables for its HQL inserts into tables whose keys come
   * from a generator, and {@code HT_<root table>}, for its HQL updates and deletes across the
   * tables of a {@code JOINED} hierarchy. It creates them itself whenever it starts
   * ({@code hibernate.query.mutation_strategy.global_temporary.create_tables}), so no migration
   * needs to.
   */
  static Set<String> ownTables(Set<String> hibernate, TestDatabase database) {
    if (database != TestDatabase.SQLITE) {
      return hibernate;
    }
    Set<String> own = new TreeSet<>(hibernate);
    own.removeIf(table -> table.startsWith("HTE_") || table.startsWith("HT_"));
    return own;
  }

  /**
   * Whether Hibernate's {@code validate} can judge Accordion's schema. Not on SQLite: Hibernate
   * validates the row-id key ({@link #SQLITE_GENERATED_KEY}) as the wrong type for a
   * {@code Long}; there the structural comparison is the check.
   */
  public static boolean hibernateValidates(TestDatabase database) {
    return database != TestDatabase.SQLITE;
  }
}
