package dev.accordion.processor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements of one migration, grouped as the runtime runs them (see
 * docs/migration-files.md): guards first, then the DDL in one transaction, then the batched
 * backfill and its verification.
 */
public record Sections(
    List<String> guards,
    List<String> ddl,
    boolean foreignKeysOff,
    Optional<Backfill> backfill,
    Optional<String> verify) {

  public Sections {
    guards = List.copyOf(guards);
    ddl = List.copyOf(ddl);
  }

  public static Sections ddl(List<String> statements) {
    return new Sections(List.of(), statements, false, Optional.empty(), Optional.empty());
  }

  /** Both migrations' statements, this one's first. */
  public Sections then(Sections next) {
    List<String> allGuards = new ArrayList<>(guards);
    allGuards.addAll(next.guards);
    List<String> allDdl = new ArrayList<>(ddl);
    allDdl.addAll(next.ddl);
    return new Sections(
        allGuards,
        allDdl,
        foreignKeysOff || next.foreignKeysOff,
        backfill.or(next::backfill),
        verify.or(next::verify));
  }

  /**
   * A backfill: {@code nextKey} finds the last key of the next batch given {@code :after} and
   * {@code :batch}; {@code update} fills the rows with {@code :after < key <= :upto}.
   */
  public record Backfill(int batch, String keyType, String start, String nextKey, String update) {}
}
