package dev.accordion.processor;

/** The seeds' releases on PostgreSQL (ACCORDION_POSTGRES_URL, default the local test database). */
class PostgresExecutionTest extends ServerExecutionTest {
  PostgresExecutionTest() {
    super(ServerDatabase.POSTGRESQL);
  }
}
