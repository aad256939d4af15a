package dev.accordion.sample;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A SQLite database's structure as Hibernate depends on it, read back from SQLite itself: per
 * table, its columns (name, type affinity, NOT NULL, primary key position), its indexes (columns
 * and uniqueness; names differ between generators) and its foreign keys. Accordion's own tables
 * are left out.
 */
record SqliteSchema(TreeMap<String, TableShape> tables) {

  record TableShape(
      TreeMap<String, ColumnShape> columns, TreeSet<String> indexes, TreeSet<String> foreignKeys) {}

  record ColumnShape(String affinity, boolean notNull, int primaryKeyPosition) {}

  static SqliteSchema read(Connection connection) throws SQLException {
    TreeMap<String, TableShape> tables = new TreeMap<>();
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    + " AND name NOT LIKE 'accordion_%'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    for (String table : names) {
      tables.put(table, table(connection, table));
    }
    return new SqliteSchema(tables);
  }

  private static TableShape table(Connection connection, String table) throws SQLException {
    TreeMap<String, ColumnShape> columns = new TreeMap<>();
    TreeSet<String> indexes = new TreeSet<>();
    TreeSet<String> foreignKeys = new TreeSet<>();
    String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
    try (Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("PRAGMA table_info(" + quoted + ")")) {
        while (rs.next()) {
          columns.put(
              rs.getString("name"),
              new ColumnShape(affinity(rs.getString("type")), rs.getInt("notnull") == 1, rs.getInt("pk")));
        }
      }
      List<String[]> indexList = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery("PRAGMA index_list(" + quoted + ")")) {
        while (rs.next()) {
          indexList.add(new String[] {rs.getString("name"), rs.getString("unique"), rs.getString("origin")});
        }
      }
      for (String[] index : indexList) {
        if (index[2].equals("pk")) {
          continue; // the primary key is compared through the columns
        }
        List<String> indexColumns = new ArrayList<>();
        try (ResultSet rs =
            statement.executeQuery("PRAGMA index_info(\"" + index[0].replace("\"", "\"\"") + "\")")) {
          while (rs.next()) {
            indexColumns.add(rs.getString("name"));
          }
        }
        indexes.add((index[1].equals("1") ? "unique " : "") + indexColumns);
      }
      try (ResultSet rs = statement.executeQuery("PRAGMA foreign_key_list(" + quoted + ")")) {
        while (rs.next()) {
          foreignKeys.add(rs.getString("from") + " -> " + rs.getString("table") + "." + rs.getString("to"));
        }
      }
    }
    return new TableShape(columns, indexes, foreignKeys);
  }

  /** SQLite's rules for a declared type's affinity (section 3.1 of its datatype documentation). */
  static String affinity(String declared) {
    String type = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
    if (type.contains("INT")) {
      return "INTEGER";
    }
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
      return "TEXT";
    }
    if (type.contains("BLOB") || type.isEmpty()) {
      return "BLOB";
    }
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
      return "REAL";
    }
    return "NUMERIC";
  }
}
