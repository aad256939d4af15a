package dev.accordion.processor.render;

import static dev.accordion.processor.render.MysqlDialect.SYNTAX;
import static dev.accordion.processor.render.MysqlDialect.columnDefinition;
import static dev.accordion.processor.render.MysqlDialect.concat;
import static dev.accordion.processor.render.MysqlDialect.createIndex;
import static dev.accordion.processor.render.MysqlDialect.dropColumn;
import static dev.accordion.processor.render.MysqlDialect.footprint;
import static dev.accordion.processor.render.MysqlDialect.giveConstraints;
import static dev.accordion.processor.render.MysqlDialect.pausingTrigger;
import static dev.accordion.processor.render.MysqlDialect.quote;
import static dev.accordion.processor.render.MysqlDialect.renameUniqueKeys;
import static dev.accordion.processor.render.MysqlDialect.relationTrigger;

import dev.accordion.processor.plan.Operation;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * MySQL's and MariaDB's SQL for the transitions of relations: a link moving to the other table, a
 * link becoming a join table, a table renamed with zero downtime (a view under the new name until
 * one RENAME TABLE swaps them).
 */
final class MysqlRelationSql implements SqlDialect.RelationSql {

  /**
   * A link moving between tables. AFTER triggers on both keep the link and its inverse in step;
   * a BEFORE UPDATE trigger on the owner refills a link written as NULL beside an existing one
   * from its inverse. MariaDB refuses a trigger's write to a table the statement that fired it
   * uses (error 1442), even when no row would change; so every write is made only after a read
   * shows the other side disagrees, which ends each chain before it turns back. A write, by
   * either release, that takes a link another row holds still ends in 1442: during the
   * transition, unlink it there first.
   */
  @Override
  public Sections expandLink(Operation.ExpandLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.owner(), op.source());
    // The link held by the owner that a source row (NEW or OLD) links back to.
    UnaryOperator<String> ownersLink =
        row -> "(SELECT {link} FROM {owner} WHERE {ownerKey} = " + row + ".{backLink})";
    List<String> ddl = new ArrayList<>();
    ddl.add(sql.fill("ALTER TABLE {owner} ADD COLUMN IF NOT EXISTS ")
        + columnDefinition(sql.newLink()) + ", ALGORITHM=INSTANT;");
    // Before the foreign key, which takes it as its index instead of adding one of its own.
    sql.uniqueIndex().ifPresent(index -> ddl.add(createIndex(t.table(), index)));
    ddl.add(pausingTrigger(t, "src_ins", sql.fill("AFTER INSERT ON {source}"), sql.fillAll(
        "  IF NEW.{backLink} IS NOT NULL AND NOT (" + ownersLink.apply("NEW")
            + " <=> NEW.{sourceKey}) THEN",
        "    UPDATE {owner} SET {link} = NEW.{sourceKey} WHERE {ownerKey} = NEW.{backLink};",
        "  END IF;")));
    ddl.add(pausingTrigger(t, "src_upd", sql.fill("AFTER UPDATE ON {source}"), sql.fillAll(
        "  IF NOT (NEW.{backLink} <=> OLD.{backLink}) THEN",
        "    IF OLD.{backLink} IS NOT NULL AND " + ownersLink.apply("OLD")
            + " <=> OLD.{sourceKey} THEN",
        "      UPDATE {owner} SET {link} = NULL WHERE {ownerKey} = OLD.{backLink};",
        "    END IF;",
        "    IF NEW.{backLink} IS NOT NULL AND NOT (" + ownersLink.apply("NEW")
            + " <=> NEW.{sourceKey}) THEN",
        "      UPDATE {owner} SET {link} = NEW.{sourceKey} WHERE {ownerKey} = NEW.{backLink};",
        "    END IF;",
        "  END IF;")));
    ddl.add(pausingTrigger(t, "src_del", sql.fill("AFTER DELETE ON {source}"), sql.fillAll(
        "  IF EXISTS (SELECT 1 FROM {owner} WHERE {link} = OLD.{sourceKey}) THEN",
        "    UPDATE {owner} SET {link} = NULL WHERE {link} = OLD.{sourceKey};",
        "  END IF;")));
    ddl.add(relationTrigger(t, "refill", sql.fill("BEFORE UPDATE ON {owner}"), List.of(
        sql.fill("  IF NEW.{link} IS NULL AND OLD.{link} IS NOT NULL THEN"),
        sql.fill("    SET NEW.{link} = {0};", sql.inverse(sql.fill("NEW.{ownerKey}"))),
        "  END IF;")));
    List<String> setBackLink = sql.fillAll(
        "    IF EXISTS (SELECT 1 FROM {source} WHERE {backLink} = NEW.{ownerKey}"
            + " AND NOT ({sourceKey} <=> NEW.{link})) THEN",
        "      UPDATE {source} SET {backLink} = NULL WHERE {backLink} = NEW.{ownerKey}"
            + " AND NOT ({sourceKey} <=> NEW.{link});",
        "    END IF;",
        "    IF NOT ((SELECT {backLink} FROM {source} WHERE {sourceKey} = NEW.{link})"
            + " <=> NEW.{ownerKey}) THEN",
        "      UPDATE {source} SET {backLink} = NEW.{ownerKey} WHERE {sourceKey} = NEW.{link};",
        "    END IF;");
    ddl.add(relationTrigger(t, "own_ins", sql.fill("AFTER INSERT ON {owner}"),
        within(sql.fill("  IF NEW.{link} IS NOT NULL THEN"), setBackLink)));
    ddl.add(relationTrigger(t, "own_upd", sql.fill("AFTER UPDATE ON {owner}"),
        within(sql.fill("  IF NEW.{link} IS NOT NULL AND NOT (NEW.{link} <=> OLD.{link}) THEN"),
            setBackLink)));
    // No share lock on the rows the backfill reads: on MariaDB it makes every batch deadlock
    // with writers that lock the two tables in the other order (docs/limits.md).
    return sql.expandSections(ddl, List.of(), "", footprint(new Footprint(t.table(),
        t.newColumns(), Naming.syncTriggers(t, LINK_TRIGGERS), List.of())));
  }

  /** {@code body} within {@code condition} and its {@code END IF}. */
  private static List<String> within(String condition, List<String> body) {
    List<String> lines = new ArrayList<>();
    lines.add(condition);
    lines.addAll(body);
    lines.add("  END IF;");
    return lines;
  }

  /**
   * A 1:n link becoming m:n. AFTER triggers on both tables: a source row's old link is one of
   * its join rows; a join row added to a source row without a link becomes its link, and
   * removing the join row that is the link moves the link to another join row, or NULL. As for
   * links, each write is made only after a read shows the other side disagrees (error 1442).
   */
  @Override
  public Sections expandJoin(Operation.ExpandJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.source());
    List<String> insertPair = List.of(
        sql.fill("  IF NEW.{link} IS NOT NULL AND NOT {0} THEN",
            sql.pairExists(sql.fill("NEW.{sourceKey}"), sql.fill("NEW.{link}"))),
        sql.fill("    INSERT INTO {join} ({key}, {value}) VALUES (NEW.{sourceKey}, NEW.{link});"),
        "  END IF;");
    List<String> relinkOld = sql.fillAll(
        "  IF (SELECT {link} FROM {source} WHERE {sourceKey} = OLD.{key}) <=> OLD.{value} THEN",
        "    UPDATE {source} SET {link} = (SELECT MIN({value}) FROM {join} WHERE {key} = OLD.{key})"
            + " WHERE {sourceKey} = OLD.{key};",
        "  END IF;");
    List<String> linkNew = sql.fillAll(
        "  IF EXISTS (SELECT 1 FROM {source} WHERE {sourceKey} = NEW.{key} AND {link} IS NULL)"
            + " THEN",
        "    UPDATE {source} SET {link} = NEW.{value} WHERE {sourceKey} = NEW.{key};",
        "  END IF;");
    List<String> ddl = new ArrayList<>();
    ddl.add(pausingTrigger(t, "src_ins", sql.fill("AFTER INSERT ON {source}"), insertPair));
    List<String> onUpdate = new ArrayList<>();
    onUpdate.add(sql.fill("    IF OLD.{link} IS NOT NULL AND {0} THEN",
        sql.pairExists(sql.fill("NEW.{sourceKey}"), sql.fill("OLD.{link}"))));
    onUpdate.add(sql.fill(
        "      DELETE FROM {join} WHERE {key} = NEW.{sourceKey} AND {value} = OLD.{link};"));
    onUpdate.add("    END IF;");
    insertPair.forEach(line -> onUpdate.add("  " + line));
    ddl.add(pausingTrigger(t, "src_upd", sql.fill("AFTER UPDATE ON {source}"),
        within(sql.fill("  IF NOT (NEW.{link} <=> OLD.{link}) THEN"), onUpdate)));
    ddl.add(pausingTrigger(t, "src_del", sql.fill("AFTER DELETE ON {source}"), sql.fillAll(
        "  IF EXISTS (SELECT 1 FROM {join} WHERE {key} = OLD.{sourceKey}) THEN",
        "    DELETE FROM {join} WHERE {key} = OLD.{sourceKey};",
        "  END IF;")));
    ddl.add(relationTrigger(t, "join_ins", sql.fill("AFTER INSERT ON {join}"), linkNew));
    List<String> onJoinUpdate = new ArrayList<>(relinkOld);
    onJoinUpdate.addAll(linkNew);
    ddl.add(relationTrigger(t, "join_upd", sql.fill("AFTER UPDATE ON {join}"), onJoinUpdate));
    ddl.add(relationTrigger(t, "join_del", sql.fill("AFTER DELETE ON {join}"), relinkOld));
    return sql.expandSections(ddl, "INSERT IGNORE INTO", " FOR UPDATE",
        footprint(new Footprint(t.table(), List.of(), Naming.syncTriggers(t, JOIN_TRIGGERS),
            List.of())));
  }

  @Override
  public Sections contractJoin(Operation.ContractJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.sourceBefore());
    List<String> ddl = new ArrayList<>(dropTriggers(t, JOIN_TRIGGERS));
    ddl.addAll(dropColumn(op.sourceBefore(), t.oldColumn()));
    for (Column column : JoinSql.redeclared(t, op.joinBefore(), op.joinAfter())) {
      giveConstraints(t.table(), column, ddl);
    }
    return new Sections(List.of(sql.countMismatches()), ddl, List.of(), false, Optional.empty(),
        Optional.empty());
  }

  /**
   * A MERGE view: inserts and updates through it go to the table, and an insert's generated key
   * comes back as through the table. With the invoker's rights, it grants nothing the table
   * does not.
   */
  @Override
  public Sections expandTable(Operation.ExpandTable op) {
    TableRenameSql sql = new TableRenameSql(SYNTAX, op.transition(), op.table());
    return sql.expandSections(
        List.of("CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW " + sql.newName()
            + " AS " + sql.selectAllFromOld() + ";"),
        Optional.empty(), List.of(), MysqlDialect::footprint);
  }

  /**
   * One RENAME TABLE swaps the view for the table atomically, so the new name never goes
   * missing; the block makes it safe to run again after a crash (MariaDB's DDL is not
   * transactional), and the retired view goes afterwards.
   */
  @Override
  public Sections contractTable(Operation.ContractTable op) {
    Transition t = op.transition();
    TableRenameSql sql = new TableRenameSql(SYNTAX, t, op.table());
    String retired = quote(Naming.retiredName(t));
    String guard = sql.countDifferences();
    return new Sections(List.of(guard),
        concat(List.of(String.join("\n",
                "BEGIN NOT ATOMIC",
                "  IF EXISTS (SELECT 1 FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = " + SYNTAX.stringLiteral(t.table()) + ") THEN",
                "    RENAME TABLE " + sql.newName() + " TO " + retired + ", " + sql.oldName()
                    + " TO " + sql.newName() + ";",
                "  END IF;",
                "END;"),
            "DROP VIEW IF EXISTS " + retired + ";"),
            renameUniqueKeys(op.table().withName(t.oldTable()), t.table())),
        List.of(), false, Optional.empty(), Optional.empty());
  }

  static final List<String> LINK_TRIGGERS =
      List.of("src_ins", "src_upd", "src_del", "refill", "own_ins", "own_upd");

  static final List<String> JOIN_TRIGGERS =
      List.of("src_ins", "src_upd", "src_del", "join_ins", "join_upd", "join_del");

  @Override
  public Sections contractLink(Operation.ContractLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.ownerBefore(), op.sourceBefore());
    List<String> ddl = new ArrayList<>(dropTriggers(t, LINK_TRIGGERS));
    ddl.addAll(dropColumn(op.sourceBefore(), t.oldColumn()));
    giveConstraints(t.table(), sql.constraintsToGive(op.ownerAfter()), ddl);
    return new Sections(sql.guards(op.ownerAfter()), ddl, List.of(), false, Optional.empty(),
        Optional.empty());
  }

  private static List<String> dropTriggers(Transition t, List<String> purposes) {
    return purposes.stream()
        .map(purpose -> "DROP TRIGGER IF EXISTS " + quote(Naming.syncTrigger(t, purpose)) + ";")
        .toList();
  }
}
