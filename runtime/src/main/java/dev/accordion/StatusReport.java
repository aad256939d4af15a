package dev.accordion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every migration known to the files or the history table, in version order, with what this
 * call applied. {@link #toString()} renders a table for people.
 *
 * @param migrations every migration, in version order
 * @param appliedByThisCall the migrations this call applied, in the order it applied them
 */
public record StatusReport(List<Migration> migrations, List<Migration> appliedByThisCall) {

  public StatusReport {
    migrations = List.copyOf(migrations);
    appliedByThisCall = List.copyOf(appliedByThisCall);
  }

  /** Where a migration stands. */
  public enum State {
    APPLIED,
    /** Not applied; the next {@code migrate} applies it. */
    PENDING,
    /** A contract not applied at boot; {@code complete} applies it. */
    PENDING_CONTRACT,
    /**
     * Started and not finished: DDL run one statement at a time by a process that was killed, or
     * online statements not all done. The next {@code migrate} resumes it; until then it does
     * not count as applied.
     */
    IN_PROGRESS,
    /**
     * Recorded as failed, where the database cannot roll back DDL; needs repair by hand, then
     * {@code resolve}. Every {@code migrate} refuses until then.
     */
    FAILED,
    /** Applied, but the file changed since; {@code migrate} refuses until it is restored. */
    CHANGED,
    /** In the history table, but no file has its version, though later files exist. */
    MISSING,
    /**
     * Applied by a newer release: in the history table, above every file this release ships (or
     * above its target), and it only added to the schema (a baseline, schema or expand
     * migration), so this release runs on it, as an instance of the previous release must
     * during a rolling deploy or after a rollback.
     */
    NEWER,
    /**
     * Applied by a newer release, and it took away a name this release maps (a rename or a
     * contract): {@code migrate} refuses until a release that ships it runs.
     */
    NEWER_INCOMPATIBLE
  }

  /**
   * One migration.
   *
   * @param kind baseline, schema, rename, expand or contract
   * @param transition the transition id, or null
   * @param appliedAt null unless applied
   * @param backfill null when the migration has no backfill or is not applied
   * @param verification null when the migration has no verification or it has not run
   * @param notes the file's comment lines for people: what it does
   * @param progress how many of its statements are done; null unless it was started
   * @param failures every recorded failure, oldest first: resolved ones and, when
   *     {@link State#FAILED}, the unresolved last
   */
  public record Migration(
      String version,
      String file,
      String description,
      String kind,
      String transition,
      State state,
      Instant appliedAt,
      Backfill backfill,
      Verification verification,
      List<String> notes,
      Progress progress,
      List<Failure> failures) {

    public Migration {
      notes = List.copyOf(notes);
      failures = List.copyOf(failures);
    }
  }

  /**
   * How far a migration's statements got.
   *
   * @param ddlDone statements of the ddl section done, of {@code ddlStatements}
   * @param onlineDone statements of the online section done, of {@code onlineStatements}
   */
  public record Progress(int ddlDone, int ddlStatements, int onlineDone, int onlineStatements) {}

  /**
   * A DDL statement that failed where it could not be rolled back.
   *
   * @param statementsDone the DDL statements that ran before it
   * @param error the database's error
   * @param resolution how it was resolved, or null while it is not
   * @param resolvedAt when, or null
   */
  public record Failure(Instant failedAt, int statementsDone, String error, Resolution resolution,
      Instant resolvedAt) {}

  /**
   * A backfill's progress.
   *
   * @param lastKey the last key done, or null before the first batch
   */
  public record Backfill(long rows, String lastKey, boolean done) {}

  /** The last verification: rows whose two columns disagree, and when it ran. */
  public record Verification(long mismatches, Instant verifiedAt) {

    public boolean verified() {
      return mismatches == 0;
    }
  }

  public Optional<Migration> migration(String version) {
    return migrations.stream().filter(m -> m.version().equals(version)).findFirst();
  }

  /** Migrations not applied yet, deferred contracts and unfinished ones included. */
  public List<Migration> pending() {
    return migrations.stream()
        .filter(m -> m.state() == State.PENDING || m.state() == State.PENDING_CONTRACT
            || m.state() == State.IN_PROGRESS)
        .toList();
  }

  /** Created when a report is first rendered, not at boot: the formatter loads fifty classes. */
  private static final class Time {
    static final DateTimeFormatter FORMAT =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  }

  /** A table of every migration, then what this call applied and what needs attention. */
  public String render() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"FILE", "KIND", "TRANSITION", "STATE", "APPLIED", "BACKFILL", "VERIFY"});
    for (Migration m : migrations) {
      rows.add(new String[] {
          m.file(),
          m.kind(),
          m.transition() == null ? "-" : m.transition(),
          m.state().name(),
          m.appliedAt() == null ? "-" : Time.FORMAT.format(m.appliedAt()),
          describe(m.backfill()),
          describe(m.verification())});
    }
    StringBuilder out = new StringBuilder();
    appendTable(out, rows);
    if (!appliedByThisCall.isEmpty()) {
      out.append("\nApplied now:\n");
      for (Migration m : appliedByThisCall) {
        out.append("  ").append(m.file());
        if (!m.notes().isEmpty()) {
          out.append(": ").append(String.join(" ", m.notes()));
        }
        out.append('\n');
      }
    }
    for (Migration m : migrations) {
      if (m.verification() != null && !m.verification().verified()) {
        out.append('\n').append(m.transition() == null ? m.file() : m.transition()).append(": ")
            .append(m.verification().mismatches())
            .append(m.verification().mismatches() == 1 ? " row disagrees" : " rows disagree")
            .append("; reads stay on the old column and its contract waits until")
            .append(" verify reports 0.\n");
      }
    }
    for (Migration m : migrations) {
      appendProblems(out, m);
    }
    List<String> newer = migrations.stream()
        .filter(m -> m.state() == State.NEWER).map(Migration::file).toList();
    if (!newer.isEmpty()) {
      out.append('\n').append(newerRelease(newer)).append('\n');
    }
    for (Migration m : migrations) {
      if (m.state() == State.NEWER_INCOMPATIBLE) {
        out.append('\n').append(m.file()).append(" took away what this release uses (a ")
            .append(m.kind()).append(" applied by a newer release): migrate refuses; run a")
            .append(" release that ships it or a later one.\n");
      }
    }
    if (migrations.stream().anyMatch(m -> m.state() == State.PENDING_CONTRACT)) {
      out.append("\nContracts wait for 'complete': run it once every instance runs the release")
          .append(" that no longer uses what they drop.\n");
    }
    return out.toString();
  }

  /** The line a boot logs, and a report ends with, when the database is ahead of the code. */
  public static String newerRelease(List<String> files) {
    return "This database is ahead of this release: a newer release applied " + files.size()
        + (files.size() == 1 ? " migration" : " migrations") + " it does not ship ("
        + String.join(", ", files) + "). They only add to the schema, so this release runs on it"
        + " (an instance of the previous release restarting, or a rollback); they stay applied.";
  }

  @Override
  public String toString() {
    return render();
  }

  private static void appendProblems(StringBuilder out, Migration m) {
    if (m.state() == State.IN_PROGRESS && m.progress() != null) {
      Progress p = m.progress();
      out.append('\n').append(m.file()).append(": in progress, ").append(p.ddlDone())
          .append(" of ").append(p.ddlStatements()).append(" DDL statements done");
      if (p.onlineStatements() > 0) {
        out.append(", ").append(p.onlineDone()).append(" of ").append(p.onlineStatements())
            .append(" online statements done");
      }
      out.append("; the next migrate resumes it.\n");
    }
    for (Failure failure : m.failures()) {
      out.append('\n').append(m.file()).append(": failed on ").append(Time.FORMAT.format(failure.failedAt()))
          .append(" after ").append(failure.statementsDone()).append(" DDL statement")
          .append(failure.statementsDone() == 1 ? "" : "s").append(": ").append(failure.error());
      if (failure.resolution() == null && failure.statementsDone() == 0) {
        out.append("\n  Fix the cause, then run resolve ").append(m.version())
            .append(" --rolled-back (or --applied once it was applied by hand); migrate refuses")
            .append(" until then.\n");
      } else if (failure.resolution() == null) {
        out.append("\n  Finish or undo its statements by hand, then run resolve ")
            .append(m.version()).append(" --applied or --rolled-back; migrate refuses until then.\n");
      } else {
        out.append("\n  Resolved as ")
            .append(failure.resolution() == Resolution.APPLIED ? "applied" : "rolled back")
            .append(" on ").append(Time.FORMAT.format(failure.resolvedAt())).append(".\n");
      }
    }
  }

  private static String describe(Backfill backfill) {
    if (backfill == null) {
      return "-";
    }
    if (backfill.done()) {
      return backfill.rows() + " rows, done";
    }
    return backfill.rows() + " rows, "
        + (backfill.lastKey() == null ? "not started" : "after key " + backfill.lastKey());
  }

  private static String describe(Verification verification) {
    if (verification == null) {
      return "-";
    }
    return verification.verified() ? "verified" : verification.mismatches() + " mismatches";
  }

  private static void appendTable(StringBuilder out, List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
