package dev.accordion.processor;

import dev.accordion.testing.ServerDatabase;

/** The seeds' releases on PostgreSQL (ACCORDION_POSTGRES_URL, default the local test database). */
class PostgresExecutionTest extends ServerExecutionTest {
  PostgresExecutionTest() {
    super(ServerDatabase.postgres());
  }
}
