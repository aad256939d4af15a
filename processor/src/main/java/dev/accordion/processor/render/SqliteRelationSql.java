package dev.accordion.processor.render;

import static dev.accordion.processor.render.SqliteDialect.CREATE_SYNC_PAUSE;
import static dev.accordion.processor.render.SqliteDialect.SYNTAX;
import static dev.accordion.processor.render.SqliteDialect.addColumn;
import static dev.accordion.processor.render.SqliteDialect.createIndex;
import static dev.accordion.processor.render.SqliteDialect.createTable;
import static dev.accordion.processor.render.SqliteDialect.dropSourceColumn;
import static dev.accordion.processor.render.SqliteDialect.dropTriggers;
import static dev.accordion.processor.render.SqliteDialect.footprint;
import static dev.accordion.processor.render.SqliteDialect.mirrorTriggers;
import static dev.accordion.processor.render.SqliteDialect.rebuild;
import static dev.accordion.processor.render.SqliteDialect.trigger;

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
 */
final class SqliteRelationSql implements SqlDialect.RelationSql {

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
  @Override
  public Sections expandLink(Operation.ExpandLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.owner(), op.source());
    List<String> setBackLink = sql.fillAll(
        "UPDATE {source} SET {backLink} = NULL WHERE {backLink} = NEW.{ownerKey}"
            + " AND {sourceKey} IS NOT NEW.{link};",
        "UPDATE {source} SET {backLink} = NEW.{ownerKey} WHERE {sourceKey} = NEW.{link}"
            + " AND {backLink} IS NOT NEW.{ownerKey};",
        "UPDATE {owner} SET {link} = NULL WHERE {link} = NEW.{link}"
            + " AND {ownerKey} IS NOT NEW.{ownerKey};");
    List<String> ddl = new ArrayList<>();
    ddl.add(CREATE_SYNC_PAUSE);
    ddl.add(addColumn(t.table(), sql.newLink()));
    sql.uniqueIndex().ifPresent(index -> ddl.add(createIndex(t.table(), index)));
    ddl.add(trigger(t, "source_insert", sql.fill("AFTER INSERT ON {source}"),
        sql.fill("NEW.{backLink} IS NOT NULL"), sql.fillAll(
            "UPDATE {owner} SET {link} = NEW.{sourceKey} WHERE {ownerKey} = NEW.{backLink}"
                + " AND {link} IS NOT NEW.{sourceKey};")));
    ddl.add(trigger(t, "source_update", sql.fill("AFTER UPDATE OF {backLink} ON {source}"),
        sql.fill("NEW.{backLink} IS NOT OLD.{backLink}"), sql.fillAll(
            "UPDATE {owner} SET {link} = NULL WHERE {ownerKey} = OLD.{backLink}"
                + " AND {link} = NEW.{sourceKey};",
            "UPDATE {owner} SET {link} = NEW.{sourceKey} WHERE {ownerKey} = NEW.{backLink}"
                + " AND {link} IS NOT NEW.{sourceKey};")));
    ddl.add(trigger(t, "source_delete", sql.fill("AFTER DELETE ON {source}"), "",
        sql.fillAll("UPDATE {owner} SET {link} = NULL WHERE {link} = OLD.{sourceKey};")));
    ddl.add(trigger(t, "owner_insert", sql.fill("AFTER INSERT ON {owner}"),
        sql.fill("NEW.{link} IS NOT NULL"), setBackLink));
    ddl.add(trigger(t, "owner_update", sql.fill("AFTER UPDATE OF {link} ON {owner}"),
        sql.fill("NEW.{link} IS NOT NULL AND NEW.{link} IS NOT OLD.{link}"), setBackLink));
    ddl.add(trigger(t, "owner_refill", sql.fill("AFTER UPDATE OF {link} ON {owner}"),
        sql.fill("NEW.{link} IS NULL AND OLD.{link} IS NOT NULL"),
        List.of(sql.fill("UPDATE {owner} SET {link} = {0} WHERE {ownerKey} = NEW.{ownerKey};",
            sql.inverse(sql.fill("NEW.{ownerKey}"))))));
    return sql.expandSections(ddl, List.of(), "", footprint(new Footprint(t.table(),
        t.newColumns(), Naming.syncTriggers(t, LINK_TRIGGERS), List.of())));
  }

  static final List<String> LINK_TRIGGERS = List.of("source_insert", "source_update",
      "source_delete", "owner_insert", "owner_update", "owner_refill");

  @Override
  public Sections contractLink(Operation.ContractLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.ownerBefore(), op.sourceBefore());
    List<String> ddl = new ArrayList<>(dropTriggers(t, LINK_TRIGGERS));
    boolean rebuilt =
        dropSourceColumn(op.sourceBefore(), op.sourceAfter(), t.oldColumn(), op.sourceInFlight(), ddl);
    Column link = sql.constraintsToGive(op.ownerAfter());
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
  @Override
  public Sections expandJoin(Operation.ExpandJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.source());
    String insertPair = sql.fill("INSERT INTO {join} ({key}, {value}) SELECT NEW.{sourceKey},"
        + " NEW.{link} WHERE NEW.{link} IS NOT NULL AND NOT {0};",
        sql.pairExists(sql.fill("NEW.{sourceKey}"), sql.fill("NEW.{link}")));
    String relinkOld = sql.relinkOld();
    String linkNew = sql.linkNew();
    return sql.expandSections(List.of(
        CREATE_SYNC_PAUSE,
        trigger(t, "source_insert", sql.fill("AFTER INSERT ON {source}"), "", List.of(insertPair)),
        trigger(t, "source_update", sql.fill("AFTER UPDATE OF {link} ON {source}"),
            sql.fill("NEW.{link} IS NOT OLD.{link}"), List.of(sql.fill(
                "DELETE FROM {join} WHERE {key} = NEW.{sourceKey} AND {value} = OLD.{link};"),
                insertPair)),
        trigger(t, "source_delete", sql.fill("AFTER DELETE ON {source}"), "",
            sql.fillAll("DELETE FROM {join} WHERE {key} = OLD.{sourceKey};")),
        trigger(t, "join_insert", sql.fill("AFTER INSERT ON {join}"), "", List.of(linkNew)),
        trigger(t, "join_update", sql.fill("AFTER UPDATE ON {join}"), "",
            List.of(relinkOld, linkNew)),
        trigger(t, "join_delete", sql.fill("AFTER DELETE ON {join}"), "", List.of(relinkOld))),
        "INSERT OR IGNORE INTO", "",
        footprint(new Footprint(t.table(), List.of(), Naming.syncTriggers(t, JOIN_TRIGGERS),
            List.of())));
  }

  static final List<String> JOIN_TRIGGERS = List.of("source_insert", "source_update",
      "source_delete", "join_insert", "join_update", "join_delete");

  @Override
  public Sections contractJoin(Operation.ContractJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.sourceBefore());
    List<String> ddl = new ArrayList<>(dropTriggers(t, JOIN_TRIGGERS));
    boolean rebuilt =
        dropSourceColumn(op.sourceBefore(), op.sourceAfter(), t.oldColumn(), op.sourceInFlight(), ddl);
    // The join table was created with its declared constraints; rebuild only if they changed.
    if (!JoinSql.redeclared(t, op.joinBefore(), op.joinAfter()).isEmpty()) {
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
  @Override
  public Sections expandTable(Operation.ExpandTable op) {
    Transition t = op.transition();
    TableRenameSql sql = new TableRenameSql(SYNTAX, t, op.table());
    Table copy = new Table(t.table(), op.table().entity(), op.table().columns(),
        op.table().primaryKey(),
        op.table().indexes().stream()
            .map(i -> new Index(Naming.copyIndex(t, i), i.columns(), i.unique())).toList(),
        op.table().keySequence());
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
    return sql.expandSections(ddl, Optional.of(Sections.Backfill.walking(SYNTAX,
        op.table().withName(t.oldTable()), t.batchSize(), fill)), COPY_TRIGGERS,
        SqliteDialect::footprint);
  }

  /**
   * The copy goes and the table takes its name, in one transaction; SQLite rewrites the
   * references other tables' foreign keys make to it.
   */
  @Override
  public Sections contractTable(Operation.ContractTable op) {
    Transition t = op.transition();
    TableRenameSql sql = new TableRenameSql(SYNTAX, t, op.table());
    List<String> ddl = new ArrayList<>(dropTriggers(t, COPY_TRIGGERS));
    ddl.add("DROP TABLE IF EXISTS " + sql.newName() + ";");
    ddl.add("ALTER TABLE " + sql.oldName() + " RENAME TO " + sql.newName() + ";");
    return sql.contractSections(ddl);
  }
}
