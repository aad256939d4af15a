package dev.accordion.bench;

import dev.accordion.Accordion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Filling a new column of a large table ({@code doubled = amount * 2}) three ways while a writer
 * keeps updating random rows: Accordion's batched backfill (its runtime, a migration file as the
 * processor writes it, the default batch and pause), one {@code UPDATE}, and the row-by-row loop
 * of the seeds (read every row, update each, one transaction). Reports each method's total time
 * and the writer's worst and 99th-percentile latency. Accordion's backfill runs once more beside
 * a writer at full speed (no pause between its transactions), where a backfill must still get
 * its turn at the lock.
 */
final class BackfillBenchmark {

  private final Mode mode;
  private final Databases databases;
  private final Path scratch;

  BackfillBenchmark(Mode mode, Databases databases, Path scratch) {
    this.mode = mode;
    this.databases = databases;
    this.scratch = scratch;
  }

  /** One method's run: its total time and what the writer saw meanwhile. */
  record Run(long nanos, List<Long> writes) {
    String writer() {
      return "worst " + Stats.ms(Stats.max(writes)) + ", p99 " + Stats.ms(Stats.percentile(writes, 99));
    }
  }

  List<Figure> run() throws Exception {
    List<Figure> figures = new ArrayList<>();
    int rows = mode.backfillRows();
    String count = String.format(java.util.Locale.ROOT, "%,d", rows);
    for (String kind : List.of("sqlite", "postgresql")) {
      String label = Databases.label(kind);
      double goal = kind.equals("sqlite") ? 3.0 : 1.5;
      Run accordion = measure(kind, "accordion", rows, false);
      Run statement = measure(kind, "statement", rows, false);
      Run loop = measure(kind, "loop", rows, false);
      Run busy = measure(kind, "accordion", rows, true);
      double total = (double) accordion.nanos() / statement.nanos();
      figures.add(new Figure("Backfill " + count + " rows (" + label + "): total time",
          "Accordion " + Stats.ms(accordion.nanos()) + ", one UPDATE " + Stats.ms(statement.nanos())
              + ", row loop " + Stats.ms(loop.nanos()) + ": **" + Stats.ratio(total)
              + " of the UPDATE**",
          "within " + Stats.ratio(goal) + " of one UPDATE", total <= goal));
      figures.add(new Figure("Backfill " + count + " rows (" + label + "): vs the row loop",
          "Accordion " + Stats.ms(accordion.nanos()) + ", row loop " + Stats.ms(loop.nanos())
              + ": **" + Stats.ratio((double) loop.nanos() / accordion.nanos()) + " faster**",
          "faster than the loop", accordion.nanos() < loop.nanos()));
      figures.add(new Figure("Backfill " + count + " rows (" + label + "): a writer's latency",
          "during Accordion: **" + accordion.writer() + "**; one UPDATE: " + statement.writer()
              + "; row loop: " + loop.writer(),
          "worst under 100 ms", Stats.max(accordion.writes()) < 100e6));
      double slower = (double) busy.nanos() / accordion.nanos();
      figures.add(new Figure("Backfill " + count + " rows (" + label + "): a writer at full speed",
          "Accordion " + Stats.ms(busy.nanos()) + ", **" + Stats.ratio(slower) + " of its time "
              + "beside the paced writer**; the writer (" + busy.writes().size() + " writes): "
              + busy.writer(),
          "within 4x, worst under 100 ms", slower <= 4 && Stats.max(busy.writes()) < 100e6));
    }
    return figures;
  }

  private Run measure(String kind, String method, int rows, boolean fullSpeed) throws Exception {
    String url = databases.fresh(kind, "bench_backfill");
    load(url, rows);
    AtomicBoolean stop = new AtomicBoolean();
    List<Long> writes = new ArrayList<>();
    Thread writer = new Thread(() -> write(url, rows, fullSpeed, stop, writes), "writer");
    writer.start();
    Thread.sleep(200);
    long start = System.nanoTime();
    switch (method) {
      case "accordion" -> accordion(url);
      case "statement" -> statement(url);
      default -> loop(url);
    }
    long nanos = System.nanoTime() - start;
    stop.set(true);
    writer.join();
    try (Connection connection = DriverManager.getConnection(url)) {
      long wrong = Databases.count(connection,
          "SELECT COUNT(*) FROM items WHERE doubled IS NULL OR doubled <> amount * 2");
      if (wrong != 0) {
        throw new IllegalStateException(method + " left " + wrong + " rows unfilled on " + kind);
      }
    }
    synchronized (writes) {
      return new Run(nanos, List.copyOf(writes));
    }
  }

  private static void load(String url, int rows) throws Exception {
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement()) {
      // The key as Accordion's baseline declares a generated Long id: on SQLite that is an
      // INTEGER primary key, the rowid itself, so key ranges are read from the table directly.
      sql.execute("CREATE TABLE items (id " + (sqlite ? "INTEGER" : "BIGINT") + " PRIMARY KEY,"
          + " amount INTEGER NOT NULL, doubled INTEGER, note VARCHAR(40))");
      if (sqlite) {
        sql.execute("PRAGMA journal_mode=WAL");
        sql.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
            + rows + ") INSERT INTO items (id, amount) SELECT i, i % 1000 FROM n");
        // Otherwise the first commit during the run copies the load's log into the database.
        sql.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      } else {
        sql.execute("INSERT INTO items (id, amount) SELECT g, g % 1000 FROM generate_series(1, "
            + rows + ") AS g");
        sql.execute("VACUUM ANALYZE items");
      }
    }
  }

  /** The expand migration's backfill as the processor writes it (batch 1000, the default). */
  private void accordion(String url) throws Exception {
    Path directory = scratch.resolve("backfill-migrations");
    String dialect = url.startsWith("jdbc:sqlite:") ? "sqlite" : "postgresql";
    Path folder = directory.resolve(dialect);
    Files.createDirectories(folder);
    try (var old = Files.list(folder)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    Files.writeString(folder.resolve("V1__expand_items_doubled.sql"), """
        -- accordion:migration kind=expand transition=items.doubled

        -- accordion:backfill batch=1000 key-type=integer start=-9223372036854775808
        SELECT MAX("id") FROM (SELECT "id" FROM "items" WHERE "id" >= :from ORDER BY "id" LIMIT :batch) AS "batch_keys";
        UPDATE "items" SET "doubled" = "amount" * 2 WHERE "id" >= :from AND "id" <= :upto AND "doubled" IS NULL;
        """);
    Accordion.builder().dataSource(Databases.dataSource(url)).directory(directory).build()
        .migrate();
  }

  private static void statement(String url) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement()) {
      sql.executeUpdate("UPDATE items SET doubled = amount * 2");
    }
  }

  /**
   * The seeds' loop: every row read, then each updated, in one transaction. On SQLite the
   * transaction takes the write lock first ({@code BEGIN IMMEDIATE}), or a write by another
   * connection between the read and the first update fails it (SQLITE_BUSY_SNAPSHOT).
   */
  private static void loop(String url) throws Exception {
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    try (Connection connection = DriverManager.getConnection(
        sqlite ? url + "?transaction_mode=IMMEDIATE" : url)) {
      connection.setAutoCommit(false);
      List<long[]> all = new ArrayList<>();
      try (Statement sql = connection.createStatement();
          ResultSet rows = sql.executeQuery("SELECT id, amount FROM items")) {
        while (rows.next()) {
          all.add(new long[] {rows.getLong(1), rows.getLong(2)});
        }
      }
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE items SET doubled = ? WHERE id = ?")) {
        for (long[] row : all) {
          update.setLong(1, row[1] * 2);
          update.setLong(2, row[0]);
          update.executeUpdate();
        }
      }
      connection.commit();
    }
  }

  /**
   * Updates random rows, one short transaction each, recording how long each took: 2 ms apart,
   * or back to back at {@code fullSpeed}.
   */
  private static void write(String url, int rows, boolean fullSpeed, AtomicBoolean stop,
      List<Long> writes) {
    Random random = new Random(42);
    try (Connection connection = DriverManager.getConnection(url)) {
      if (url.startsWith("jdbc:sqlite:")) {
        try (Statement sql = connection.createStatement()) {
          sql.execute("PRAGMA busy_timeout = 60000");
        }
      }
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE items SET note = ? WHERE id = ?")) {
        while (!stop.get()) {
          update.setString(1, "note " + random.nextInt(1000));
          update.setLong(2, 1 + random.nextInt(rows));
          long start = System.nanoTime();
          update.executeUpdate();
          long took = System.nanoTime() - start;
          synchronized (writes) {
            writes.add(took);
          }
          if (!fullSpeed) {
            Thread.sleep(2);
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("the writer failed", e);
    }
  }
}
