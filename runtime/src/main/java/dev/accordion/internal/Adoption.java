package dev.accordion.internal;

import dev.accordion.AccordionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A database that already has tables a baseline creates: one made without Accordion (by
 * Hibernate's {@code ddl-auto}, Flyway or by hand) that an application now adopts Accordion on.
 * {@code migrate} does not apply the baseline over it (MariaDB's {@code CREATE TABLE IF NOT
 * EXISTS} would keep a table that differs without a word, the other databases would fail half
 * way); {@code resolve --applied} records the baseline as applied once every table it creates is
 * there, and {@code migrate} goes on from the migrations after it.
 */
final class Adoption {

  /** {@code CREATE TABLE [IF NOT EXISTS] "name"} (or {@code `name`}), as baselines write it. */
  private static final Pattern CREATE_TABLE = Pattern.compile(
      "^\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\"((?:[^\"]|\"\")+)\"|`((?:[^`]|``)+)`)",
      Pattern.CASE_INSENSITIVE);

  /** {@code ALTER TABLE "t" ADD COLUMN [IF NOT EXISTS] "c"} (or with backticks), as migrations write it. */
  private static final Pattern ADD_COLUMN = Pattern.compile(
      "^\\s*ALTER\\s+TABLE\\s+" + quoted("table") + "\\s+ADD\\s+COLUMN\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
          + quoted("column"),
      Pattern.CASE_INSENSITIVE);

  private Adoption() {}

  /** A quoted identifier, in {@code "..."} or {@code `...`}, as named groups {@code <name>q}/{@code <name>b}. */
  private static String quoted(String name) {
    return "(?:\"(?<" + name + "q>(?:[^\"]|\"\")+)\"|`(?<" + name + "b>(?:[^`]|``)+)`)";
  }

  private static String unquoted(Matcher match, String name) {
    return match.group(name + "q") != null ? match.group(name + "q").replace("\"\"", "\"")
        : match.group(name + "b").replace("``", "`");
  }

  /** The tables {@code baseline} creates, in the order it creates them. */
  static List<String> createdTables(MigrationFile baseline) {
    List<String> tables = new ArrayList<>();
    for (String statement : baseline.ddl()) {
      Matcher create = CREATE_TABLE.matcher(statement);
      if (create.find()) {
        tables.add(create.group(1) != null ? create.group(1).replace("\"\"", "\"")
            : create.group(2).replace("``", "`"));
      }
    }
    return tables;
  }

  /** Which of {@code tables} the session's schema has. */
  static Set<String> existing(Session session, List<String> tables) throws SQLException {
    if (tables.isEmpty()) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (String table : tables) {
      names.add(table);
      names.add(table.toLowerCase(Locale.ROOT)); // the dialects that fold case compare folded
    }
    String list = names.stream().map(n -> "'" + n.replace("'", "''") + "'")
        .collect(Collectors.joining(", "));
    Set<String> found = new LinkedHashSet<>();
    try (Statement statement = session.connection().createStatement();
        ResultSet rows = statement.executeQuery(session.dialect().existingTablesQuery(list))) {
      while (rows.next()) {
        String name = rows.getString(1);
        tables.stream().filter(t -> t.equalsIgnoreCase(name)).forEach(found::add);
      }
    }
    return found;
  }

  /** Refuses to apply {@code baseline} over the tables of it the database has already. */
  static void refuseBaselineOverExisting(Session session, MigrationFile baseline)
      throws SQLException {
    List<String> created = createdTables(baseline);
    Set<String> existing = existing(session, created);
    if (existing.isEmpty()) {
      return;
    }
    List<String> missing = created.stream().filter(t -> !existing.contains(t)).toList();
    StringBuilder message = new StringBuilder("This database already has ")
        .append(existing.size() == 1 ? "table " : "tables ").append(String.join(", ", existing))
        .append(", which ").append(baseline.fileName()).append(" creates: it was made without")
        .append(" Accordion (by Hibernate's ddl-auto, another migration tool or by hand), and")
        .append(" migrate does not apply a baseline over it. Nothing in the schema was changed.");
    if (missing.isEmpty()) {
      message.append("\nIf these tables are what the baseline creates (compare them with it, or")
          .append(" let Hibernate validate them), adopt the database: resolve ")
          .append(baseline.version()).append(" --applied records the baseline as applied, and")
          .append(" migrate then applies the migrations after it.");
    } else {
      message.append("\nIt lacks ").append(String.join(", ", missing)).append(", so neither")
          .append(" the baseline nor the schema it would replace fits: create the missing tables")
          .append(" as the baseline does, then resolve ").append(baseline.version())
          .append(" --applied.");
    }
    throw new AccordionException(message.toString());
  }

  /**
   * Refuses to apply {@code migration}, which is not a baseline and never ran here, while the
   * database has a table it creates or a column it adds: made outside Accordion, such as what
   * Hibernate's {@code ddl-auto} made for a mapping an earlier Accordion left out and this one
   * maps.
   */
  static void refuseCreatingExisting(Session session, MigrationFile migration)
      throws SQLException {
    List<String> found = new ArrayList<>();
    existing(session, createdTables(migration)).forEach(table -> found.add("table " + table));
    for (String statement : migration.ddl()) {
      Matcher add = ADD_COLUMN.matcher(statement);
      if (add.find() && columnExists(session, unquoted(add, "table"), unquoted(add, "column"))) {
        found.add("column " + unquoted(add, "table") + "." + unquoted(add, "column"));
      }
    }
    if (found.isEmpty()) {
      return;
    }
    throw new AccordionException("This database already has " + String.join(", ", found)
        + ", which " + migration.fileName() + " creates: made outside Accordion (by Hibernate's"
        + " ddl-auto for a mapping an earlier Accordion left out, or by hand). Nothing of this"
        + " migration was applied. If what the database has is what the migration creates"
        + " (compare them, or let Hibernate validate it), take its CREATE TABLE or ADD COLUMN out"
        + " of the migration, which may be edited until it is applied, and migrate again;"
        + " otherwise rename or drop what the database has.");
  }

  private static boolean columnExists(Session session, String table, String column)
      throws SQLException {
    try (Statement statement = session.connection().createStatement();
        ResultSet rows = statement.executeQuery(session.dialect().existingColumnQuery(
            literal(table), literal(column)))) {
      return rows.next() && rows.getInt(1) > 0;
    }
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * Refuses to record {@code baseline}, which never ran here, as applied unless the database has
   * every table it creates.
   */
  static void requireEveryTable(Session session, MigrationFile baseline) throws SQLException {
    List<String> created = createdTables(baseline);
    Set<String> existing = existing(session, created);
    List<String> missing = created.stream().filter(t -> !existing.contains(t)).toList();
    if (!missing.isEmpty()) {
      throw new AccordionException("Refusing to resolve " + baseline.fileName() + " as applied:"
          + " this database lacks " + String.join(", ", missing) + ", which it creates."
          + (existing.isEmpty() ? " It has none of its tables: migrate applies it."
              : " Create them as the baseline does, then resolve it again."));
    }
  }
}
