package dev.accordion.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteDataSource;

/**
 * A real SQLite file in a test's temporary folder, {@code <folder>/test.db}, and the migration
 * files staged next to it in {@code <folder>/migrations/sqlite}.
 */
public class SqliteDatabase extends Database {

  private final Path folder;
  private final Path migrations;
  private final SQLiteDataSource dataSource;

  public SqliteDatabase(Path folder) {
    this.folder = folder;
    this.migrations = folder.resolve("migrations");
    this.dataSource = new SQLiteDataSource();
    dataSource.setUrl(url());
  }

  public Path folder() {
    return folder;
  }

  public String url() {
    return "jdbc:sqlite:" + folder.resolve("test.db");
  }

  public SQLiteDataSource dataSource() {
    return dataSource;
  }

  @Override
  public String dialect() {
    return "sqlite";
  }

  @Override
  public Path migrations() {
    return migrations;
  }

  @Override
  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public SqliteDatabase write(String fileName, String text) {
    super.write(fileName, text);
    return this;
  }

  @Override
  public SqliteDatabase stage(String... fileNames) {
    super.stage(fileNames);
    return this;
  }

  @Override
  public boolean tableExists(String table) throws SQLException {
    return count("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + table
        + "'") == 1;
  }

  @Override
  public boolean columnExists(String table, String column) throws SQLException {
    return rows("PRAGMA table_info(" + quote(table) + ")").stream()
        .anyMatch(row -> column.equals(row.get("name")));
  }

  @Override
  public String quote(String identifier) {
    return "\"" + identifier + "\"";
  }

  /** Inserts rows {@code 1..count} with {@code bio = 'bio <id>'} into {@code Profile}. */
  public void seedProfiles(int count) throws SQLException {
    seedProfiles("Profile", count);
  }
}
