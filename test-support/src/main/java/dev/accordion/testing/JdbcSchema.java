package dev.accordion.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A database's structure as JDBC metadata reports it, in the terms Hibernate's mapping depends on:
 * per table its columns (type, length, precision and scale, nullability), primary key, indexes and
 * unique constraints (by columns: generators name them differently), foreign keys (columns and
 * referenced table and columns); and the sequences. Accordion's own tables are left out. Two
 * schemas are equal when an application cannot tell them apart through Hibernate or plain SQL,
 * short of the {@link HibernateDifferences} made on purpose.
 */
public record JdbcSchema(TreeMap<String, Table> tables, TreeMap<String, String> sequences) {

  public record Table(
      TreeMap<String, Column> columns,
      List<String> primaryKey,
      TreeSet<String> indexes,
      TreeSet<String> foreignKeys) {

    void compare(String name, Table actual, TestDatabase database, List<String> lines) {
      compareKeys("column " + name + ".", columns.keySet(), actual.columns.keySet(), lines);
      columns.forEach((column, shape) -> {
        Column other = actual.columns.get(column);
        boolean key = primaryKey.equals(List.of(column));
        if (other != null && !HibernateDifferences.sameColumn(database, shape, other, key)) {
          lines.add(name + "." + column + ": " + shape + ", but " + other);
        }
      });
      if (!primaryKey.equals(actual.primaryKey)) {
        lines.add(name + " primary key: " + primaryKey + ", but " + actual.primaryKey);
      }
      if (!HibernateDifferences.sameIndexes(database, indexes, actual.indexes)) {
        lines.add(name + " indexes: " + indexes + ", but " + actual.indexes);
      }
      if (!HibernateDifferences.sameForeignKeys(database, foreignKeys, actual.foreignKeys)) {
        lines.add(name + " foreign keys: " + foreignKeys + ", but " + actual.foreignKeys);
      }
    }
  }

  /** {@code type} is the database's type name with the parameters that matter to it. */
  public record Column(String type, boolean nullable) {
    @Override
    public String toString() {
      return type + (nullable ? " null" : " not null");
    }
  }

  /**
   * Every way {@code actual} differs from this schema, one line each, e.g.
   * {@code post.title: varchar(255) null, but varchar(80) not null}; empty when equal.
   */
  public List<String> differencesFrom(JdbcSchema actual, TestDatabase database) {
    List<String> lines = new ArrayList<>();
    compareKeys("table", HibernateDifferences.ownTables(tables.keySet(), database),
        actual.tables.keySet(), lines);
    tables.forEach((name, table) -> {
      Table other = actual.tables.get(name);
      if (other != null) {
        table.compare(name, other, database, lines);
      }
    });
    if (!sequences.equals(actual.sequences)) {
      lines.add("sequences: " + sequences + ", but " + actual.sequences);
    }
    return lines;
  }

  private static void compareKeys(String what, java.util.Set<String> expected,
      java.util.Set<String> actual, List<String> lines) {
    for (String name : expected) {
      if (!actual.contains(name)) {
        lines.add(what + " " + name + " is missing");
      }
    }
    for (String name : actual) {
      if (!expected.contains(name)) {
        lines.add(what + " " + name + " is extra");
      }
    }
  }

  public static JdbcSchema read(Connection connection, TestDatabase database) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String catalog = database == TestDatabase.MARIADB ? connection.getCatalog() : null;
    String schema = database == TestDatabase.POSTGRESQL ? "public" : null;
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.startsWith("accordion_") && !name.startsWith("sqlite_")) {
          names.add(name);
        }
      }
    }
    TreeMap<String, Table> tables = new TreeMap<>();
    for (String name : names) {
      tables.put(name, table(meta, catalog, schema, name, database));
    }
    return new JdbcSchema(tables, sequences(connection, database));
  }

  /** Each foreign key of {@code table} as {@code [columns] -> table[columns]}. */
  private static TreeSet<String> foreignKeys(DatabaseMetaData meta, String catalog, String schema,
      String table) throws SQLException {
    TreeMap<String, TreeMap<Short, String[]>> keys = new TreeMap<>();
    try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
      while (rs.next()) {
        keys.computeIfAbsent(rs.getString("FK_NAME") + "/" + rs.getString("PKTABLE_NAME"),
                k -> new TreeMap<>())
            .put(rs.getShort("KEY_SEQ"), new String[] {
                rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"),
                rs.getString("PKCOLUMN_NAME")});
      }
    }
    TreeSet<String> foreignKeys = new TreeSet<>();
    for (TreeMap<Short, String[]> parts : keys.values()) {
      List<String> from = parts.values().stream().map(p -> p[0]).toList();
      List<String> to = parts.values().stream().map(p -> p[2]).toList();
      foreignKeys.add(from + " -> " + parts.firstEntry().getValue()[1] + to);
    }
    return foreignKeys;
  }

  /**
   * SQLite's foreign keys, from the pragma: its driver names none, so two of one table's foreign
   * keys to the same table would read as one through the metadata.
   */
  private static TreeSet<String> sqliteForeignKeys(Connection connection, String table)
      throws SQLException {
    TreeMap<Integer, List<String[]>> keys = new TreeMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('"
                + table.replace("'", "''") + "') ORDER BY id, seq")) {
      while (rs.next()) {
        keys.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
            .add(new String[] {rs.getString(3), rs.getString(2), rs.getString(4)});
      }
    }
    TreeSet<String> foreignKeys = new TreeSet<>();
    for (List<String[]> parts : keys.values()) {
      String target = parts.get(0)[1];
      // REFERENCES t with no column list points at t's primary key; the pragma gives no names.
      List<String> to = parts.get(0)[2] != null ? parts.stream().map(p -> p[2]).toList()
          : sqlitePrimaryKey(connection, target);
      foreignKeys.add(parts.stream().map(p -> p[0]).toList() + " -> " + target + to);
    }
    return foreignKeys;
  }

  private static List<String> sqlitePrimaryKey(Connection connection, String table)
      throws SQLException {
    List<String> key = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT name FROM pragma_table_info('"
            + table.replace("'", "''") + "') WHERE pk > 0 ORDER BY pk")) {
      while (rs.next()) {
        key.add(rs.getString(1));
      }
    }
    return key;
  }

  private static Table table(DatabaseMetaData meta, String catalog, String schema, String table,
      TestDatabase database) throws SQLException {
    TreeMap<String, Column> columns = new TreeMap<>();
    try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
      while (rs.next()) {
        columns.put(rs.getString("COLUMN_NAME"), new Column(
            type(rs, database), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
      }
    }
    TreeMap<Short, String> key = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
      while (rs.next()) {
        key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    List<String> primaryKey = List.copyOf(key.values());
    TreeMap<String, TreeMap<Short, String>> indexColumns = new TreeMap<>();
    Map<String, Boolean> unique = new TreeMap<>();
    try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
      while (rs.next()) {
        String index = rs.getString("INDEX_NAME");
        if (index == null || rs.getString("COLUMN_NAME") == null) {
          continue; // table statistics, not an index
        }
        indexColumns.computeIfAbsent(index, i -> new TreeMap<>())
            .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
        unique.put(index, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    TreeSet<String> indexes = new TreeSet<>();
    indexColumns.forEach((index, byPosition) -> {
      List<String> on = List.copyOf(byPosition.values());
      if (unique.get(index) && on.equals(primaryKey)) {
        return; // the primary key's own index
      }
      indexes.add((unique.get(index) ? "unique " : "") + on);
    });
    TreeSet<String> foreignKeys = database == TestDatabase.SQLITE
        ? sqliteForeignKeys(meta.getConnection(), table)
        : foreignKeys(meta, catalog, schema, table);
    return new Table(columns, primaryKey, indexes, foreignKeys);
  }

  /**
   * The column's type as the database keeps it: on SQLite its affinity (SQLite stores by
   * affinity and ignores a declared length); elsewhere the type name with its length, precision
   * and scale, or fractional seconds, where the type takes them.
   */
  private static String type(ResultSet column, TestDatabase database) throws SQLException {
    String name = column.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
    if (database == TestDatabase.SQLITE) {
      return affinity(name);
    }
    return switch (column.getInt("DATA_TYPE")) {
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY ->
          name + "(" + column.getInt("COLUMN_SIZE") + ")";
      case Types.NUMERIC, Types.DECIMAL ->
          name + "(" + column.getInt("COLUMN_SIZE") + "," + column.getInt("DECIMAL_DIGITS") + ")";
      case Types.TIME, Types.TIMESTAMP, Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE ->
          name + "(" + column.getInt("DECIMAL_DIGITS") + ")";
      default -> name;
    };
  }

  /** SQLite's rules for a declared type's affinity (section 3.1 of its data type page). */
  private static String affinity(String declared) {
    String type = declared.toUpperCase(Locale.ROOT);
    if (type.contains("INT")) {
      return "INTEGER";
    }
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
      return "TEXT";
    }
    if (type.isEmpty() || type.contains("BLOB")) {
      return "BLOB";
    }
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
      return "REAL";
    }
    return "NUMERIC";
  }

  /** Each sequence with its increment: what Hibernate's pooled generators depend on. */
  private static TreeMap<String, String> sequences(Connection connection, TestDatabase database)
      throws SQLException {
    TreeMap<String, String> sequences = new TreeMap<>();
    String query = switch (database) {
      case SQLITE -> null;
      case POSTGRESQL -> "SELECT sequence_name, start_value || ' by ' || increment"
          + " FROM information_schema.sequences WHERE sequence_schema = 'public'";
      case MARIADB -> "SELECT table_name, '' FROM information_schema.tables"
          + " WHERE table_schema = DATABASE() AND table_type = 'SEQUENCE'";
    };
    if (query == null) {
      return sequences;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(query)) {
      while (rs.next()) {
        sequences.put(rs.getString(1), rs.getString(2));
      }
    }
    if (database == TestDatabase.MARIADB) {
      for (String sequence : List.copyOf(sequences.keySet())) {
        try (Statement statement = connection.createStatement();
            ResultSet rs = statement.executeQuery(
                "SELECT start_value, increment FROM `" + sequence + "`")) {
          rs.next();
          sequences.put(sequence, rs.getLong(1) + " by " + rs.getLong(2));
        }
      }
    }
    return sequences;
  }
}
