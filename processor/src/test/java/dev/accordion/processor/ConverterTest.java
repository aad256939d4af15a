package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.release;
import static dev.accordion.processor.Resources.text;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transform a value map cannot say: whole cents to euros, with a Java converter for the
 * accessors and one SQL expression per direction for the backfill, triggers and verification.
 */
class ConverterTest {

  private static final String R1 = "20260201120000";
  private static final String R2 = "20260202120000";
  private static final String EXPAND = "V20260202120000_1__expand_Product_priceEuros.sql";

  @TempDir Path dir;

  private static Compilation compile(Path migrations, String timestamp, List<JavaFileObject> sources) {
    return Compiler.javac()
        .withProcessors(new AccordionProcessor())
        .withOptions("-Aaccordion.migrations=" + migrations, "-Aaccordion.timestamp=" + timestamp)
        .compile(sources);
  }

  @Test
  void converterExpandRendersItsSqlAndCallsTheConverterInTheAccessor() throws Exception {
    Path migrations = dir.resolve("migrations");
    assertThat(compile(migrations, R1, release("converter/r1"))).succeededWithoutWarnings();

    Compilation expand = compile(migrations, R2, release("converter/r2"));

    assertThat(expand).succeededWithoutWarnings();
    assertThat(Files.readString(migrations.resolve("sqlite/" + EXPAND)))
        .isEqualTo(text("expected/converter/" + EXPAND));
    assertThat(expand.generatedSourceFile("dev.accordion.shop.ProductAccessors").orElseThrow()
            .getCharContent(false).toString())
        .isEqualTo(text("expected/converter/ProductAccessors.java.txt"));
  }

  @Test
  void converterSqlKeepsBothColumnsInStepOnSqlite() throws Exception {
    Path migrations = dir.resolve("migrations");
    assertThat(compile(migrations, R1, release("converter/r1"))).succeeded();
    assertThat(compile(migrations, R2, release("converter/r2"))).succeeded();
    String baseline = Files.readString(migrations.resolve("sqlite/V20260201120000_1__baseline.sql"));
    String expandFile = Files.readString(migrations.resolve("sqlite/" + EXPAND));

    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
        Statement sql = db.createStatement()) {
      run(sql, section(baseline, "ddl"));
      sql.execute("INSERT INTO \"Product\" (\"name\", \"priceCents\") VALUES ('before', 1999)");
      run(sql, section(expandFile, "ddl"));

      // An instance of release 1 writes cents only; one of release 2 could write euros only.
      sql.execute("INSERT INTO \"Product\" (\"name\", \"priceCents\") VALUES ('old writer', 250)");
      sql.execute("INSERT INTO \"Product\" (\"name\", \"priceEuros\") VALUES ('new writer', 7.5)");
      sql.execute("UPDATE \"Product\" SET \"priceCents\" = 1234 WHERE \"name\" = 'before'");
      assertThat(pair(sql, "old writer")).isEqualTo("250 2.5");
      assertThat(pair(sql, "new writer")).isEqualTo("750 7.5");
      assertThat(pair(sql, "before")).isEqualTo("1234 12.34");

      String update = section(expandFile, "backfill").lines().toList().get(1)
          .replace(":after", String.valueOf(Long.MIN_VALUE)).replace(":upto", String.valueOf(Long.MAX_VALUE));
      sql.execute(update.substring(0, update.length() - 1));
      String verify = section(expandFile, "verify").trim();
      try (ResultSet rs = sql.executeQuery(verify.substring(0, verify.length() - 1))) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(0);
      }
    }
  }

  private static String pair(Statement sql, String name) throws SQLException {
    try (ResultSet rs = sql.executeQuery(
        "SELECT \"priceCents\", \"priceEuros\" FROM \"Product\" WHERE \"name\" = '" + name + "'")) {
      rs.next();
      return rs.getLong(1) + " " + rs.getDouble(2);
    }
  }

  /** The text of one {@code -- accordion:<name>} section, up to the next section. */
  private static String section(String file, String name) {
    int start = file.indexOf("-- accordion:" + name);
    int body = file.indexOf('\n', start) + 1;
    int end = file.indexOf("\n-- accordion:", body);
    return file.substring(body, end < 0 ? file.length() : end);
  }

  /** Statements end with ';' at a line end; a trigger's body ends with 'END;'. */
  private static void run(Statement sql, String section) throws SQLException {
    StringBuilder statement = new StringBuilder();
    boolean inTrigger = false;
    for (String line : section.lines().toList()) {
      statement.append(line).append('\n');
      inTrigger |= line.startsWith("CREATE TRIGGER");
      boolean ends = inTrigger ? line.equals("END;") : line.endsWith(";");
      if (ends) {
        sql.execute(statement.toString());
        statement.setLength(0);
        inTrigger = false;
      }
    }
  }
}
