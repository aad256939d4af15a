package dev.accordion.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The one connection a command works on, with its dialect. Opening puts the connection in
 * auto-commit (transactions are begun explicitly); closing restores what it was and closes it.
 */
final class Session implements AutoCloseable {

  private final Connection connection;
  private final Dialect dialect;
  private final boolean autoCommitBefore;
  private final SqlCloseable sessionSettings;

  private Session(Connection connection, Dialect dialect, boolean autoCommitBefore,
      SqlCloseable sessionSettings) {
    this.connection = connection;
    this.dialect = dialect;
    this.autoCommitBefore = autoCommitBefore;
    this.sessionSettings = sessionSettings;
  }

  /** Told the dialect as soon as it is known, before the session's settings are made. */
  interface DialectKnown {
    void dialect(Dialect dialect);
  }

  static Session open(DataSource dataSource, String dialectOverride, DialectKnown whenKnown)
      throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      Dialect dialect = Dialect.of(connection, dialectOverride);
      whenKnown.dialect(dialect);
      boolean autoCommitBefore = connection.getAutoCommit();
      connection.setAutoCommit(true);
      return new Session(connection, dialect, autoCommitBefore, dialect.prepareSession(connection));
    } catch (SQLException | RuntimeException e) {
      closeAfterFailure(connection, e);
      throw e;
    }
  }

  Connection connection() {
    return connection;
  }

  Dialect dialect() {
    return dialect;
  }

  /** Runs {@code work} in a write transaction: committed if it returns, rolled back if it throws. */
  <T> T inWriteTransaction(SqlWork<T> work) throws SQLException {
    dialect.beginWrite(connection);
    try {
      T result = work.run();
      dialect.commit(connection);
      return result;
    } catch (Throwable failure) {
      rollbackAfter(failure);
      throw failure;
    }
  }

  /** The single number a {@code SELECT COUNT(*)} returns. */
  long count(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      if (!result.next()) {
        throw new SQLException("expected one row with a count, got no row: " + sql);
      }
      return result.getLong(1);
    }
  }

  /** What a query found: how many rows, and the first few as {@code column=value, ...}. */
  record Found(long count, List<String> first) {}

  /** Runs {@code sql} and describes up to {@code shown} of its rows. */
  Found find(String sql, int shown) throws SQLException {
    List<String> first = new ArrayList<>();
    long count = 0;
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData columns = result.getMetaData();
      while (result.next()) {
        count++;
        if (first.size() < shown) {
          first.add(describe(result, columns));
        }
      }
    }
    return new Found(count, List.copyOf(first));
  }

  /** The first {@code limit} rows of {@code sql}, each as {@code column=value, ...}. */
  List<String> firstRows(String sql, int limit) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(limit);
      try (ResultSet result = statement.executeQuery(sql)) {
        ResultSetMetaData columns = result.getMetaData();
        while (rows.size() < limit && result.next()) {
          rows.add(describe(result, columns));
        }
      }
    }
    return List.copyOf(rows);
  }

  private static String describe(ResultSet row, ResultSetMetaData columns) throws SQLException {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= columns.getColumnCount(); i++) {
      values.add(columns.getColumnLabel(i) + "=" + row.getString(i));
    }
    return String.join(", ", values);
  }

  private void rollbackAfter(Throwable failure) {
    try {
      dialect.rollback(connection);
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public void close() throws SQLException {
    try (connection) {
      sessionSettings.close();
      connection.setAutoCommit(autoCommitBefore);
    }
  }

  private static void closeAfterFailure(Connection connection, Exception failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
