package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.StatusReport;
import java.sql.SQLException;
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
    return withSession("verify", session -> {
      HistoryTable history = new HistoryTable(session);
      List<MigrationFile> files = files(session);
      Ledger ledger = new Ledger(files, history.readAll());
      ledger.validate();
      Verifier verifier = new Verifier(session, history);
      for (MigrationFile migration : ledger.migrations()) {
        if (migration.verify() != null && ledger.row(migration) != null) {
          verifier.verify(migration, ledger.sibling(migration, MigrationKind.CONTRACT), true);
        }
      }
      return report(session, files, history, List.of());
    });
  }

  /** Reads without changing anything, not even creating the history table. */
  public StatusReport status() {
    return withSession("status",
        session -> report(session, files(session), new HistoryTable(session), List.of()));
  }

  @SuppressWarnings("try") // the lock is held by the try block and released when it closes
  private StatusReport apply(boolean includeContracts) {
    return withSession(includeContracts ? "complete" : "migrate", session -> {
      HistoryTable history = new HistoryTable(session);
      history.createIfMissing();
      boolean withContracts = includeContracts || contractsAtBoot(session);
      List<MigrationFile> files = files(session);
      Ledger ledger = new Ledger(files, history.readAll());
      ledger.validate();
      options.publisher().accept(ledger.transitions());
      if (!ledger.hasWork(withContracts)) {
        return ledger.report(contractsAtBoot(session), List.of());
      }
      List<MigrationFile> applied = new ArrayList<>();
      try (SqlCloseable lock = session.dialect().lockForMigration(session.connection())) {
        Ledger locked = new Ledger(files, history.readAll());
        locked.validate();
        Applier applier = new Applier(session, history);
        Backfiller backfiller = new Backfiller(session, history, options.backfillPause(),
            options.batchSizeOverride(), options.afterBatch());
        Verifier verifier = new Verifier(session, history);
        for (MigrationFile migration : locked.migrations()) {
          HistoryRow row = locked.row(migration);
          if (row == null) {
            if (migration.isContract() && !withContracts) {
              continue;
            }
            if (applier.apply(migration, locked)) {
              applied.add(migration);
            }
            row = history.read(migration.version());
          }
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

  private StatusReport report(Session session, List<MigrationFile> files, HistoryTable history,
      List<MigrationFile> applied) throws SQLException {
    Ledger ledger = new Ledger(files, history.readAll());
    options.publisher().accept(ledger.transitions());
    return ledger.report(contractsAtBoot(session), applied);
  }

  private List<MigrationFile> files(Session session) {
    MigrationSource source = options.directory() != null
        ? new DirectorySource(options.directory())
        : new ClasspathSource(options.location(), options.classLoader());
    List<MigrationFile> all = source.load(session.dialect().name());
    if (options.target() == null) {
      return all;
    }
    return all.stream()
        .filter(m -> Versions.ORDER.compare(m.version(), options.target()) <= 0)
        .toList();
  }

  private boolean contractsAtBoot(Session session) {
    return options.contractsAtBoot() != null
        ? options.contractsAtBoot()
        : session.dialect().contractsAtBootByDefault();
  }

  private interface Command {
    StatusReport run(Session session) throws SQLException;
  }

  private StatusReport withSession(String command, Command work) {
    try (Session session = Session.open(options.dataSource(), options.dialect())) {
      return work.run(session);
    } catch (SQLException e) {
      throw new AccordionException("Accordion " + command + " failed on a database error: "
          + e.getMessage() + "\nEach migration, backfill batch and verification commits on its "
          + "own, so nothing half-done was kept. Fix the cause and run " + command + " again.", e);
    }
  }
}
