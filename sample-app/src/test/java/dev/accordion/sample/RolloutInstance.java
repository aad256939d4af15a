package dev.accordion.sample;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hibernate.SessionFactory;

/**
 * One application instance of one release, in a JVM of its own, as a rolling deploy starts it:
 * a HikariCP pool, Accordion's migrate at boot (contracts deferred, as on servers), then
 * Hibernate writing the rows the instance owns, one writer per reshaped entity, until its stop
 * file appears. Its state (per entity, the rows it owns and the value each must end with) is
 * read from and written back to files, so the instance that replaces it carries on with the same
 * rows.
 *
 * <p>Prints {@code BOOTED} once its migrate returned, {@code SERVING} once every writer
 * committed a write and, when stopped, {@code WROTE <writes> RETRIED <deadlock retries>}; exits
 * 1, with the stack trace, on any failed boot or write.
 */
public final class RolloutInstance {

  /**
   * The application's reshaped entities, each with how its releases write it: a copy and a value
   * map (Ticket), a widening and a converter (Reading), a combine and a split (Person), and a
   * table rename (Subscriber to Member), from the reshapings of the same names.
   */
  static final Map<String, Function<Release, Mapping>> MAPPINGS = new LinkedHashMap<>();

  static {
    MAPPINGS.put("Ticket", CopyMapLifecycleTest::mapping);
    MAPPINGS.put("Reading", TypeChangeLifecycleTest::mapping);
    MAPPINGS.put("Person", CombineSplitLifecycleTest::mapping);
    MAPPINGS.put("Member", TableRenameLifecycleTest::mapping);
  }

  /** The reshapings whose releases, put together, make the application's releases. */
  static final List<String> RESHAPINGS =
      List.of("copy-map", "type-change", "combine-split", "table-rename");

  /** What the parent passes: {@link #arguments} and {@link #of} agree on the order. */
  record Plan(int release, Path sources, Path classes, Path migrations, TestDatabase database,
      String url, Path states, String slot, long seed, boolean holdBackfill) {

    List<String> arguments() {
      return List.of(Integer.toString(release), sources.toString(), classes.toString(),
          migrations.toString(), database.name(), url, states.toString(), slot,
          Long.toString(seed), Boolean.toString(holdBackfill));
    }

    static Plan of(String[] args) {
      return new Plan(Integer.parseInt(args[0]), Path.of(args[1]), Path.of(args[2]),
          Path.of(args[3]), TestDatabase.valueOf(args[4]), args[5], Path.of(args[6]), args[7],
          Long.parseLong(args[8]), Boolean.parseBoolean(args[9]));
    }

    Path state(String entity) {
      return states.resolve(slot + "-" + entity + ".state");
    }

    Path stopFile() {
      return states.resolve(slot + ".stop");
    }

    /** Lets a held backfill go on. */
    Path releaseFile() {
      return states.resolve(slot + ".release");
    }
  }

  private RolloutInstance() {}

  public static void main(String[] args) {
    try {
      run(Plan.of(args));
      System.exit(0);
    } catch (Throwable failure) {
      failure.printStackTrace(System.out);
      System.exit(1);
    }
  }

  private static void run(Plan plan) throws Exception {
    // Addresses are unique: each instance starts its own range.
    TableRenameLifecycleTest.ADDRESSES.set(plan.seed() * 1_000_000L);
    try (HikariDataSource pool = pool(plan)) {
      StatusReport booted = Accordion.builder().dataSource(pool).directory(plan.migrations())
          .contractsAtBoot(false)
          // The deploying instance's backfill waits after each batch until the parent, having
          // restarted another instance meanwhile, lets it go on.
          .batchSizeOverride(plan.holdBackfill() ? 20 : 1_000)
          .afterBatch(batch -> {
            while (plan.holdBackfill() && !Files.exists(plan.releaseFile())) {
              sleep(10);
            }
          })
          .build().migrate();
      System.out.println("BOOTED " + booted.appliedByThisCall().size());
      Release release = Release.load("release" + plan.release(), plan.sources(), plan.classes());
      try (SessionFactory sessions =
          release.sessionFactory(pool, plan.database().hibernateDialect(), "none")) {
        Map<String, Map<Long, String>> expected = new LinkedHashMap<>();
        List<EntityWriter> writers = new ArrayList<>();
        for (var entity : MAPPINGS.entrySet()) {
          Map<Long, String> rows = new ConcurrentHashMap<>(read(plan.state(entity.getKey())));
          expected.put(entity.getKey(), rows);
          writers.add(new EntityWriter(release, entity.getKey(), sessions,
              entity.getValue().apply(release), rows, rows.keySet().stream().sorted().toList(),
              plan.seed() * 31 + writers.size()));
        }
        writers.forEach(EntityWriter::start);
        while (writers.stream().anyMatch(w -> w.writes() == 0 && !w.failed())
            && !Files.exists(plan.stopFile())) {
          Thread.sleep(5);
        }
        System.out.println("SERVING");
        while (!Files.exists(plan.stopFile())) {
          Thread.sleep(20);
        }
        int writes = 0;
        int retried = 0;
        for (EntityWriter writer : writers) {
          writes += writer.stop(); // throws what a write failed on
          retried += writer.deadlocksRetried();
        }
        for (var rows : expected.entrySet()) {
          write(plan.state(rows.getKey()), rows.getValue());
        }
        System.out.println("WROTE " + writes + " RETRIED " + retried);
      }
    }
  }

  /**
   * One pool per instance, over the writers' data source; on PostgreSQL with pgjdbc's
   * {@code autosave=conservative}, which the README asks of every instance during a rollout.
   */
  private static HikariDataSource pool(Plan plan) {
    String url = plan.database() == TestDatabase.POSTGRESQL
        ? plan.url() + (plan.url().contains("?") ? "&" : "?") + "autosave=conservative"
        : plan.url();
    HikariConfig config = new HikariConfig();
    config.setDataSource(new TestDatabase.Fresh(plan.database(), url, () -> {}).writerDataSource());
    config.setMaximumPoolSize(MAPPINGS.size() + 1);
    config.setPoolName("instance-" + plan.slot() + "-release" + plan.release());
    return new HikariDataSource(config);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Row id, a tab, the value it must end with: one row per line. */
  static Map<Long, String> read(Path state) throws IOException {
    Map<Long, String> rows = new TreeMap<>();
    if (Files.exists(state)) {
      for (String line : Files.readAllLines(state, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        rows.put(Long.parseLong(line.substring(0, tab)), line.substring(tab + 1));
      }
    }
    return rows;
  }

  static void write(Path state, Map<Long, String> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    new TreeMap<>(rows).forEach((id, value) -> lines.add(id + "\t" + value));
    Path next = state.resolveSibling(state.getFileName() + ".next");
    Files.write(next, lines, StandardCharsets.UTF_8);
    Files.move(next, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
