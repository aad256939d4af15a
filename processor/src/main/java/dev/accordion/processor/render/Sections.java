package dev.accordion.processor.render;

import dev.accordion.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements of one migration, grouped as the runtime runs them (see
 * docs/migration-files.md): the footprint query that tells an expand applied already, guards,
 * then the DDL in one transaction, then (PostgreSQL) the online statements that must run outside
 * it, then the batched backfill and its verification.
 */
public record Sections(
    Optional<String> footprint,
    List<String> guards,
    List<String> ddl,
    List<String> online,
    boolean foreignKeysOff,
    Optional<Backfill> backfill,
    Optional<Verification> verify,
    boolean refuseOnMismatch) {

  public Sections {
    guards = List.copyOf(guards);
    ddl = List.copyOf(ddl);
    online = List.copyOf(online);
  }

  /** Sections whose verification, if any, lets reads wait on the old side (the usual case). */
  public Sections(List<String> guards, List<String> ddl, List<String> online,
      boolean foreignKeysOff, Optional<Backfill> backfill, Optional<Verification> verify) {
    this(Optional.empty(), guards, ddl, online, foreignKeysOff, backfill, verify, false);
  }

  /**
   * These sections with a verification that fails the migrate when it finds a difference: for
   * a new side the release's code reads alone.
   */
  public Sections refusingMismatches() {
    return new Sections(footprint, guards, ddl, online, foreignKeysOff, backfill, verify, true);
  }

  /** These sections with the query that finds what they leave in the schema ({@link Footprint}). */
  public Sections leaving(String footprintQuery) {
    return new Sections(Optional.of(footprintQuery), guards, ddl, online, foreignKeysOff,
        backfill, verify, refuseOnMismatch);
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
   * A verification: {@code count} counts the rows whose two sides disagree; {@code list}
   * selects them by key, with both sides, for the messages that name them; {@code countInRange},
   * when the rows are those the backfill walks, counts them in one key range of the walk
   * ({@code :from} through {@code :upto}), so the runtime never reads the whole table in one
   * statement (a role's statement_timeout holds at any size).
   */
  public record Verification(String count, String list, Optional<String> countInRange) {

    public Verification(String count, String list) {
      this(count, list, Optional.empty());
    }
  }

  /**
   * Every part's statements, in order, gathered once (a baseline of hundreds of tables would
   * copy the growing lists at each step of a pairwise {@link #then}); the first backfill and
   * verification.
   */
  public static Sections all(List<Sections> parts) {
    Optional<String> footprint = Optional.empty();
    List<String> guards = new ArrayList<>();
    List<String> ddl = new ArrayList<>();
    List<String> online = new ArrayList<>();
    boolean foreignKeysOff = false;
    Optional<Backfill> backfill = Optional.empty();
    Optional<Verification> verify = Optional.empty();
    boolean refuseOnMismatch = false;
    for (Sections part : parts) {
      footprint = footprint.or(part::footprint);
      guards.addAll(part.guards);
      ddl.addAll(part.ddl);
      online.addAll(part.online);
      foreignKeysOff |= part.foreignKeysOff;
      backfill = backfill.or(part::backfill);
      verify = verify.or(part::verify);
      refuseOnMismatch |= part.refuseOnMismatch;
    }
    return new Sections(footprint, guards, ddl, online, foreignKeysOff, backfill, verify,
        refuseOnMismatch);
  }

  /** Both migrations' statements, this one's first. */
  public Sections then(Sections next) {
    return all(List.of(this, next));
  }

  /**
   * A backfill: {@code nextKey} finds the last key of the next batch given {@code :from} (the
   * batch's first key, or below it) and {@code :batch}; {@code update} fills the rows with
   * {@code :from <= key <= :upto} that still need it.
   */
  public record Backfill(int batch, String keyType, String start, String nextKey, String update) {

    /**
     * A backfill walking {@code table} by its key from the smallest integer or text, inclusive,
     * so a key at the very bottom of its type is walked too: {@code update} fills the rows of
     * {@link #range}.
     */
    static Backfill walking(SqlSyntax sql, Table table, int batch, String update) {
      String key = sql.quote(table.key().name());
      boolean integerKey = table.key().type().isIntegral();
      return new Backfill(
          batch,
          integerKey ? "integer" : "text",
          integerKey ? String.valueOf(Long.MIN_VALUE) : "''",
          "SELECT MAX(" + key + ") FROM (SELECT " + key + " FROM " + sql.quote(table.name())
              + " WHERE " + key + " >= :from ORDER BY " + key + " LIMIT :batch) AS "
              + sql.quote("batch_keys") + ";",
          update);
    }

    /** The keys of one batch, {@code key} already quoted and qualified as the update needs. */
    static String range(String key) {
      return key + " >= :from AND " + key + " <= :upto";
    }
  }
}
