package dev.accordion.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/** The command line's data source keeps its settings to itself, not in DriverManager's globals. */
class DriverManagerDataSourceTest {

  @Test
  void logWriterAndLoginTimeoutStayOnTheInstance() {
    PrintWriter globalWriter = DriverManager.getLogWriter();
    int globalTimeout = DriverManager.getLoginTimeout();
    PrintWriter writer = new PrintWriter(new StringWriter());
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource("jdbc:sqlite::memory:", null, null);
    try {
      dataSource.setLogWriter(writer);
      dataSource.setLoginTimeout(globalTimeout + 7);

      assertSame(writer, dataSource.getLogWriter());
      assertEquals(globalTimeout + 7, dataSource.getLoginTimeout());
      assertSame(globalWriter, DriverManager.getLogWriter());
      assertEquals(globalTimeout, DriverManager.getLoginTimeout());
    } finally {
      DriverManager.setLogWriter(globalWriter);
      DriverManager.setLoginTimeout(globalTimeout);
    }
  }
}
