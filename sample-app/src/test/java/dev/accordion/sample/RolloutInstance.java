package dev.accordion.sample;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import dev.accordion.testing.TestDatabase;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;

/**
 * One application instance of one release, in a JVM of its own, as a rolling deploy starts it:
 * a HikariCP pool, Accordion's migrate at boot (contracts deferred, as on servers), then
 * Hibernate writing the rows the instance owns, one writer per reshaped part, until its stop
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

  /**
   * Besides those, a link moved to the other side (Profile.accountId to Account.profileId) and a
   * link that becomes a join table (Post.authorId to PostAuthor), keyed by the entity whose rows
   * an instance owns.
   */
  static final String LINK = "Account";
  static final String JOIN = "Post";

  /** The reshapings whose releases, put together, make the application's releases. */
  static final List<String> RESHAPINGS = List.of("copy-map", "type-change", "combine-split",
      "table-rename", "link-move", "one-to-many");

  /** What every instance writes: the mapped entities, the link and the join. */
  static List<String> workloads() {
    List<String> names = new ArrayList<>(MAPPINGS.keySet());
    names.add(LINK);
    names.add(JOIN);
    return names;
  }

  /** A writer started on one workload's rows, and how to read back what it recorded, as text. */
  private record Running(WriterThread writer, Supplier<Map<Long, String>> state) {}

  /**
   * Starts the writer of {@code workload} on the rows of {@code state} (id to value as text;
   * for the join, "link|author,author").
   */
  private static Running start(String workload, Release release, SessionFactory sessions,
      Map<Long, String> state, long seed) {
    boolean first = release.name().endsWith("release1");
    List<Long> owned = state.keySet().stream().sorted().toList();
    if (workload.equals(LINK)) {
      Map<Long, Long> links = new ConcurrentHashMap<>();
      state.forEach((account, profile) -> links.put(account, Long.parseLong(profile)));
      return new Running(new LinkWriter(release, !first, sessions, links, owned, seed), () -> {
        Map<Long, String> text = new TreeMap<>();
        links.forEach((account, profile) -> text.put(account, profile.toString()));
        return text;
      });
    }
    if (workload.equals(JOIN)) {
      Map<Long, Set<Long>> authors = new ConcurrentHashMap<>();
      Map<Long, Long> links = new ConcurrentHashMap<>();
      state.forEach((post, value) -> {
        String[] parts = value.split("\\|", -1);
        if (!parts[0].equals("-")) {
          links.put(post, Long.parseLong(parts[0]));
        }
        Set<Long> set = new TreeSet<>();
        for (String author : parts[1].split(",")) {
          if (!author.isEmpty()) {
            set.add(Long.parseLong(author));
          }
        }
        authors.put(post, set);
      });
      return new Running(new JoinWriter(release, !first, sessions, authors, links, owned, seed),
          () -> {
            Map<Long, String> text = new TreeMap<>();
            authors.forEach((post, set) -> text.put(post, joinText(links.get(post), set)));
            return text;
          });
    }
    Map<Long, String> rows = new ConcurrentHashMap<>(state);
    return new Running(new EntityWriter(release, workload, sessions,
        MAPPINGS.get(workload).apply(release), rows, owned, seed), () -> rows);
  }

  /** A post's state as text: its link ("-" for none), then its authors. */
  static String joinText(Long link, Set<Long> authors) {
    return (link == null ? "-" : link) + "|" + authors.stream().sorted().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(","));
  }

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
        Map<String, Running> running = new LinkedHashMap<>();
        for (String workload : workloads()) {
          running.put(workload, start(workload, release, sessions, read(plan.state(workload)),
              plan.seed() * 31 + running.size()));
        }
        List<WriterThread> writers = running.values().stream().map(Running::writer).toList();
        writers.forEach(WriterThread::start);
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
        for (WriterThread writer : writers) {
          writes += writer.stop(); // throws what a write failed on
          retried += writer.deadlocksRetried();
        }
        for (var workload : running.entrySet()) {
          write(plan.state(workload.getKey()), workload.getValue().state().get());
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
    config.setMaximumPoolSize(workloads().size() + 1);
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
