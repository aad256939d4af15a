package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import dev.accordion.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A rolling deploy as it happens, of an application whose releases make every kind of
 * transition at once (a copy, a value map, a widening, a converter, a combine, a split, a table
 * rename, a link moved to the other side and a link become a join table: the reshapings of
 * {@link RolloutInstance#RESHAPINGS} put together). Each application
 * instance is a JVM of its own with a pool of its own ({@link RolloutInstance}); two instances
 * write all along:
 *
 * <ol>
 *   <li>both run release 1;
 *   <li>instance B is replaced by release 2, whose boot applies the expands and backfills them;
 *       while that backfill is held after a batch, instance A, still release 1, restarts;
 *   <li>the deploy is rolled back: B runs release 1 again, beside A;
 *   <li>and forward again: A, then B, run release 2;
 *   <li>release 3: A is replaced (its boot defers the contracts), B, the last release 2, is
 *       retired, {@code complete} applies the contracts, and B comes back as release 3.
 * </ol>
 *
 * No write fails in any instance (a deadlock's victim, SQLSTATE 40001, is retried as
 * applications do, and counted), and afterwards every row holds what was last written to it.
 */
class RolloutTest {

  private static final int SEEDED = 1_000;
  private static final long BOOT_SECONDS = 120;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void instancesRestartRollBackAndForwardAndNoWriteFails(TestDatabase database) throws Exception {
    try (TestDatabase.Fresh fresh = database.fresh(temp)) {
      Path migrations = temp.resolve("migrations");
      List<Release> releases = new ArrayList<>();
      List<Path> files = new ArrayList<>();
      for (int number = 1; number <= 3; number++) {
        releases.add(Release.compile("release" + number, sources(number), migrations,
            "2026010" + number + "120000", temp.resolve("build")));
        files.add(snapshot(migrations, database, number));
      }
      Accordion.builder().dataSource(fresh.dataSource()).directory(files.get(0)).build().migrate();
      Map<String, Map<Long, String>> seeded = seed(releases.get(0), fresh.dataSource(), database);
      Rollout rollout = new Rollout(database, fresh.url(), files);
      rollout.own("a", 0, seeded);
      rollout.own("b", 1, seeded);

      Instance a = rollout.start("a", 1, false);
      Instance b = rollout.start("b", 1, false);
      a.awaitServing();
      b.awaitServing();
      Thread.sleep(300);

      // Release 2 replaces B; A, release 1, restarts while B's boot is backfilling.
      b = rollout.replace(b, 2, true);
      b.awaitBackfill();
      a = rollout.replace(a, 1, false);
      a.awaitServing();
      assertFalse(b.booted(), "instance a restarted while b's boot was backfilling");
      Files.createFile(b.plan().releaseFile());
      b.awaitServing();
      Thread.sleep(300);

      // Rolled back: every instance on release 1 (B restarts after the backfill); then forward.
      b = rollout.replace(b, 1, false);
      b.awaitServing();
      Thread.sleep(300);
      a = rollout.replace(a, 2, false);
      a.awaitServing();
      b = rollout.replace(b, 2, false);
      b.awaitServing();
      Thread.sleep(300);

      // Release 3, contracts deferred until the last release 2 instance is retired.
      a = rollout.replace(a, 3, false);
      a.awaitServing();
      Thread.sleep(300);
      rollout.stop(b);
      StatusReport completed = Accordion.builder().dataSource(fresh.dataSource())
          .directory(files.get(2)).build().complete();
      assertTrue(completed.pending().isEmpty(), completed.render());
      assertEquals(9, completed.appliedByThisCall().size(), completed.render());
      b = rollout.start("b", 3, false);
      b.awaitServing();
      Thread.sleep(300);
      rollout.stop(a);
      rollout.stop(b);

      int rows = 0;
      for (String workload : RolloutInstance.workloads()) {
        Map<Long, String> expected = new TreeMap<>(RolloutInstance.read(rollout.state("a", workload)));
        expected.putAll(RolloutInstance.read(rollout.state("b", workload)));
        assertEveryRowAsLastWritten(releases.get(2), fresh.dataSource(), database, workload,
            expected);
        rows += expected.size();
      }
      System.out.printf("Rollout on %s: %d instance starts (release 1 restarted during the "
              + "backfill, one rollback), %d writes, %d deadlocks retried, %d rows as last "
              + "written%n", database, rollout.starts, rollout.writes, rollout.retried, rows);
    }
  }

  /** The application's release {@code number}: its reshapings' entities of that release. */
  private Path sources(int number) throws IOException {
    Path root = temp.resolve("sources").resolve("release" + number);
    for (String reshaping : RolloutInstance.RESHAPINGS) {
      Path from = Reshaping.SOURCES.resolve(reshaping).resolve("release" + number);
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          Path to = root.resolve(from.relativize(file).toString());
          Files.createDirectories(to.getParent());
          Files.copy(file, to);
        }
      }
    }
    return root;
  }

  /** The migration files release {@code number} ships, copied apart from those of later ones. */
  private Path snapshot(Path migrations, TestDatabase database, int number) throws IOException {
    Path root = temp.resolve("files" + number);
    Path folder = Files.createDirectories(root.resolve(database.folder()));
    try (Stream<Path> files = Files.list(migrations.resolve(database.folder()))) {
      for (Path file : files.toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    return root;
  }

  /** {@link #SEEDED} rows of each entity written by release 1's code; per entity, id to value. */
  private static Map<String, Map<Long, String>> seed(Release release, DataSource dataSource,
      TestDatabase database) throws Exception {
    Map<String, Map<Long, String>> seeded = new TreeMap<>();
    Random random = new Random(7);
    try (SessionFactory sessions = release.sessionFactory(dataSource, database.hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      for (var entity : RolloutInstance.MAPPINGS.entrySet()) {
        seeded.put(entity.getKey(), Reshaping.seed(session, release, entity.getKey(),
            entity.getValue().apply(release), SEEDED, random));
      }
      Map<Long, String> links = new TreeMap<>();
      LinkMoveLifecycleTest.seed(session, release, SEEDED)
          .forEach((account, profile) -> links.put(account, profile.toString()));
      seeded.put(RolloutInstance.LINK, links);
      Map<Long, String> posts = new TreeMap<>();
      OneToManyLifecycleTest.seed(session, release, SEEDED).forEach((post, authors) ->
          posts.put(post, RolloutInstance.joinText(authors.iterator().next(), authors)));
      seeded.put(RolloutInstance.JOIN, posts);
      transaction.commit();
    }
    return seeded;
  }

  /**
   * Every row of {@code workload}, read by {@code release}'s Hibernate mapping, as expected: an
   * entity's reshaped fields, an account's profile, a post's authors.
   */
  private static void assertEveryRowAsLastWritten(Release release, DataSource dataSource,
      TestDatabase database, String workload, Map<Long, String> expected) throws Exception {
    Map<Long, String> actual = new TreeMap<>();
    try (SessionFactory sessions = release.sessionFactory(dataSource, database.hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      ReshapingRelease code = new ReshapingRelease(release);
      LinkRelease2 links = new LinkRelease2(release);
      JoinRelease2 joins = new JoinRelease2(release);
      for (Object row : session.createQuery("from " + workload, release.type(workload)).list()) {
        actual.put(code.id(row), switch (workload) {
          case RolloutInstance.LINK -> String.valueOf(links.profileId(row));
          case RolloutInstance.JOIN -> RolloutInstance.joinText(null, Set.of());
          default -> RolloutInstance.MAPPINGS.get(workload).apply(release).read(row);
        });
      }
      if (workload.equals(RolloutInstance.JOIN)) {
        // Only the authors outlive the old link: compare them alone.
        Map<Long, Set<Long>> authors = new TreeMap<>();
        for (Object pair : session.createQuery("from PostAuthor", release.type("PostAuthor")).list()) {
          authors.computeIfAbsent(joins.postId(pair), p -> new TreeSet<>())
              .add(joins.authorId(pair));
        }
        authors.forEach((post, set) -> actual.put(post, RolloutInstance.joinText(null, set)));
        expected = new TreeMap<>(expected);
        expected.replaceAll((post, value) -> "-" + value.substring(value.indexOf('|')));
      }
    }
    Reshaping.assertSameRows(workload + " on " + database, expected, actual);
    assertTrue(expected.size() > SEEDED, workload + ": the instances inserted rows too");
  }

  /** The instances of one rollout, their state files and what they reported. */
  private final class Rollout {
    private final TestDatabase database;
    private final String url;
    private final List<Path> files;
    private final Path states;
    int starts;
    long writes;
    long retried;

    Rollout(TestDatabase database, String url, List<Path> files) throws IOException {
      this.database = database;
      this.url = url;
      this.files = files;
      this.states = Files.createDirectories(temp.resolve("states"));
    }

    Path state(String slot, String entity) {
      return states.resolve(slot + "-" + entity + ".state");
    }

    /** Instance {@code slot} owns the seeded rows whose id has parity {@code parity}. */
    void own(String slot, int parity, Map<String, Map<Long, String>> seeded) throws IOException {
      for (var entity : seeded.entrySet()) {
        Map<Long, String> owned = new TreeMap<>();
        entity.getValue().forEach((id, value) -> {
          if (id % 2 == parity) {
            owned.put(id, value);
          }
        });
        RolloutInstance.write(state(slot, entity.getKey()), owned);
      }
    }

    Instance start(String slot, int release, boolean holdBackfill) throws IOException {
      RolloutInstance.Plan plan = new RolloutInstance.Plan(release,
          temp.resolve("sources").resolve("release" + release),
          temp.resolve("build").resolve("release" + release).resolve("classes"),
          files.get(release - 1), database, url, states, slot, 1L + starts, holdBackfill);
      Files.deleteIfExists(plan.stopFile());
      Files.deleteIfExists(plan.releaseFile());
      starts++;
      Path log = temp.resolve("instance-" + slot + "-" + starts + "-release" + release + ".log");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // A short-lived instance starts faster without the optimising compiler.
          "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"), RolloutInstance.class.getName()));
      command.addAll(plan.arguments());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      return new Instance(slot, release, plan, process, log);
    }

    Instance replace(Instance old, int release, boolean holdBackfill) throws Exception {
      stop(old);
      return start(old.slot(), release, holdBackfill);
    }

    /** Stops an instance as a deploy does (it finishes its write and exits), checking its writes. */
    void stop(Instance instance) throws Exception {
      Files.createFile(instance.plan().stopFile());
      if (!instance.process().waitFor(BOOT_SECONDS, TimeUnit.SECONDS)) {
        instance.process().destroyForcibly();
        fail(instance + " did not stop:\n" + instance.output());
      }
      String output = instance.output();
      assertEquals(0, instance.process().exitValue(), instance + " failed:\n" + output);
      String summary = output.lines().filter(l -> l.startsWith("WROTE ")).findFirst()
          .orElseThrow(() -> new AssertionError(instance + " reported nothing:\n" + output));
      String[] words = summary.split(" ");
      assertTrue(Long.parseLong(words[1]) > 0, instance + " wrote nothing:\n" + output);
      writes += Long.parseLong(words[1]);
      retried += Long.parseLong(words[3]);
    }
  }

  private record Instance(String slot, int release, RolloutInstance.Plan plan, Process process,
      Path log) {

    String output() throws IOException {
      return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Whether its boot's migrate returned. */
    boolean booted() throws IOException {
      return output().lines().anyMatch(l -> l.startsWith("BOOTED "));
    }

    /** Waits until its boot migrated and each of its writers committed a write. */
    void awaitServing() throws Exception {
      await("SERVING", "did not start serving");
    }

    /** Waits until its boot is backfilling. */
    void awaitBackfill() throws Exception {
      await("INFO: Backfilling ", "did not start a backfill");
    }

    private void await(String linePrefix, String failure) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOOT_SECONDS);
      while (output().lines().noneMatch(l -> l.startsWith(linePrefix))) {
        if (!process.isAlive()) {
          fail(this + " exited:\n" + output());
        }
        if (System.nanoTime() > deadline) {
          fail(this + " " + failure + ":\n" + output());
        }
        Thread.sleep(20);
      }
    }

    @Override
    public String toString() {
      return "instance " + slot + " (release " + release + ", " + log.getFileName() + ")";
    }
  }
}
