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
    /** Recorded as failed, where the database cannot roll back DDL; needs repair by hand. */
    FAILED,
    /** Applied, but the file changed since; {@code migrate} refuses until it is restored. */
    CHANGED,
    /** In the history table, but no file has its version. */
    MISSING
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
      List<String> notes) {

    public Migration {
      notes = List.copyOf(notes);
    }
  }

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

  /** Migrations not applied yet, deferred contracts included. */
  public List<Migration> pending() {
    return migrations.stream()
        .filter(m -> m.state() == State.PENDING || m.state() == State.PENDING_CONTRACT)
        .toList();
  }

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

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
          m.appliedAt() == null ? "-" : TIME.format(m.appliedAt()),
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
    if (migrations.stream().anyMatch(m -> m.state() == State.PENDING_CONTRACT)) {
      out.append("\nContracts wait for 'complete': run it once every instance runs the release")
          .append(" that no longer uses what they drop.\n");
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
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
