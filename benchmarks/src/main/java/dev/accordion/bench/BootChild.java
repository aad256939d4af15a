package dev.accordion.bench;

import dev.accordion.Accordion;
import java.nio.file.Path;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * One boot in a fresh JVM: {@code accordion|flyway <url> <directory>} runs that tool's migrate
 * on the directory's files and prints {@code RESULT <nanoseconds> <migrations applied>}. The
 * JDBC driver and a connection pool (HikariCP, two idle connections) are ready before the clock
 * starts, as in an application that opened its pool; loading the tool's own classes, and its
 * queries on connections the driver has not run a statement on yet, are part of the boot.
 */
public final class BootChild {

  private BootChild() {}

  public static void main(String[] args) throws Exception {
    String tool = args[0];
    String url = args[1];
    Path directory = Path.of(args[2]);
    HikariConfig config = new HikariConfig();
    config.setDataSource(Databases.dataSource(url));
    config.setMinimumIdle(2);
    config.setMaximumPoolSize(4);
    HikariDataSource dataSource = new HikariDataSource(config);
    dataSource.getConnection().close();
    while (dataSource.getHikariPoolMXBean().getIdleConnections() < 2) {
      Thread.sleep(5); // the pool fills in the background; not while the clock runs
    }

    long start = System.nanoTime();
    int applied;
    if (tool.equals("accordion")) {
      applied = Accordion.builder().dataSource(dataSource).directory(directory).build().migrate()
          .appliedByThisCall().size();
    } else {
      applied = Flyway.configure().dataSource(dataSource)
          .locations("filesystem:" + directory.resolve("flyway")).load().migrate()
          .migrationsExecuted;
    }
    long elapsed = System.nanoTime() - start;
    System.out.println("RESULT " + elapsed + " " + applied);
  }
}
