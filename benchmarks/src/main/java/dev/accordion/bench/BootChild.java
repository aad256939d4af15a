package dev.accordion.bench;

import dev.accordion.Accordion;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One boot in a fresh JVM: {@code accordion|flyway <url> <directory>} runs that tool's migrate
 * on the directory's files and prints {@code RESULT <nanoseconds> <migrations applied>}. The
 * JDBC driver and the data source are ready before the clock starts, as in an application that
 * opened its pool; loading the tool's own classes is part of the boot.
 */
public final class BootChild {

  private BootChild() {}

  public static void main(String[] args) throws Exception {
    String tool = args[0];
    String url = args[1];
    Path directory = Path.of(args[2]);
    DataSource dataSource = Databases.dataSource(url);
    dataSource.getConnection().close();

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
