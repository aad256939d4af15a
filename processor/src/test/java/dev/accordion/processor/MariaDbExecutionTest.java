package dev.accordion.processor;

import dev.accordion.testing.ServerDatabase;

/** The seeds' releases on MariaDB (ACCORDION_MARIADB_URL, default the local test database). */
class MariaDbExecutionTest extends ServerExecutionTest {
  MariaDbExecutionTest() {
    super(ServerDatabase.mariadb());
  }
}
