package dev.accordion.format;

import java.util.Optional;

/**
 * The databases Accordion writes migrations for, by the one name each goes by: the folder of its
 * migrations, the processor's {@code accordion.dialects} option, {@code @DialectSql(dialect=)}
 * and the runtime's dialect. Every other place asks this enum, never compares the text.
 */
public enum DialectName {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql"),
  /** MySQL and MariaDB: one dialect, one folder. */
  MYSQL("mysql");

  private final String word;

  DialectName(String word) {
    this.word = word;
  }

  /** As written in folders, options and annotations: {@code sqlite}, {@code postgresql}, {@code mysql}. */
  public String word() {
    return word;
  }

  /** The dialect written {@code word}, or empty. */
  public static Optional<DialectName> fromWord(String word) {
    for (DialectName name : values()) {
      if (name.word.equals(word)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /**
   * The dialect of a database product as its JDBC driver names it ({@code
   * DatabaseMetaData.getDatabaseProductName()}: {@code SQLite}, {@code PostgreSQL}, {@code
   * MySQL}, {@code MariaDB}), or of a dialect's word; empty for any other.
   */
  public static Optional<DialectName> ofProduct(String product) {
    String lower = product.toLowerCase(java.util.Locale.ROOT);
    return lower.equals("mariadb") ? Optional.of(MYSQL) : fromWord(lower);
  }

  /** Every word, for messages: {@code sqlite, postgresql, mysql}. */
  public static String words() {
    StringBuilder words = new StringBuilder();
    for (DialectName name : values()) {
      words.append(words.length() == 0 ? "" : ", ").append(name.word);
    }
    return words.toString();
  }
}
