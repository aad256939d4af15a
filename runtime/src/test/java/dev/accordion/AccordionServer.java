package dev.accordion;

import dev.accordion.internal.DriverManagerDataSource;
import dev.accordion.testing.Server;
import dev.accordion.testing.ServerDatabase;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * test-support's {@link ServerDatabase} (a PostgreSQL schema or MariaDB database per test) with
 * what needs the runtime: its data source and an Accordion for it. Register it on an instance
 * field: {@code @RegisterExtension final AccordionServer db = AccordionServer.postgres();}
 */
final class AccordionServer extends ServerDatabase {

  private AccordionServer(Server server) {
    super(server);
  }

  public static AccordionServer postgres() {
    return new AccordionServer(Server.POSTGRESQL);
  }

  public static AccordionServer mariadb() {
    return new AccordionServer(Server.MARIADB);
  }

  DataSource dataSource() {
    return new DriverManagerDataSource(url(), null, null);
  }

  /** Batches keep each file's size, so tests can count them. */
  Accordion.Builder accordion() {
    return Accordion.builder().dataSource(dataSource()).directory(migrations())
        .backfillBatchTime(Duration.ZERO);
  }

  @Override
  public AccordionServer write(String fileName, String text) {
    super.write(fileName, text);
    return this;
  }
}
