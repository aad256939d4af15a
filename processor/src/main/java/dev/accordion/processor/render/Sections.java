package dev.accordion.processor.render;

import dev.accordion.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements of one migration, grouped as the runtime runs them (see
 * docs/migration-files.md): guards first, then the DDL in one transaction, then (PostgreSQL) the
 * online statements that must run outside it, then the batched backfill and its verification.
 */
public record Sections(
    List<String> guards,
    List<String> ddl,
    List<String> online,
    boolean foreignKeysOff,
    Optional<Backfill> backfill,
    Optional<String> verify,
    boolean refuseOnMismatch) {

  public Sections {
    guards = List.copyOf(guards);
    ddl = List.copyOf(ddl);
    online = List.copyOf(online);
  }

  /** Sections whose verification, if any, lets reads wait on the old side (the usual case). */
  public Sections(List<String> guards, List<String> ddl, List<String> online,
      boolean foreignKeysOff, Optional<Backfill> backfill, Optional<String> verify) {
    this(guards, ddl, online, foreignKeysOff, backfill, verify, false);
  }

  /**
   * These sections with a verification that fails the migrate when it finds a difference: for
   * a new side the release's code reads alone.
   */
  public Sections refusingMismatches() {
    return new Sections(guards, ddl, online, foreignKeysOff, backfill, verify, true);
  }

  public static Sections ddl(List<String> statements) {
    return new Sections(
        List.of(), statements, List.of(), false, Optional.empty(), Optional.empty());
  }

  public static Sections online(List<String> statements) {
    return new Sections(
        List.of(), List.of(), statements, false, Optional.empty(), Optional.empty());
  }

  /**
   * Every part's statements, in order, gathered once (a baseline of hundreds of tables would
   * copy the growing lists at each step of a pairwise {@link #then}); the first backfill and
   * verification.
   */
  public static Sections all(List<Sections> parts) {
    List<String> guards = new ArrayList<>();
    List<String> ddl = new ArrayList<>();
    List<String> online = new ArrayList<>();
    boolean foreignKeysOff = false;
    Optional<Backfill> backfill = Optional.empty();
    Optional<String> verify = Optional.empty();
    boolean refuseOnMismatch = false;
    for (Sections part : parts) {
      guards.addAll(part.guards);
      ddl.addAll(part.ddl);
      online.addAll(part.online);
      foreignKeysOff |= part.foreignKeysOff;
      backfill = backfill.or(part::backfill);
      verify = verify.or(part::verify);
      refuseOnMismatch |= part.refuseOnMismatch;
    }
    return new Sections(guards, ddl, online, foreignKeysOff, backfill, verify, refuseOnMismatch);
  }

  /** Both migrations' statements, this one's first. */
  public Sections then(Sections next) {
    return all(List.of(this, next));
  }

  /**
   * A backfill: {@code nextKey} finds the last key of the next batch given {@code :after} and
   * {@code :batch}; {@code update} fills the rows with {@code :after < key <= :upto}.
   */
  public record Backfill(int batch, String keyType, String start, String nextKey, String update) {

    /**
     * A backfill walking {@code table} by its key from below the smallest integer or text:
     * {@code update} fills the rows with {@code :after < key <= :upto}.
     */
    static Backfill walking(SqlSyntax sql, Table table, int batch, String update) {
      String key = sql.quote(table.key().name());
      boolean integerKey = table.key().type().isIntegral();
      return new Backfill(
          batch,
          integerKey ? "integer" : "text",
          integerKey ? String.valueOf(Long.MIN_VALUE) : "''",
          "SELECT MAX(" + key + ") FROM (SELECT " + key + " FROM " + sql.quote(table.name())
              + " WHERE " + key + " > :after ORDER BY " + key + " LIMIT :batch) AS "
              + sql.quote("batch_keys") + ";",
          update);
    }
  }
}
