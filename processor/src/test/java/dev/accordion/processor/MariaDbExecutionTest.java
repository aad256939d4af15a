package dev.accordion.processor;

/** The seeds' releases on MariaDB (ACCORDION_MARIADB_URL, default the local test database). */
class MariaDbExecutionTest extends ServerExecutionTest {
  MariaDbExecutionTest() {
    super(ServerDatabase.MARIADB);
  }
}
