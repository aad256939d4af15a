package dev.accordion.internal;

import java.time.Instant;
import java.util.List;

/**
 * What to say about a migration whose DDL failed where it cannot be rolled back: the same words
 * when it fails and on every boot after, until it is resolved.
 */
final class FailedDdl {

  private static final int STATEMENT_LENGTH = 120;

  private FailedDdl() {}

  static String message(MigrationFile migration, HistoryRow row) {
    return message(migration, row.ddlDone(), row.error(), row.finishedAt());
  }

  /**
   * @param done statements that ran before the one that failed
   * @param error the database's error, or null when unknown
   */
  static String message(MigrationFile migration, int done, String error, Instant failedAt) {
    List<String> ddl = migration.ddl();
    StringBuilder out = new StringBuilder(migration.fileName()).append(" failed");
    if (failedAt != null) {
      out.append(" on ").append(failedAt);
    }
    if (done < ddl.size()) {
      out.append(" at DDL statement ").append(done + 1).append(" of ").append(ddl.size());
    }
    out.append(": ").append(error == null ? "(no error recorded)" : error);
    if (done < ddl.size()) {
      out.append("\n    ").append(HistoryTable.abbreviate(ddl.get(done), STATEMENT_LENGTH));
    }
    String applied = "`resolve " + migration.version() + " --applied`";
    String rolledBack = "`resolve " + migration.version() + " --rolled-back`";
    if (done == 0) {
      out.append("\nNo statement before it ran, so nothing needs undoing: fix the cause, then run ")
          .append(rolledBack).append(" (the next migrate applies it again, from the file as it "
              + "is then), or ").append(applied).append(" if you applied it by hand.");
      return out.toString();
    }
    out.append("\nThis database cannot roll back DDL, and ")
        .append(done == 1 ? "this statement ran before it and stays applied:"
            : "these statements ran before it and stay applied:");
    for (int i = 0; i < done && i < ddl.size(); i++) {
      out.append("\n  ").append(i + 1).append(". ")
          .append(HistoryTable.abbreviate(ddl.get(i), STATEMENT_LENGTH));
    }
    out.append("\nFinish or undo those statements by hand, then run ").append(applied)
        .append(" (the schema is now what the migration makes; its backfill and verification "
            + "run next) or ").append(rolledBack).append(" (the schema is as before it; the next "
            + "migrate applies it again from the start, from the file as it is then).");
    return out.toString();
  }
}
