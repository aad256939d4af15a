package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.Resolution;
import dev.accordion.StatusReport;
import dev.accordion.format.MigrationKind;
import dev.accordion.format.Versions;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The commands behind {@code Accordion}: each opens one session, does its work and reports. */
public final class Migrator {

  private final Options options;

  public Migrator(Options options) {
    this.options = options;
  }

  /** Applies pending migrations (contracts only if they run at boot), backfills and verifies. */
  public StatusReport migrate() {
    return apply(false);
  }

  /** Like {@link #migrate()}, and applies pending contracts too. */
  public StatusReport complete() {
    return apply(true);
  }

  /** Runs every applied migration's verification again. */
  public StatusReport verify() {
    return withSession("verify", (session, reader) -> {
      HistoryTable history = new HistoryTable(session);
      Ledger ledger = history.ledger(reader);
      List<MigrationFile> files = reader.files();
      ledger.validate();
      logNewerRelease(ledger);
      Verifier verifier = new Verifier(session, history);
      for (MigrationFile migration : ledger.migrations()) {
        if (migration.verify() != null && ledger.applied(migration)) {
          verifier.verify(migration, ledger.sibling(migration, MigrationKind.CONTRACT), true);
        }
      }
      return report(session, files, history, List.of());
    });
  }

  /** Reads without changing anything, not even creating the history table. */
  public StatusReport status() {
    return withSession("status", (session, reader) -> {
      Ledger ledger = new HistoryTable(session).ledger(reader);
      parsePending(ledger);
      return report(session, ledger, List.of()); // nothing changed, so the history read stands
    });
  }

  private static void logNewerRelease(Ledger ledger) {
    List<HistoryRow> newer = ledger.appliedByNewerRelease();
    if (!newer.isEmpty()) {
      Log.get().log(Level.WARNING, StatusReport.newerRelease(
          newer.stream().map(HistoryRow::script).toList()));
    }
  }

  /**
   * Parses the sections of every file not yet applied (contracts included), so a broken one
   * stops a boot or a status before anything changes; applied files are only checksummed.
   */
  private static void parsePending(Ledger ledger) {
    for (MigrationFile migration : ledger.migrations()) {
      if (!ledger.applied(migration)) {
        migration.body();
      }
    }
  }

  /**
   * Records how a failed migration was repaired by hand: applied (kept, with its error), or
   * rolled back (moved to the log, so the next migrate applies it again from the start).
   */
  @SuppressWarnings("try") // the lock is held by the try block and released when it closes
  public StatusReport resolve(String version, Resolution resolution) {
    // Not run again on a lost connection: the lost commit may have resolved it.
    return once("resolve", (session, reader) -> {
      HistoryTable history = new HistoryTable(session);
      List<MigrationFile> files = reader.files();
      String wanted = version.strip().replace('_', '.');
      MigrationFile file = files.stream()
          .filter(f -> Versions.ORDER.compare(f.version(), wanted) == 0)
          .findFirst().orElse(null);
      boolean adopting = file != null && file.kind() == MigrationKind.BASELINE
          && resolution == Resolution.APPLIED;
      if (!history.exists() && !adopting) {
        throw new AccordionException("Nothing to resolve: " + HistoryTable.TABLE + " does not "
            + "exist in this database, so no migration was ever applied or failed here.");
      }
      try (SqlCloseable lock = session.dialect().lockForMigration(session.connection(),
          options.lockWait())) {
        session.inWriteTransaction(() -> {
          history.createIfMissing();
          return null;
        });
        HistoryRow row = history.readAll().values().stream()
            .filter(r -> Versions.ORDER.compare(r.version(), wanted) == 0)
            .findFirst().orElse(null);
        if (row == null && adopting) {
          adopt(session, history, file);
          return report(session, files, history, List.of());
        }
        if (row == null && file != null && resolution == Resolution.APPLIED) {
          recordAppliedBefore(session, history, file);
          return report(session, files, history, List.of());
        }
        requireFailed(version, row, file);
        if (resolution == Resolution.APPLIED) {
          String checksum = file != null ? file.checksum() : row.checksum();
          session.inWriteTransaction(() -> {
            history.resolveApplied(row.version(), checksum);
            return null;
          });
        } else {
          history.createLogIfMissing();
          session.inWriteTransaction(() -> {
            history.resolveRolledBack(row.version());
            return null;
          });
        }
        Log.get().log(Level.INFO, "Resolved {0} as {1}", row.script(),
            resolution == Resolution.APPLIED ? "applied" : "rolled back");
      }
      return report(session, files, history, List.of());
    });
  }

  /**
   * Records {@code baseline}, which never ran here, as applied on a database made without
   * Accordion that has every table it creates: the application adopts Accordion on it.
   */
  private static void adopt(Session session, HistoryTable history, MigrationFile baseline)
      throws SQLException {
    Adoption.requireEveryTable(session, baseline);
    session.inWriteTransaction(() -> {
      if (history.read(baseline.version()) != null) {
        throw new AccordionException("Nothing to resolve: " + baseline.fileName() + " was "
            + "recorded meanwhile, by another instance.");
      }
      history.insertResolvedApplied(baseline, HistoryTable.now());
      return null;
    });
    Log.get().log(Level.INFO, "Resolved {0} as applied: this database, made without Accordion,"
        + " has every table it creates; migrate applies the migrations after it",
        baseline.fileName());
  }

  /**
   * Records {@code migration}, which has no history row, as applied: it ran here before and its
   * row is gone, so it needs a footprint, and that must be in the schema. Its backfill
   * starts over at the next migrate; filling only rows that still need it, it changes nothing
   * done already.
   */
  private static void recordAppliedBefore(Session session, HistoryTable history,
      MigrationFile migration) throws SQLException {
    if (migration.footprint() == null) {
      throw new AccordionException("Nothing to resolve: " + migration.fileName() + " has no row in "
          + HistoryTable.TABLE + " and no footprint query to show it ran here, so it is pending "
          + "and migrate applies it. resolve --applied records a migration recorded as failed, or "
          + "one whose footprint shows it ran here and lost its row.");
    }
    if (session.count(migration.footprint()) == 0) {
      throw new AccordionException("Refusing to resolve " + migration.fileName() + " as applied: "
          + "nothing it creates is in the schema (its footprint query found none:\n    "
          + migration.footprint() + "\n). migrate applies it.");
    }
    session.inWriteTransaction(() -> {
      if (history.read(migration.version()) != null) {
        throw new AccordionException("Nothing to resolve: " + migration.fileName() + " was "
            + "recorded meanwhile, by another instance.");
      }
      history.insertResolvedApplied(migration, HistoryTable.now());
      return null;
    });
    Log.get().log(Level.INFO, "Resolved {0} as applied: it ran here before; its backfill and "
        + "verification run at the next migrate", migration.fileName());
  }

  private static void requireFailed(String version, HistoryRow row, MigrationFile file) {
    if (row == null) {
      throw new AccordionException("Nothing to resolve: no migration with version " + version
          + " is recorded in " + HistoryTable.TABLE + (file == null
              ? ", and no migration file has that version. Check the version with status."
              : "; " + file.fileName() + " is pending and migrate applies it (if it ran here "
                  + "before and its row is gone, resolve it --applied)."));
    }
    String name = file != null ? file.fileName() : row.script();
    if (row.ddlInProgress()) {
      throw new AccordionException("Refusing to resolve " + name + ": it did not fail, it is in "
          + "progress (" + row.ddlDone() + " DDL statements recorded as done, started on "
          + row.startedAt() + "). An instance is applying it, or one was killed while it did; "
          + "the next migrate resumes it. resolve is only for a migration recorded as failed.");
    }
    if (!row.failed()) {
      throw new AccordionException("Refusing to resolve " + name + ": it did not fail, it "
          + (row.resolution() != null ? "was resolved as " + row.resolution() + " on "
              + row.resolvedAt() : "was applied on " + row.finishedAt())
          + ". resolve is only for a migration recorded as failed.");
    }
  }

  @SuppressWarnings("try") // the lock is held by the try block and released when it closes
  private StatusReport apply(boolean includeContracts) {
    return withSession(includeContracts ? "complete" : "migrate", (session, reader) -> {
      HistoryTable history = new HistoryTable(session);
      boolean withContracts = includeContracts || contractsAtBoot(session);
      Ledger ledger = history.ledger(reader);
      List<MigrationFile> files = reader.files();
      ledger.validate();
      logNewerRelease(ledger);
      parsePending(ledger);
      warnOfPreparedStatements(session, ledger);
      options.publisher().accept(ledger.transitions());
      if (!ledger.hasWork(withContracts)) {
        return ledger.report(contractsAtBoot(session), List.of());
      }
      List<MigrationFile> applied = new ArrayList<>();
      try (SqlCloseable lock = session.dialect().lockForMigration(session.connection(),
          options.lockWait())) {
        session.inWriteTransaction(() -> {
          history.createIfMissing();
          return null;
        });
        Ledger locked = new Ledger(files, history.readAll());
        locked.validate();
        if (!files.isEmpty() && files.get(0).kind() == MigrationKind.BASELINE
            && history.read(files.get(0).version()) == null) {
          Adoption.refuseBaselineOverExisting(session, files.get(0));
        }
        Applier applier = new Applier(session, history,
            new LockRetry(session.dialect(), options.lockTimeout(), options.lockRetries()));
        Backfiller backfiller = new Backfiller(session, history, options.backfillPause(),
            options.backfillBatchTime() != null ? options.backfillBatchTime()
                : session.dialect().defaultBackfillBatchTime(),
            options.batchSizeOverride(), options.afterBatch());
        Verifier verifier = new Verifier(session, history);
        for (MigrationFile migration : locked.migrations()) {
          if (!locked.applied(migration)) {
            if (!withContracts && !locked.migrateApplies(migration)) {
              continue;
            }
            if (migration.kind() == MigrationKind.SCHEMA
                && history.read(migration.version()) == null) {
              Adoption.refuseCreatingExisting(session, migration);
            }
            if (applier.apply(migration, locked)) {
              applied.add(migration);
            }
          }
          HistoryRow row = history.read(migration.version());
          MigrationFile contract = locked.sibling(migration, MigrationKind.CONTRACT);
          if (row.backfillOutstanding()) {
            backfiller.run(migration, contract);
            row = history.read(migration.version());
          }
          if (migration.verify() != null && !row.verifiedClean()) {
            verifier.verify(migration, contract, false);
          }
        }
      }
      return report(session, files, history, applied);
    });
  }

  /**
   * Warns when migrations that change tables in use are pending (applied by this call, or
   * contracts left to {@code complete}, which the instances booting now run through) and this
   * connection's driver lets statements prepared before them fail after their DDL.
   */
  private static void warnOfPreparedStatements(Session session, Ledger ledger) {
    List<String> pending = new ArrayList<>();
    for (MigrationFile migration : ledger.migrations()) {
      if (migration.kind() != MigrationKind.BASELINE && !ledger.applied(migration)) {
        pending.add(migration.fileName());
      }
    }
    String warning = pending.isEmpty()
        ? null
        : session.dialect().preparedStatementWarning(session.connection(), pending);
    if (warning != null) {
      Log.get().log(Level.WARNING, warning);
    }
  }

  /** Reads the history again, after the command changed it. */
  private StatusReport report(Session session, List<MigrationFile> files, HistoryTable history,
      List<MigrationFile> applied) throws SQLException {
    return report(session, history.ledger(files), applied);
  }

  private StatusReport report(Session session, Ledger ledger, List<MigrationFile> applied) {
    options.publisher().accept(ledger.transitions());
    return ledger.report(contractsAtBoot(session), applied);
  }

  /** Starts reading the files of {@code dialect}, beside the command's work on the database. */
  private FileReader readFiles(Dialect dialect) {
    MigrationSource source = options.directory() != null
        ? new DirectorySource(options.directory())
        : new ClasspathSource(options.location(), options.classLoader());
    return FileReader.start(source, dialect.name(), options.target());
  }

  private boolean contractsAtBoot(Session session) {
    return options.contractsAtBoot() != null
        ? options.contractsAtBoot()
        : session.dialect().contractsAtBootByDefault();
  }

  /** A command's work on its session, with the reading of its files already under way. */
  private interface Command {
    StatusReport run(Session session, FileReader reader) throws SQLException;
  }

  /** Starts reading the files once the session knows its dialect, before the session is set up. */
  private final class StartReading implements Session.DialectKnown {
    FileReader reader;

    @Override
    public void dialect(Dialect dialect) {
      reader = readFiles(dialect);
    }
  }

  /** The first pause before a command that lost its connection runs again; each doubles it. */
  private static final Duration FIRST_RECONNECT_PAUSE = Duration.ofSeconds(1);

  /**
   * Runs {@code work} in a session; when the connection is lost (a terminated backend, a server
   * restarting), again in a new one, at most {@code connectionRetries} more times after a
   * growing pause, logging each try. Every command can run again: what an attempt committed
   * stays, and the next one carries on from it.
   */
  private StatusReport withSession(String command, Command work) {
    Duration pause = FIRST_RECONNECT_PAUSE;
    for (int retry = 1; ; retry++) {
      try {
        return once(command, work);
      } catch (RuntimeException e) {
        SQLException lost = lostConnection(e);
        if (lost == null || retry > options.connectionRetries()) {
          throw e;
        }
        Log.get().log(Level.WARNING, "Accordion {0} lost its connection to the database ({1}); "
            + "trying again in {2} s with a new connection (retry {3} of {4})", command,
            lost.getMessage(), pause.toSeconds(), retry, options.connectionRetries());
        ServerDialect.sleep(pause, "the database to come back");
        pause = pause.multipliedBy(2);
      }
    }
  }

  /**
   * The connection failure that may pass: a session lost, or a server that refused or did not
   * answer a connection (restarting). Not a connection that cannot be made as configured (no
   * driver for the URL, an unknown host), which SQLSTATE 08001 also reports.
   */
  private static SQLException lostConnection(Throwable e) {
    return Causes.first(e, SQLException.class, sql -> Culprit.of(sql) == Culprit.CONNECTION
        && (!"08001".equals(sql.getSQLState())
            || Causes.first(sql, IOException.class, Migrator::serverDidNotAnswer) != null));
  }

  private static boolean serverDidNotAnswer(IOException e) {
    return e instanceof java.net.ConnectException || e instanceof java.net.SocketTimeoutException;
  }

  private StatusReport once(String command, Command work) {
    StartReading reading = new StartReading();
    try (Session session = Session.open(options.dataSource(), options.dialect(), reading)) {
      return work.run(session, reading.reader);
    } catch (SQLException e) {
      Culprit culprit = Culprit.of(e);
      throw new AccordionException("Accordion " + command + " failed on a database error: "
          + e.getMessage() + (culprit == Culprit.FILE ? "" : "\nThe cause: " + culprit.remedy()
              + ".") + "\nEach migration, backfill batch and verification commits on its "
          + "own (where DDL cannot be rolled back, the history records each statement done), so "
          + "the next run carries on from what was kept. Fix the cause and run " + command
          + " again.", e);
    }
  }
}
