package dev.accordion.internal;

import dev.accordion.internal.BackfillSection.KeyType;
import dev.accordion.internal.NamedParameters.BoundValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * A table walked in key ranges by a backfill section's first statement, on {@code connection}:
 * the backfill fills one range per batch, the verification counts one range per statement.
 */
record KeyWalk(Connection connection, BackfillSection backfill) {

  /** The walk's first key: the smallest value of the key's type. */
  String start() {
    return backfill.start();
  }

  /** The last key of the {@code size} keys from {@code from} on, or null when there is none. */
  String lastKeyOf(String from, int size) throws SQLException {
    NamedParameters query = backfill.nextBatchEnd();
    try (PreparedStatement statement = connection.prepareStatement(query.jdbcSql())) {
      query.bind(statement, Map.of(
          "from", key(from),
          "batch", (s, i) -> s.setInt(i, size)));
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next() || result.getObject(1) == null) {
          return null;
        }
        return backfill.keyType() == KeyType.INTEGER
            ? Long.toString(result.getLong(1))
            : result.getString(1);
      }
    }
  }

  /**
   * The smallest key above {@code done}, or null: the first key from {@code done} on, unless
   * that is {@code done} itself (still there), then the second. A key deleted since it was done
   * is not there, and the first key found is the next.
   */
  String keyAfter(String done) throws SQLException {
    String first = lastKeyOf(done, 1);
    if (first == null || !first.equals(done)) {
      return first;
    }
    String second = lastKeyOf(done, 2);
    return second == null || second.equals(done) ? null : second;
  }

  /** {@code statement} with {@code :from} and {@code :upto} bound to a range of the walk. */
  PreparedStatement prepareRange(NamedParameters statement, String from, String upto)
      throws SQLException {
    PreparedStatement prepared = connection.prepareStatement(statement.jdbcSql());
    try {
      statement.bind(prepared, Map.of("from", key(from), "upto", key(upto)));
      return prepared;
    } catch (SQLException | RuntimeException e) {
      prepared.close();
      throw e;
    }
  }

  private BoundValue key(String value) {
    return backfill.keyType() == KeyType.INTEGER
        ? (statement, index) -> statement.setLong(index, Long.parseLong(value))
        : (statement, index) -> statement.setString(index, value);
  }
}
