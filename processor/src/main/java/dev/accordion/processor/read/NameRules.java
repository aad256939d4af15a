package dev.accordion.processor.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a table, column or index name may be. Accordion quotes every name in its migrations, but
 * Hibernate writes names unquoted: a name that needs quoting breaks Hibernate's own statements
 * (and a quote, semicolon or comment marker in a name is how SQL gets injected), so it is an
 * error; a reserved word works only with Hibernate's keyword quoting turned on, so it is a
 * warning. Letters may be any script's: SQL takes Unicode letters unquoted.
 */
final class NameRules {

  private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  /** Reserved in PostgreSQL or MariaDB (or both), and in the SQL standard, as a bare name. */
  private static final Set<String> RESERVED = Set.of(
      "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "BETWEEN", "BOTH", "BY", "CASE", "CAST", "CHANGE",
      "CHECK", "COLLATE", "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_DATE",
      "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DATABASE", "DEFAULT", "DELETE", "DESC",
      "DISTINCT", "DROP", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN",
      "FROM", "FULL", "GRANT", "GROUP", "HAVING", "IN", "INDEX", "INNER", "INSERT", "INTERSECT",
      "INTO", "IS", "JOIN", "KEY", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCK", "NATURAL", "NOT",
      "NULL", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PRIMARY", "RANGE", "READ", "REFERENCES",
      "REPLACE", "RIGHT", "ROWS", "SCHEMA", "SELECT", "SET", "SHOW", "TABLE", "THEN", "TO",
      "TRAILING", "TRUE", "UNION", "UNIQUE", "UPDATE", "USER", "USING", "VALUES", "WHEN", "WHERE",
      "WITH");

  private NameRules() {}

  static boolean needsQuoting(String name) {
    return !PLAIN.matcher(name).matches();
  }

  static boolean reserved(String name) {
    return RESERVED.contains(name.toUpperCase(Locale.ROOT));
  }

  /** A name like {@code name} that needs no quoting, to suggest. */
  static String plain(String name) {
    String letters = name.replaceAll("[^\\p{L}\\p{N}_]+", "_").replaceAll("^_+|_+$", "");
    if (letters.isEmpty()) {
      return "name";
    }
    return Character.isDigit(letters.codePointAt(0)) ? "_" + letters : letters;
  }
}
