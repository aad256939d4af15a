package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.Resolution;
import dev.accordion.StatusReport.State;
import dev.accordion.StatusReport;
import dev.accordion.format.MigrationKind;
import dev.accordion.format.Versions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The migration files joined with the history table (and the log of attempts resolved as rolled
 * back), as read at one moment.
 */
record Ledger(List<MigrationFile> migrations, Map<String, HistoryRow> history,
    Map<String, List<HistoryRow>> log) {

  Ledger(List<MigrationFile> migrations, Map<String, HistoryRow> history) {
    this(migrations, history, Map.of());
  }

  HistoryRow row(MigrationFile migration) {
    return history.get(migration.version());
  }

  /** Its DDL and online statements are all done; until then later migrations wait. */
  boolean applied(MigrationFile migration) {
    HistoryRow row = row(migration);
    return row != null && row.applied(migration);
  }

  /**
   * Whether migrate applies {@code migration} when it is not applied: anything but a contract,
   * and a contract that was started (by {@code complete}, or at boot) and interrupted, whose
   * old side may already be gone: it is finished, not left half-done until the next complete.
   */
  boolean migrateApplies(MigrationFile migration) {
    return !migration.isContract() || row(migration) != null;
  }

  /** The migration of {@code kind} in {@code migration}'s transition, or null. */
  MigrationFile sibling(MigrationFile migration, MigrationKind kind) {
    for (MigrationFile m : migrations) {
      if (m.kind() == kind && m.transition() != null
          && m.transition().equals(migration.transition())) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether {@code row}, which no file has, was applied by a newer release: its version is above
   * every file this release ships (or above the target). Below that, a file was removed.
   */
  private boolean newer(HistoryRow row) {
    return migrations.isEmpty() || Versions.ORDER.compare(row.version(),
        migrations.get(migrations.size() - 1).version()) > 0;
  }

  /**
   * Whether this release still runs once {@code row}'s migration is applied. The kinds carry
   * it: baseline, schema and expand only add (tables, columns that may stay empty, indexes,
   * triggers, wider types), so the schema before them still serves; a rename or a contract takes
   * away a name the release before it maps. An unknown kind is taken as taking away.
   */
  private static boolean keepsOlderReleases(HistoryRow row) {
    return MigrationKind.fromWord(row.kind())
        .map(kind -> kind != MigrationKind.RENAME && kind != MigrationKind.CONTRACT)
        .orElse(false);
  }

  /**
   * The migrations a newer release applied, in version order: a rollback, or an instance of the
   * previous release restarting during a rolling deploy. {@link #validate()} refuses any that
   * took away what this release uses.
   */
  List<HistoryRow> appliedByNewerRelease() {
    Set<String> fileVersions = new HashSet<>();
    for (MigrationFile migration : migrations) {
      fileVersions.add(migration.version());
    }
    List<HistoryRow> newer = new ArrayList<>();
    for (HistoryRow row : history.values()) {
      if (!fileVersions.contains(row.version()) && newer(row)) {
        newer.add(row);
      }
    }
    newer.sort(HistoryRow.BY_VERSION);
    return newer;
  }

  /**
   * Refuses to go on when the history names a migration no file has (unless a newer release
   * applied it and it keeps this release working), a migration failed without rollback and was
   * not resolved, or an applied file changed.
   */
  void validate() {
    Map<String, MigrationFile> files = new HashMap<>();
    for (MigrationFile migration : migrations) {
      files.put(migration.version(), migration);
    }
    // Found in any order, reported in version order; sorted only when there are several.
    List<Problem> problems = new ArrayList<>();
    for (HistoryRow row : history.values()) {
      MigrationFile file = files.get(row.version());
      if (file == null && newer(row)) {
        if (!keepsOlderReleases(row)) {
          problems.add(new Problem(row.version(), row.script() + " (version " + row.version()
              + ", " + describe(row) + ") was applied to this database by a newer release, and "
              + "it took away what this release still uses. Run a release that ships "
              + row.script() + " or a later one. To roll back to this release, restore the "
              + "database from before that migration: a " + row.kind() + " cannot be undone "
              + "by the older code."));
        }
      } else if (file == null) {
        problems.add(new Problem(row.version(), row.script() + " (version " + row.version()
            + ") is recorded in " + HistoryTable.TABLE + " as applied on " + row.startedAt()
            + ", but no migration file has that version, though later ones exist. Restore the "
            + "file: every release ships each migration applied before its own."));
      } else if (row.failed()) {
        problems.add(new Problem(row.version(), FailedDdl.message(file, row)));
      } else if (!file.checksum().equals(row.checksum())) {
        problems.add(new Problem(row.version(), file.fileName() + " changed after it was "
            + "applied on " + row.startedAt() + " (checksum " + row.checksum() + " then, "
            + file.checksum() + " now). An applied migration must not change: restore the file "
            + "as it was (for example from version control) and write a new migration for the "
            + "change instead."));
      }
    }
    if (problems.size() == 1) {
      throw new AccordionException(problems.get(0).message());
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Versions.ORDER.compare(a.version(), b.version()));
      StringBuilder message = new StringBuilder(problems.size() + " problems stop the migration:");
      for (Problem problem : problems) {
        message.append("\n- ").append(problem.message());
      }
      throw new AccordionException(message.toString());
    }
  }

  private static String describe(HistoryRow row) {
    String state = row.failed() ? "failed" : row.finishedAt() == null ? "started"
        : "applied on " + row.finishedAt();
    return "a " + row.kind() + (row.transition() == null ? "" : " of " + row.transition())
        + ", " + state;
  }

  private record Problem(String version, String message) {}

  /** Whether migrate has anything to do: a migration to apply, a backfill or a verification. */
  boolean hasWork(boolean includeContracts) {
    for (MigrationFile migration : migrations) {
      HistoryRow row = row(migration);
      if (!applied(migration)) {
        if (includeContracts || migrateApplies(migration)) {
          return true;
        }
      } else if (row.backfillOutstanding()
          || (!row.verifiedClean() && migration.verify() != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Transition id to whether reads may use the new column: its expand verified with zero
   * mismatches, or its contract applied.
   */
  Map<String, Boolean> transitions() {
    Map<String, Boolean> verified = new LinkedHashMap<>();
    for (MigrationFile migration : migrations) {
      if (migration.transition() != null && migration.kind() == MigrationKind.EXPAND) {
        HistoryRow row = row(migration);
        verified.put(migration.transition(), applied(migration) && row.verifiedClean());
      }
    }
    for (MigrationFile migration : migrations) {
      if (migration.transition() != null && migration.isContract() && applied(migration)) {
        verified.put(migration.transition(), true);
      }
    }
    return verified;
  }

  StatusReport report(boolean contractsAtBoot, List<MigrationFile> appliedByThisCall) {
    Set<String> fileVersions = new HashSet<>();
    List<StatusReport.Migration> entries = new ArrayList<>();
    for (MigrationFile migration : migrations) {
      fileVersions.add(migration.version());
      entries.add(entry(migration, contractsAtBoot));
    }
    for (HistoryRow row : history.values()) {
      if (!fileVersions.contains(row.version())) {
        entries.add(withoutFile(row, !newer(row) ? State.MISSING
            : keepsOlderReleases(row) ? State.NEWER : State.NEWER_INCOMPATIBLE));
      }
    }
    if (entries.size() > migrations.size()) { // the files are in order; rows without one are not
      entries.sort(Comparator.comparing(StatusReport.Migration::version, Versions.ORDER));
    }
    Set<String> appliedVersions = new HashSet<>();
    for (MigrationFile m : appliedByThisCall) {
      appliedVersions.add(m.version());
    }
    List<StatusReport.Migration> applied = new ArrayList<>();
    for (StatusReport.Migration entry : entries) {
      if (appliedVersions.contains(entry.version())) {
        applied.add(entry);
      }
    }
    return new StatusReport(entries, applied);
  }

  private StatusReport.Migration entry(MigrationFile file, boolean contractsAtBoot) {
    HistoryRow row = row(file);
    State state;
    if (row == null) {
      state = file.isContract() && !contractsAtBoot ? State.PENDING_CONTRACT : State.PENDING;
    } else if (row.failed()) {
      state = State.FAILED;
    } else if (!file.checksum().equals(row.checksum())) {
      state = State.CHANGED;
    } else if (!row.applied(file)) {
      state = State.IN_PROGRESS;
    } else {
      state = State.APPLIED;
    }
    return new StatusReport.Migration(file.version(), file.fileName(), file.description(),
        file.kind().word(), file.transition(), state,
        state == State.APPLIED || state == State.CHANGED ? row.finishedAt() : null,
        row == null || row.backfillDone() == null ? null : backfill(row),
        row == null ? null : verification(row),
        file.notes(),
        progress(state, file, row),
        failures(file.version(), row));
  }

  /**
   * How far a migration's statements got. Applied, it is all of them, as recorded (the file's
   * sections are not parsed for it); otherwise, or resolved as applied by hand, out of the
   * file's.
   */
  private static StatusReport.Progress progress(State state, MigrationFile file, HistoryRow row) {
    if (row == null) {
      return null;
    }
    if (state == State.APPLIED && row.resolution() == null) {
      return new StatusReport.Progress(row.ddlDone(), row.ddlDone(), row.onlineDone(),
          row.onlineDone());
    }
    return new StatusReport.Progress(row.ddlDone(), file.ddl().size(), row.onlineDone(),
        file.online().size());
  }

  private StatusReport.Migration withoutFile(HistoryRow row, State state) {
    return new StatusReport.Migration(row.version(), row.script(), row.description(), row.kind(),
        row.transition(), state, row.finishedAt(),
        row.backfillDone() == null ? null : backfill(row), verification(row), List.of(), null,
        failures(row.version(), row));
  }

  /** The attempts resolved as rolled back, then the current row's failure, if it had one. */
  private List<StatusReport.Failure> failures(String version, HistoryRow current) {
    List<StatusReport.Failure> failures = new ArrayList<>();
    for (HistoryRow attempt : log.getOrDefault(version, List.of())) {
      failures.add(failure(attempt));
    }
    if (current != null && current.error() != null) {
      failures.add(failure(current));
    }
    return failures;
  }

  private static StatusReport.Failure failure(HistoryRow row) {
    Resolution resolution = row.resolution() == null ? null
        : row.resolution().equals("applied") ? Resolution.APPLIED : Resolution.ROLLED_BACK;
    return new StatusReport.Failure(
        row.finishedAt() != null ? row.finishedAt() : row.startedAt(), row.ddlDone(),
        row.error() == null ? "(no error recorded)" : row.error(), resolution, row.resolvedAt());
  }

  private static StatusReport.Backfill backfill(HistoryRow row) {
    return new StatusReport.Backfill(row.backfillRows(), row.backfillAfter(), row.backfillDone());
  }

  private static StatusReport.Verification verification(HistoryRow row) {
    return row.verifyMismatches() == null
        ? null
        : new StatusReport.Verification(row.verifyMismatches(), row.verifiedAt());
  }
}
