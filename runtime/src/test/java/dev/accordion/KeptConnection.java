package dev.accordion;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A data source that hands out one open connection and ignores {@code close}, so a test can read
 * the session settings Accordion left on it, as the next user of a pooled connection would.
 */
final class KeptConnection {

  private KeptConnection() {}

  static DataSource dataSource(Connection connection) {
    Connection kept = (Connection) Proxy.newProxyInstance(KeptConnection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return (DataSource) Proxy.newProxyInstance(KeptConnection.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            return kept;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  /** The first column of the first row of {@code query}, such as a session setting, as text. */
  static String read(Connection connection, String query) {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      return result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }
}
