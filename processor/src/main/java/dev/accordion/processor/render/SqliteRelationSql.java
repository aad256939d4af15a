package dev.accordion.processor.render;

import static dev.accordion.processor.render.SqliteDialect.CREATE_SYNC_PAUSE;
import static dev.accordion.processor.render.SqliteDialect.SYNTAX;
import static dev.accordion.processor.render.SqliteDialect.columnDefinition;
import static dev.accordion.processor.render.SqliteDialect.createTable;
import static dev.accordion.processor.render.SqliteDialect.dropSourceColumn;
import static dev.accordion.processor.render.SqliteDialect.dropTriggers;
import static dev.accordion.processor.render.SqliteDialect.footprint;
import static dev.accordion.processor.render.SqliteDialect.mirrorTriggers;
import static dev.accordion.processor.render.SqliteDialect.rebuild;
import static dev.accordion.processor.render.SqliteDialect.trigger;
import static dev.accordion.processor.render.SqliteDialect.triggers;

import dev.accordion.processor.plan.Operation;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQLite's SQL for the transitions of relations: a link moving to the other table, a link becoming
 * a join table, a table renamed with zero downtime (a copy that triggers keep in step both ways).
 * {@link SqliteDialect} hands these operations here.
 */
final class SqliteRelationSql {

  private SqliteRelationSql() {}

  /**
   * A link moving between tables. AFTER triggers on both, each doing the whole of what a write
   * to its table means for the other, with the transition paused while it writes: a source row
   * linking to an owner sets the owner's link (and unsets it on the owner it left or when
   * deleted); an owner linking to a source row sets that row's link back (unsets it on the row it
   * left, and on any other owner that held the row). A link one source row takes from another
   * stays on the other's old side, a mismatch verification counts, instead of being cleared by
   * no writer. An owner's link written as NULL beside an existing one is refilled from the
   * inverse, as an ORM writing an entity loaded before the backfill does.
   */
  static Sections expandLink(Operation.ExpandLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.owner(), op.source());
    String owner = sql.owner();
    String source = sql.source();
    String k = sql.ownerKey();
    String s = sql.sourceKey();
    String n = sql.link();
    String o = sql.backLink();
    List<String> setBackLink = List.of(
        "UPDATE " + source + " SET " + o + " = NULL WHERE " + o + " = NEW." + k + " AND " + s
            + " IS NOT NEW." + n + ";",
        "UPDATE " + source + " SET " + o + " = NEW." + k + " WHERE " + s + " = NEW." + n + " AND "
            + o + " IS NOT NEW." + k + ";",
        "UPDATE " + owner + " SET " + n + " = NULL WHERE " + n + " = NEW." + n + " AND " + k
            + " IS NOT NEW." + k + ";");
    List<String> ddl = new ArrayList<>();
    ddl.add(CREATE_SYNC_PAUSE);
    ddl.add("ALTER TABLE " + owner + " ADD COLUMN "
        + columnDefinition(op.owner().requireColumn(t.newColumn())) + ";");
    ddl.add(trigger(t, "source_insert", "AFTER INSERT ON " + source, "NEW." + o + " IS NOT NULL",
        List.of("UPDATE " + owner + " SET " + n + " = NEW." + s + " WHERE " + k + " = NEW." + o
            + " AND " + n + " IS NOT NEW." + s + ";")));
    ddl.add(trigger(t, "source_update", "AFTER UPDATE OF " + o + " ON " + source,
        "NEW." + o + " IS NOT OLD." + o,
        List.of("UPDATE " + owner + " SET " + n + " = NULL WHERE " + k + " = OLD." + o + " AND "
                + n + " = NEW." + s + ";",
            "UPDATE " + owner + " SET " + n + " = NEW." + s + " WHERE " + k + " = NEW." + o
                + " AND " + n + " IS NOT NEW." + s + ";")));
    ddl.add(trigger(t, "source_delete", "AFTER DELETE ON " + source, "",
        List.of("UPDATE " + owner + " SET " + n + " = NULL WHERE " + n + " = OLD." + s + ";")));
    ddl.add(trigger(t, "owner_insert", "AFTER INSERT ON " + owner, "NEW." + n + " IS NOT NULL",
        setBackLink));
    ddl.add(trigger(t, "owner_update", "AFTER UPDATE OF " + n + " ON " + owner,
        "NEW." + n + " IS NOT NULL AND NEW." + n + " IS NOT OLD." + n, setBackLink));
    ddl.add(trigger(t, "owner_refill", "AFTER UPDATE OF " + n + " ON " + owner,
        "NEW." + n + " IS NULL AND OLD." + n + " IS NOT NULL",
        List.of("UPDATE " + owner + " SET " + n + " = " + sql.inverse("NEW." + k) + " WHERE " + k
            + " = NEW." + k + ";")));
    return sql.expandSections(ddl, "", footprint(new Footprint(t.table(), t.newColumns(),
        triggers(t, LINK_TRIGGERS), List.of())));
  }

  static final List<String> LINK_TRIGGERS = List.of("source_insert", "source_update",
      "source_delete", "owner_insert", "owner_update", "owner_refill");

  static Sections contractLink(Operation.ContractLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.ownerBefore(), op.sourceBefore());
    List<String> ddl = new ArrayList<>(dropTriggers(t, LINK_TRIGGERS));
    boolean rebuilt =
        dropSourceColumn(op.sourceBefore(), op.sourceAfter(), t.oldColumn(), op.sourceInFlight(), ddl);
    Column link = op.ownerAfter().requireColumn(t.newColumn());
    if (!link.nullable() || link.unique()) {
      ddl.addAll(rebuild(op.ownerBefore(), op.ownerAfter(), op.ownerInFlight()));
      rebuilt = true;
    }
    return new Sections(sql.guards(op.ownerAfter()), ddl, List.of(), rebuilt, Optional.empty(),
        Optional.empty());
  }

  /**
   * A 1:n link becoming m:n. AFTER triggers on both tables: a source row's old link is one of
   * its join rows (set, changed or deleted with it); a join row added to a source row without a
   * link becomes its link, and removing the join row that is the link moves the link to another
   * of its join rows, or NULL. Each writes with the transition paused.
   */
  static Sections expandJoin(Operation.ExpandJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.source());
    String join = sql.join();
    String source = sql.source();
    String s = sql.sourceKey();
    String o = sql.link();
    String jv = sql.value();
    String jk = sql.key();
    String insertPair = "INSERT INTO " + join + " (" + jk + ", " + jv + ") SELECT NEW." + s
        + ", NEW." + o + " WHERE NEW." + o + " IS NOT NULL AND NOT " + sql.pairExists("NEW." + s,
        "NEW." + o) + ";";
    String relinkOld = "UPDATE " + source + " SET " + o + " = (SELECT MIN(" + jv + ") FROM " + join
        + " WHERE " + jk + " = OLD." + jk + ") WHERE " + s + " = OLD." + jk + " AND " + o + " = OLD."
        + jv + ";";
    String linkNew = "UPDATE " + source + " SET " + o + " = NEW." + jv + " WHERE " + s + " = NEW."
        + jk + " AND " + o + " IS NULL;";
    return sql.expandSections(List.of(
        CREATE_SYNC_PAUSE,
        trigger(t, "source_insert", "AFTER INSERT ON " + source, "", List.of(insertPair)),
        trigger(t, "source_update", "AFTER UPDATE OF " + o + " ON " + source,
            "NEW." + o + " IS NOT OLD." + o,
            List.of("DELETE FROM " + join + " WHERE " + jk + " = NEW." + s + " AND " + jv
                + " = OLD." + o + ";", insertPair)),
        trigger(t, "source_delete", "AFTER DELETE ON " + source, "",
            List.of("DELETE FROM " + join + " WHERE " + jk + " = OLD." + s + ";")),
        trigger(t, "join_insert", "AFTER INSERT ON " + join, "", List.of(linkNew)),
        trigger(t, "join_update", "AFTER UPDATE ON " + join, "", List.of(relinkOld, linkNew)),
        trigger(t, "join_delete", "AFTER DELETE ON " + join, "", List.of(relinkOld))),
        "INSERT OR IGNORE INTO", "",
        footprint(new Footprint(t.table(), List.of(), triggers(t, JOIN_TRIGGERS), List.of())));
  }

  static final List<String> JOIN_TRIGGERS = List.of("source_insert", "source_update",
      "source_delete", "join_insert", "join_update", "join_delete");

  static Sections contractJoin(Operation.ContractJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.sourceBefore());
    List<String> ddl = new ArrayList<>(dropTriggers(t, JOIN_TRIGGERS));
    boolean rebuilt =
        dropSourceColumn(op.sourceBefore(), op.sourceAfter(), t.oldColumn(), op.sourceInFlight(), ddl);
    // The join table was created with its declared constraints; rebuild only if they changed.
    if (t.newColumns().stream()
        .anyMatch(c -> !op.joinAfter().requireColumn(c).equals(op.joinBefore().requireColumn(c)))) {
      ddl.addAll(rebuild(op.joinBefore(), op.joinAfter(), List.of()));
      rebuilt = true;
    }
    return new Sections(List.of(sql.countMismatches()), ddl, List.of(), rebuilt, Optional.empty(),
        Optional.empty());
  }

  static final List<String> COPY_TRIGGERS =
      List.of("insert_old", "update_old", "delete_old", "insert_new", "update_new", "delete_new");

  /**
   * A copy under the new name, kept in step both ways by triggers and filled by the backfill. A
   * view would do for reads, but an insert through a view's INSTEAD OF trigger leaves
   * {@code last_insert_rowid()} as it was, and Hibernate reads a new row's key from it. The copy
   * starts with the old table's highest key, so both tables hand out the same next key; every
   * write to either is mirrored to the other with the transition paused, so the mirror's write
   * comes back to neither.
   */
  static Sections expandTable(Operation.ExpandTable op) {
    Transition t = op.transition();
    TableRenameSql sql = new TableRenameSql(SYNTAX, t, op.table());
    Table copy = new Table(t.table(), op.table().entity(), op.table().columns(),
        op.table().primaryKey(),
        op.table().indexes().stream()
            .map(i -> new Index(Naming.copyIndex(t, i), i.columns(), i.unique())).toList());
    List<String> ddl = new ArrayList<>();
    ddl.add(CREATE_SYNC_PAUSE);
    ddl.addAll(createTable(copy));
    if (op.table().key().type().isIntegral()) {
      ddl.add("INSERT INTO " + sql.newName() + " (" + sql.columns() + ") " + sql.selectAllFromOld()
          + " WHERE " + sql.key() + " = (SELECT MAX(" + sql.key() + ") FROM " + sql.oldName() + ");");
    }
    ddl.addAll(mirrorTriggers(t, sql, sql.oldName(), sql.newName(), "old"));
    ddl.addAll(mirrorTriggers(t, sql, sql.newName(), sql.oldName(), "new"));
    String fill = "INSERT OR IGNORE INTO " + sql.newName() + " (" + sql.columns() + ") "
        + sql.selectAllFromOld() + " WHERE " + Sections.Backfill.range(sql.key()) + ";";
    return new Sections(List.of(), ddl, List.of(), false,
        Optional.of(Sections.Backfill.walking(SYNTAX, op.table().withName(t.oldTable()),
            t.batchSize(), fill)),
        Optional.of(sql.verification()))
        .refusingMismatches()
        .leaving(footprint(new Footprint(t.table(), List.of(), triggers(t, COPY_TRIGGERS),
            List.of(t.table()))));
  }

  /**
   * The copy goes and the table takes its name, in one transaction; SQLite rewrites the
   * references other tables' foreign keys make to it.
   */
  static Sections contractTable(Operation.ContractTable op) {
    Transition t = op.transition();
    TableRenameSql sql = new TableRenameSql(SYNTAX, t, op.table());
    List<String> ddl = new ArrayList<>(dropTriggers(t, COPY_TRIGGERS));
    ddl.add("DROP TABLE IF EXISTS " + sql.newName() + ";");
    ddl.add("ALTER TABLE " + sql.oldName() + " RENAME TO " + sql.newName() + ";");
    return new Sections(List.of(sql.countDifferences()), ddl, List.of(), false, Optional.empty(),
        Optional.empty());
  }
}
