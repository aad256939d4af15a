package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.format.DialectName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * What PostgreSQL and MySQL share: many instances connect at once, so contracts wait for
 * {@code complete}; transactions are JDBC's; foreign keys are the DDL's business.
 */
abstract class ServerDialect implements Dialect {

  /** Between two tries of a lock another instance holds. */
  static final Duration LOCK_POLL = Duration.ofMillis(150);

  private final DialectName name;

  ServerDialect(DialectName name) {
    this.name = name;
  }

  @Override
  public final DialectName name() {
    return name;
  }

  @Override
  public boolean contractsAtBootByDefault() {
    return false;
  }

  @Override
  public SqlCloseable prepareSession(Connection connection) throws SQLException {
    return SqlCloseable.NOTHING;
  }

  /** SQLSTATE classes 21 (cardinality), 22 (data exception) and 23 (integrity constraint). */
  @Override
  public boolean isRowDataError(SQLException e) {
    String state = e.getSQLState();
    return state != null
        && (state.startsWith("21") || state.startsWith("22") || state.startsWith("23"));
  }

  @Override
  public void beginWrite(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
  }

  @Override
  public void commit(Connection connection) throws SQLException {
    try {
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
  }

  @Override
  public void rollback(Connection connection) throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.setAutoCommit(true);
    }
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Runs {@code sql} with {@code value} for its one parameter. */
  static void execute(Connection connection, String sql, String value) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, value);
      statement.execute();
    }
  }

  /** The first column of the first row of {@code query}: a setting's value. */
  static String firstValue(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      return result.getString(1);
    }
  }

  /**
   * Another instance held the migration lock, {@code lock}, for all of {@code wait}; whoever
   * holds it is found, by {@code session} as the database calls it, with {@code holderQuery}.
   */
  static AccordionException lockWaitExceeded(Duration wait, String lock, String session,
      String holderQuery) {
    return new AccordionException("Another instance has been migrating this database for "
        + "longer than lockWait (" + wait + "): it holds " + lock + ". Nothing was changed. "
        + "Start again once it is done, or raise Accordion.builder().lockWait(...). If no "
        + "instance is migrating, find the " + session + " that holds it with: " + holderQuery);
  }

  /** The {@code foreign-keys=off} rebuild is SQLite's; server DDL alters tables in place. */
  @Override
  public SqlCloseable foreignKeysOff(Connection connection) {
    return SqlCloseable.NOTHING;
  }

  @Override
  public List<String> foreignKeyViolations(Connection connection) {
    return List.of();
  }

  @Override
  public void prepareOnlineStatement(Connection connection, String statement) throws SQLException {}

  static void sleep(Duration pause, String waitingFor) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AccordionException("Interrupted while waiting for " + waitingFor
          + "; nothing was changed.", e);
    }
  }
}
