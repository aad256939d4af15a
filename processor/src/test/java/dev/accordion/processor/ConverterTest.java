package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertGolden;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import org.sqlite.SQLiteDataSource;
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

  @Test
  void converterExpandRendersItsSqlAndCallsTheConverterInTheAccessor() throws Exception {
    Path migrations = dir.resolve("migrations");
    assertThat(Compile.into(migrations).at(R1).release("converter/r1")).succeededWithoutWarnings();

    Compilation expand = Compile.into(migrations).at(R2).release("converter/r2");

    assertThat(expand).succeededWithoutWarnings();
    assertGolden(Files.readString(migrations.resolve("sqlite/" + EXPAND)), "expected/converter/" + EXPAND);
    assertGolden(expand.generatedSourceFile("dev.accordion.shop.ProductAccessors").orElseThrow()
            .getCharContent(false).toString(), "expected/converter/ProductAccessors.java.txt");
  }

  @Test
  void converterSqlKeepsBothColumnsInStepOnSqlite() throws Exception {
    Path migrations = dir.resolve("migrations");
    assertThat(Compile.into(migrations).at(R1).release("converter/r1")).succeeded();
    SQLiteDataSource shop = new SQLiteDataSource();
    shop.setUrl("jdbc:sqlite:" + dir.resolve("shop.db"));
    Accordion.builder().dataSource(shop).directory(migrations).build().migrate();
    try (Connection db = shop.getConnection(); Statement sql = db.createStatement()) {
      sql.execute("INSERT INTO \"Product\" (\"name\", \"priceCents\") VALUES ('before', 1999)");
    }

    assertThat(Compile.into(migrations).at(R2).release("converter/r2")).succeeded();
    Accordion.builder().dataSource(shop).directory(migrations).build().migrate();

    try (Connection db = shop.getConnection(); Statement sql = db.createStatement()) {
      assertThat(pair(sql, "before")).isEqualTo("1999 19.99"); // backfilled
      // An instance of release 1 writes cents only; one of the contract release euros only.
      sql.execute("INSERT INTO \"Product\" (\"name\", \"priceCents\") VALUES ('old writer', 250)");
      sql.execute("INSERT INTO \"Product\" (\"name\", \"priceEuros\") VALUES ('new writer', 7.5)");
      sql.execute("UPDATE \"Product\" SET \"priceCents\" = 1234 WHERE \"name\" = 'before'");
      assertThat(pair(sql, "old writer")).isEqualTo("250 2.5");
      assertThat(pair(sql, "new writer")).isEqualTo("750 7.5");
      assertThat(pair(sql, "before")).isEqualTo("1234 12.34");
    }
    StatusReport report = Accordion.builder().dataSource(shop).directory(migrations).build().verify();
    assertThat(report.migration(R2 + ".1").orElseThrow().verification().mismatches()).isEqualTo(0);
  }

  private static String pair(Statement sql, String name) throws SQLException {
    try (ResultSet rs = sql.executeQuery(
        "SELECT \"priceCents\", \"priceEuros\" FROM \"Product\" WHERE \"name\" = '" + name + "'")) {
      rs.next();
      return rs.getLong(1) + " " + rs.getDouble(2);
    }
  }
}
