package dev.accordion.processor.render;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SQL every dialect shares for a table renamed with zero downtime (Subscriber to Member):
 * the column list both names show, and the check that they show the same rows, which verifies
 * the expand and guards the contract. On PostgreSQL and MariaDB the new name is a view of the
 * old table, so the check holds by construction; on SQLite it is a copy, filled and kept in
 * step by triggers, and the check is what proves the copy whole.
 */
final class TableRenameSql {

  private final SqlSyntax sql;
  private final Transition t;
  private final Table table;

  /** {@code table} has the columns both names show; its own name does not matter. */
  TableRenameSql(SqlSyntax sql, Transition transition, Table table) {
    this.sql = sql;
    this.t = transition;
    this.table = table;
  }

  /** The table's name before the rename (Subscriber). */
  String oldName() {
    return sql.quote(t.oldTable());
  }

  /** The table's name after the rename (Member). */
  String newName() {
    return sql.quote(t.table());
  }

  String key() {
    return sql.quote(table.key().name());
  }

  /** Every column, quoted, in declaration order. */
  String columns() {
    return table.columns().stream().map(c -> sql.quote(c.name())).collect(Collectors.joining(", "));
  }

  /** Every column as {@code prefix."column"}, for a trigger's NEW or OLD row. */
  String columns(String prefix) {
    return table.columns().stream().map(c -> prefix + "." + sql.quote(c.name()))
        .collect(Collectors.joining(", "));
  }

  List<Column> nonKeyColumns() {
    return table.columns().stream().filter(c -> !table.primaryKey().contains(c.name())).toList();
  }

  /** {@code SELECT <columns> FROM <old>}: the new name's view. */
  String selectAllFromOld() {
    return "SELECT " + columns() + " FROM " + oldName();
  }

  /** The number of rows one name shows and the other does not, counting both ways. */
  String countDifferences() {
    return "SELECT COUNT(*) FROM (" + differences() + ") AS " + sql.quote("differences") + ";";
  }

  /** The keys of the rows one name shows and the other does not. */
  String listDifferences() {
    return differences() + " ORDER BY 1;";
  }

  /**
   * The expand's sections: {@code ddl} makes the new name show the old table's rows, and
   * {@code backfill} fills it where it is a copy. The verification refuses a difference, since
   * this release's code reads the new name alone. The footprint, as {@code footprint} queries
   * it, is the new name and the triggers of {@code purposes}.
   */
  Sections expandSections(List<String> ddl, Optional<Sections.Backfill> backfill,
      List<String> purposes, Function<Footprint, String> footprint) {
    return new Sections(List.of(), ddl, List.of(), false, backfill,
        Optional.of(new Sections.Verification(countDifferences(), listDifferences())))
        .refusingMismatches()
        .leaving(footprint.apply(new Footprint(t.table(), List.of(),
            Naming.syncTriggers(t, purposes), List.of(t.table()))));
  }

  /** The contract's sections: {@code ddl}, guarded by both names showing the same rows. */
  Sections contractSections(List<String> ddl) {
    return new Sections(List.of(countDifferences()), ddl, List.of(), false, Optional.empty(),
        Optional.empty());
  }

  private String differences() {
    String columns = columns();
    return "SELECT " + key() + " FROM (SELECT " + columns + " FROM " + oldName() + " EXCEPT SELECT "
        + columns + " FROM " + newName() + ") AS " + sql.quote("missing") + " UNION ALL SELECT "
        + key() + " FROM (SELECT " + columns + " FROM " + newName() + " EXCEPT SELECT " + columns
        + " FROM " + oldName() + ") AS " + sql.quote("extra");
  }
}
