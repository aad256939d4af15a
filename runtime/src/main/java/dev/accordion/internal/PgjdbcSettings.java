package dev.accordion.internal;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The settings of PostgreSQL's JDBC driver (pgjdbc) that decide whether a statement it prepared
 * before a schema change fails after it, read through {@code org.postgresql.PGConnection} by
 * reflection: the runtime has no dependency on the driver.
 *
 * @param autosave {@code never} (the driver's default), {@code conservative} or {@code always}
 * @param prepareThreshold executions on a connection after which a statement is prepared on the
 *     server; 0 never prepares there
 * @param preferQueryMode {@code simple} prepares nothing on the server
 */
record PgjdbcSettings(String autosave, int prepareThreshold, String preferQueryMode) {

  private static final String CONNECTION_INTERFACE = "org.postgresql.PGConnection";

  /**
   * Whether a server-prepared statement whose result a schema change reshaped fails the
   * application's transaction. PostgreSQL refuses to run it ("cached plan must not change result
   * type"); outside a transaction pgjdbc prepares it again and retries by itself, inside one only
   * with {@code autosave}, which sets a savepoint to return to first.
   */
  boolean failsStatementsPreparedBeforeDdl() {
    return autosave.equals("never") && prepareThreshold != 0 && !preferQueryMode.equals("simple");
  }

  /** The settings of {@code connection}, or null when it is not pgjdbc's or they cannot be read. */
  static PgjdbcSettings of(Connection connection) {
    for (ClassLoader loader : new ClassLoader[] {connection.getClass().getClassLoader(),
        Thread.currentThread().getContextClassLoader(), PgjdbcSettings.class.getClassLoader()}) {
      Class<?> pgConnection = load(loader);
      if (pgConnection == null) {
        continue;
      }
      try {
        if (!connection.isWrapperFor(pgConnection)) {
          continue;
        }
        Object driverConnection = connection.unwrap(pgConnection);
        return new PgjdbcSettings(
            enumName(call(pgConnection, "getAutosave", driverConnection)),
            (Integer) call(pgConnection, "getPrepareThreshold", driverConnection),
            enumName(call(pgConnection, "getPreferQueryMode", driverConnection)));
      } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
        return null; // an older driver or a wrapper that hides it: nothing to say
      }
    }
    return null;
  }

  private static Class<?> load(ClassLoader loader) {
    if (loader == null) {
      return null;
    }
    try {
      return Class.forName(CONNECTION_INTERFACE, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static Object call(Class<?> type, String method, Object target)
      throws ReflectiveOperationException {
    Method getter = type.getMethod(method);
    return getter.invoke(target);
  }

  /** {@code EXTENDED_FOR_PREPARED} as {@code extended_for_prepared}. */
  private static String enumName(Object constant) {
    return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
  }
}
