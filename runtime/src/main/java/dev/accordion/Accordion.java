package dev.accordion;

import dev.accordion.internal.Migrator;
import dev.accordion.internal.Options;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Applies the migrations the Accordion processor generated, at application boot.
 *
 * <pre>{@code
 * Accordion.migrate(dataSource);                       // at boot, before the app uses the database
 *
 * Accordion accordion = Accordion.builder().dataSource(dataSource).build();
 * accordion.complete();                                // after the rollout, on server databases
 * System.out.println(accordion.status());
 * }</pre>
 *
 * <p>Each call takes one connection from the data source and gives it back as it found it.
 * Every call publishes what it read to {@link Transitions}.
 */
public final class Accordion {

  private final Migrator migrator;

  private Accordion(Options options) {
    this.migrator = new Migrator(options);
  }

  /** Applies pending migrations with the default options; see {@link #migrate()}. */
  public static StatusReport migrate(DataSource dataSource) {
    return builder().dataSource(dataSource).build().migrate();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Applies pending migrations in version order, runs their backfills and verifications, and
   * resumes any backfill or verification an earlier run left unfinished. Contracts are applied
   * only if {@link Builder#contractsAtBoot(boolean)}. Refuses, changing nothing, if an applied
   * file changed or is missing. With nothing to do, it reads the history table once and returns.
   *
   * @throws AccordionException naming the migration file and what to do next
   */
  public StatusReport migrate() {
    return migrator.migrate();
  }

  /**
   * Does what {@link #migrate()} does and applies pending contracts too: run it once every
   * instance runs the release that no longer uses what the contracts drop. Refuses a contract
   * while its transition's verification is not zero. The report lists what was dropped.
   */
  public StatusReport complete() {
    return migrator.complete();
  }

  /** Runs every applied migration's verification again and records the results. */
  public StatusReport verify() {
    return migrator.verify();
  }

  /**
   * Records how a migration that failed where DDL cannot be rolled back (MySQL, MariaDB) was
   * repaired, as {@code prisma migrate resolve}: {@link Resolution#APPLIED} once its remaining
   * statements were run by hand, {@link Resolution#ROLLED_BACK} once the statements that ran
   * were undone by hand (the next migrate applies it again from the start). The failure stays on
   * record either way, and {@link #status()} shows it. {@link Resolution#APPLIED} also records a
   * migration that ran here and lost its history row, which {@code migrate} refuses to apply
   * twice once its footprint shows it in the schema.
   *
   * @param version the migration's version, e.g. {@code 20261101090000.1}
   * @throws AccordionException when that migration is neither recorded as failed nor missing
   *     its row with its footprint in the schema
   */
  public StatusReport resolve(String version, Resolution resolution) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(resolution, "resolution");
    return migrator.resolve(version, resolution);
  }

  /** Reports every migration, backfill and verification; changes nothing. */
  public StatusReport status() {
    return migrator.status();
  }

  /** Options for {@link Accordion}; only the data source is required. */
  public static final class Builder {

    private DataSource dataSource;
    private String location = "db/accordion";
    private ClassLoader classLoader;
    private Path directory;
    private Boolean contractsAtBoot;
    private Duration backfillPause = Duration.ofMillis(1);
    private Duration backfillBatchTime; // null: the database's default
    private String dialect;
    private Integer batchSizeOverride;
    private Consumer<BackfillProgress> afterBatch = progress -> { };
    private String target;
    private Duration lockWait = Duration.ofMinutes(10);
    private Duration lockTimeout = Duration.ofSeconds(2);
    private int lockRetries = 10;
    private int connectionRetries = 5;

    private Builder() {}

    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * The class path folder holding {@code <dialect>/index.list} and the files it names; default
     * {@code db/accordion}, where the processor writes them.
     */
    public Builder location(String classpathRoot) {
      this.location = Objects.requireNonNull(classpathRoot, "classpathRoot");
      return this;
    }

    /** The class loader to read {@link #location(String)} with; default the thread's context one. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
      return this;
    }

    /**
     * Reads {@code <directory>/<dialect>/V*.sql} instead of the class path: the source tree's
     * files, for the command line and tests.
     */
    public Builder directory(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Whether {@link #migrate()} applies contracts. Default: true on SQLite, where one process
     * owns the database; false elsewhere, where older instances may still use what a contract
     * drops, so contracts wait for {@link #complete()}.
     */
    public Builder contractsAtBoot(boolean contractsAtBoot) {
      this.contractsAtBoot = contractsAtBoot;
      return this;
    }

    /** The pause between backfill batches, which lets a waiting SQLite writer in; default 1 ms. */
    public Builder backfillPause(Duration pause) {
      if (pause.isNegative()) {
        throw new IllegalArgumentException("backfillPause must not be negative: " + pause);
      }
      this.backfillPause = pause;
      return this;
    }

    /** {@code sqlite}, {@code postgresql} or {@code mysql}; default: the connected database's. */
    public Builder dialect(String dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * About how long each backfill batch (one transaction) should take; default 20 ms on SQLite
     * (a batch holds the whole database's write lock) and 25 ms on the servers. A batch
     * starts at the file's {@code batch=} rows; while batches finish in under half this time the
     * next one doubles, and one that takes longer halves the next. Writers waiting for a batch's
     * locks (on SQLite, for the database's one write lock) wait about this long at most, and a
     * large table takes a few hundred transactions rather than one per thousand rows.
     * {@code Duration.ZERO} keeps every batch at the file's size.
     */
    public Builder backfillBatchTime(Duration time) {
      if (time.isNegative()) {
        throw new IllegalArgumentException("backfillBatchTime must not be negative: " + time);
      }
      this.backfillBatchTime = time;
      return this;
    }

    /**
     * Rows per backfill batch for every backfill, instead of each file's {@code batch=}, and
     * fixed: batches are not sized by {@link #backfillBatchTime}.
     */
    public Builder batchSizeOverride(int rows) {
      if (rows <= 0) {
        throw new IllegalArgumentException("batchSizeOverride must be positive: " + rows);
      }
      this.batchSizeOverride = rows;
      return this;
    }

    /**
     * Called after each committed backfill batch. An exception thrown here stops the backfill as
     * a crash would (it propagates unchanged); the next migrate resumes after that batch. Batches
     * commit without waiting for the disk (SQLite in WAL mode, PostgreSQL), so after a power cut
     * the last batches reported here may be done again.
     */
    public Builder afterBatch(Consumer<BackfillProgress> afterBatch) {
      this.afterBatch = Objects.requireNonNull(afterBatch, "afterBatch");
      return this;
    }

    /**
     * Applies nothing newer than {@code version} (e.g. {@code 20261101090000.1}), as Flyway's
     * {@code target}: for bringing a database to an earlier release, as tests and demos do.
     */
    public Builder target(String version) {
      this.target = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * How long to wait for another instance that is migrating the same database (PostgreSQL's
     * advisory lock, MySQL's {@code GET_LOCK}) before giving up with an error; default 10 minutes.
     */
    public Builder lockWait(Duration wait) {
      if (wait.isNegative()) {
        throw new IllegalArgumentException("lockWait must not be negative: " + wait);
      }
      this.lockWait = wait;
      return this;
    }

    /**
     * PostgreSQL: how long a DDL or online statement may wait for a table lock
     * ({@code lock_timeout}) before its transaction is rolled back and tried again; default 2 s.
     * While DDL waits for its lock, every other query on the table queues behind it, so keep it
     * short.
     */
    public Builder lockTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("lockTimeout must be positive: " + timeout);
      }
      this.lockTimeout = timeout;
      return this;
    }

    /**
     * How many times DDL whose lock was not granted within {@link #lockTimeout(Duration)} is
     * tried again, after pauses growing from 100 ms to 5 s; default 10. Then migrate fails,
     * having applied nothing of that migration.
     */
    public Builder lockRetries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("lockRetries must not be negative: " + retries);
      }
      this.lockRetries = retries;
      return this;
    }

    /**
     * How many times a command whose connection was lost (a terminated backend, a server
     * restarting, a network cut) runs again with a new connection, after pauses doubling from
     * 1 s (1, 2, 4, 8, 16 s: about half a minute in all); default 5. Each try is logged. What
     * an attempt committed stays, and the next carries on from it.
     */
    public Builder connectionRetries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("connectionRetries must not be negative: " + retries);
      }
      this.connectionRetries = retries;
      return this;
    }

    public Accordion build() {
      if (dataSource == null) {
        throw new IllegalStateException("Accordion.builder() needs a dataSource(...)");
      }
      ClassLoader loader = classLoader != null ? classLoader : defaultClassLoader();
      return new Accordion(new Options(dataSource, location, loader, directory, contractsAtBoot,
          backfillPause, backfillBatchTime, dialect, batchSizeOverride, afterBatch,
          Transitions::publish, target,
          lockWait, lockTimeout, lockRetries, connectionRetries));
    }

    private static ClassLoader defaultClassLoader() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return context != null ? context : Accordion.class.getClassLoader();
    }
  }
}
