package dev.accordion.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialectNameTest {

  @Test
  void aDriversProductNameOrAWordNamesItsDialect() {
    assertEquals(Optional.of(DialectName.SQLITE), DialectName.ofProduct("SQLite"));
    assertEquals(Optional.of(DialectName.POSTGRESQL), DialectName.ofProduct("PostgreSQL"));
    assertEquals(Optional.of(DialectName.MYSQL), DialectName.ofProduct("MySQL"));
    assertEquals(Optional.of(DialectName.MYSQL), DialectName.ofProduct("MariaDB"));
    assertEquals(Optional.of(DialectName.MYSQL), DialectName.ofProduct("mysql"));
    assertEquals(Optional.empty(), DialectName.ofProduct("H2"));
  }

  @Test
  void onlyTheExactWordIsADialect() {
    assertEquals(Optional.of(DialectName.POSTGRESQL), DialectName.fromWord("postgresql"));
    assertEquals(Optional.empty(), DialectName.fromWord("PostgreSQL"));
    assertEquals(Optional.empty(), DialectName.fromWord("mariadb"));
    assertEquals("sqlite, postgresql, mysql", DialectName.words());
  }
}
