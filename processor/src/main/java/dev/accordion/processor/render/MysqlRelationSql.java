package dev.accordion.processor.render;

import static dev.accordion.processor.render.MysqlDialect.SYNTAX;
import static dev.accordion.processor.render.MysqlDialect.columnDefinition;
import static dev.accordion.processor.render.MysqlDialect.concat;
import static dev.accordion.processor.render.MysqlDialect.dropColumn;
import static dev.accordion.processor.render.MysqlDialect.footprint;
import static dev.accordion.processor.render.MysqlDialect.giveConstraints;
import static dev.accordion.processor.render.MysqlDialect.pausingTrigger;
import static dev.accordion.processor.render.MysqlDialect.quote;
import static dev.accordion.processor.render.MysqlDialect.renameUniqueKeys;
import static dev.accordion.processor.render.MysqlDialect.trigger;
import static dev.accordion.processor.render.MysqlDialect.triggers;

import dev.accordion.processor.plan.Operation;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MySQL's and MariaDB's SQL for the transitions of relations: a link moving to the other table, a
 * link becoming a join table, a table renamed with zero downtime (a view under the new name until
 * one RENAME TABLE swaps them). {@link MysqlDialect} hands these operations here.
 */
final class MysqlRelationSql {

  private MysqlRelationSql() {}

  /**
   * A link moving between tables. AFTER triggers on both keep the link and its inverse in step;
   * a BEFORE UPDATE trigger on the owner refills a link written as NULL beside an existing one
   * from its inverse. MariaDB refuses a trigger's write to a table the statement that fired it
   * uses (error 1442), even when no row would change; so every write is made only after a read
   * shows the other side disagrees, which ends each chain before it turns back. A write, by
   * either release, that takes a link another row holds still ends in 1442: during the
   * transition, unlink it there first.
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
    String ownerLink = "(SELECT " + n + " FROM " + owner + " WHERE " + k + " = %s)";
    List<String> ddl = new ArrayList<>();
    ddl.add("ALTER TABLE " + owner + " ADD COLUMN IF NOT EXISTS "
        + columnDefinition(op.owner().requireColumn(t.newColumn())) + ", ALGORITHM=INSTANT;");
    ddl.add(pausingTrigger(t, "src_ins", "AFTER INSERT ON " + source, List.of(
        "  IF NEW." + o + " IS NOT NULL AND NOT (" + String.format(ownerLink, "NEW." + o)
            + " <=> NEW." + s + ") THEN",
        "    UPDATE " + owner + " SET " + n + " = NEW." + s + " WHERE " + k + " = NEW." + o + ";",
        "  END IF;")));
    ddl.add(pausingTrigger(t, "src_upd", "AFTER UPDATE ON " + source, List.of(
        "  IF NOT (NEW." + o + " <=> OLD." + o + ") THEN",
        "    IF OLD." + o + " IS NOT NULL AND " + String.format(ownerLink, "OLD." + o) + " <=> OLD."
            + s + " THEN",
        "      UPDATE " + owner + " SET " + n + " = NULL WHERE " + k + " = OLD." + o + ";",
        "    END IF;",
        "    IF NEW." + o + " IS NOT NULL AND NOT (" + String.format(ownerLink, "NEW." + o)
            + " <=> NEW." + s + ") THEN",
        "      UPDATE " + owner + " SET " + n + " = NEW." + s + " WHERE " + k + " = NEW." + o + ";",
        "    END IF;",
        "  END IF;")));
    ddl.add(pausingTrigger(t, "src_del", "AFTER DELETE ON " + source, List.of(
        "  IF EXISTS (SELECT 1 FROM " + owner + " WHERE " + n + " = OLD." + s + ") THEN",
        "    UPDATE " + owner + " SET " + n + " = NULL WHERE " + n + " = OLD." + s + ";",
        "  END IF;")));
    ddl.add(trigger(t, "refill", "BEFORE UPDATE ON " + owner, List.of(
        "  IF NEW." + n + " IS NULL AND OLD." + n + " IS NOT NULL THEN",
        "    SET NEW." + n + " = " + sql.inverse("NEW." + k) + ";",
        "  END IF;")));
    List<String> setBackLink = List.of(
        "    IF EXISTS (SELECT 1 FROM " + source + " WHERE " + o + " = NEW." + k + " AND NOT (" + s
            + " <=> NEW." + n + ")) THEN",
        "      UPDATE " + source + " SET " + o + " = NULL WHERE " + o + " = NEW." + k + " AND NOT ("
            + s + " <=> NEW." + n + ");",
        "    END IF;",
        "    IF NOT ((SELECT " + o + " FROM " + source + " WHERE " + s + " = NEW." + n + ") <=> NEW."
            + k + ") THEN",
        "      UPDATE " + source + " SET " + o + " = NEW." + k + " WHERE " + s + " = NEW." + n + ";",
        "    END IF;");
    List<String> onInsert = new ArrayList<>();
    onInsert.add("  IF NEW." + n + " IS NOT NULL THEN");
    onInsert.addAll(setBackLink);
    onInsert.add("  END IF;");
    ddl.add(trigger(t, "own_ins", "AFTER INSERT ON " + owner, onInsert));
    List<String> onUpdate = new ArrayList<>();
    onUpdate.add("  IF NEW." + n + " IS NOT NULL AND NOT (NEW." + n + " <=> OLD." + n + ") THEN");
    onUpdate.addAll(setBackLink);
    onUpdate.add("  END IF;");
    ddl.add(trigger(t, "own_upd", "AFTER UPDATE ON " + owner, onUpdate));
    // No share lock on the rows the backfill reads: on MariaDB it makes every batch deadlock
    // with writers that lock the two tables in the other order (docs/limits.md).
    return sql.expandSections(ddl, "", footprint(new Footprint(t.table(), t.newColumns(),
        triggers(t, LINK_TRIGGERS), List.of())));
  }

  /**
   * A 1:n link becoming m:n. AFTER triggers on both tables: a source row's old link is one of
   * its join rows; a join row added to a source row without a link becomes its link, and
   * removing the join row that is the link moves the link to another join row, or NULL. As for
   * links, each write is made only after a read shows the other side disagrees (error 1442).
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
    String sourceLink = "(SELECT " + o + " FROM " + source + " WHERE " + s + " = %s)";
    List<String> insertPair = List.of(
        "  IF NEW." + o + " IS NOT NULL AND NOT " + sql.pairExists("NEW." + s, "NEW." + o) + " THEN",
        "    INSERT INTO " + join + " (" + jk + ", " + jv + ") VALUES (NEW." + s + ", NEW." + o + ");",
        "  END IF;");
    List<String> relinkOld = List.of(
        "  IF " + String.format(sourceLink, "OLD." + jk) + " <=> OLD." + jv + " THEN",
        "    UPDATE " + source + " SET " + o + " = (SELECT MIN(" + jv + ") FROM " + join + " WHERE "
            + jk + " = OLD." + jk + ") WHERE " + s + " = OLD." + jk + ";",
        "  END IF;");
    List<String> linkNew = List.of(
        "  IF EXISTS (SELECT 1 FROM " + source + " WHERE " + s + " = NEW." + jk + " AND " + o
            + " IS NULL) THEN",
        "    UPDATE " + source + " SET " + o + " = NEW." + jv + " WHERE " + s + " = NEW." + jk + ";",
        "  END IF;");
    List<String> ddl = new ArrayList<>();
    ddl.add(pausingTrigger(t, "src_ins", "AFTER INSERT ON " + source, insertPair));
    List<String> onUpdate = new ArrayList<>();
    onUpdate.add("  IF NOT (NEW." + o + " <=> OLD." + o + ") THEN");
    onUpdate.add("    IF OLD." + o + " IS NOT NULL AND " + sql.pairExists("NEW." + s, "OLD." + o)
        + " THEN");
    onUpdate.add("      DELETE FROM " + join + " WHERE " + jk + " = NEW." + s + " AND " + jv
        + " = OLD." + o + ";");
    onUpdate.add("    END IF;");
    insertPair.forEach(line -> onUpdate.add("  " + line));
    onUpdate.add("  END IF;");
    ddl.add(pausingTrigger(t, "src_upd", "AFTER UPDATE ON " + source, onUpdate));
    ddl.add(pausingTrigger(t, "src_del", "AFTER DELETE ON " + source, List.of(
        "  IF EXISTS (SELECT 1 FROM " + join + " WHERE " + jk + " = OLD." + s + ") THEN",
        "    DELETE FROM " + join + " WHERE " + jk + " = OLD." + s + ";",
        "  END IF;")));
    ddl.add(trigger(t, "join_ins", "AFTER INSERT ON " + join, linkNew));
    List<String> onJoinUpdate = new ArrayList<>(relinkOld);
    onJoinUpdate.addAll(linkNew);
    ddl.add(trigger(t, "join_upd", "AFTER UPDATE ON " + join, onJoinUpdate));
    ddl.add(trigger(t, "join_del", "AFTER DELETE ON " + join, relinkOld));
    return sql.expandSections(ddl, "INSERT IGNORE INTO", " FOR UPDATE",
        footprint(new Footprint(t.table(), List.of(), triggers(t, JOIN_TRIGGERS), List.of())));
  }

  static Sections contractJoin(Operation.ContractJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.sourceBefore());
    List<String> ddl = new ArrayList<>();
    for (String purpose : JOIN_TRIGGERS) {
      ddl.add("DROP TRIGGER IF EXISTS " + quote(Naming.syncTrigger(t, purpose)) + ";");
    }
    ddl.add(dropColumn(op.sourceBefore(), t.oldColumn()));
    for (String column : t.newColumns()) {
      if (op.joinAfter().requireColumn(column).equals(op.joinBefore().requireColumn(column))) {
        continue; // created with its declared constraints
      }
      giveConstraints(t.table(), op.joinAfter().requireColumn(column), ddl);
    }
    return new Sections(List.of(sql.countMismatches()), ddl, List.of(), false, Optional.empty(),
        Optional.empty());
  }

  /**
   * A MERGE view: inserts and updates through it go to the table, and an insert's generated key
   * comes back as through the table. With the invoker's rights, it grants nothing the table
   * does not.
   */
  static Sections expandTable(Operation.ExpandTable op) {
    TableRenameSql sql = new TableRenameSql(SYNTAX, op.transition(), op.table());
    return new Sections(List.of(),
        List.of("CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW " + sql.newName()
            + " AS " + sql.selectAllFromOld() + ";"),
        List.of(), false, Optional.empty(), Optional.of(sql.verification()))
        .refusingMismatches()
        .leaving(footprint(new Footprint(op.transition().table(), List.of(), List.of(),
            List.of(op.transition().table()))));
  }

  /**
   * One RENAME TABLE swaps the view for the table atomically, so the new name never goes
   * missing; the block makes it safe to run again after a crash (MariaDB's DDL is not
   * transactional), and the retired view goes afterwards.
   */
  static Sections contractTable(Operation.ContractTable op) {
    Transition t = op.transition();
    TableRenameSql sql = new TableRenameSql(SYNTAX, t, op.table());
    String retired = quote(Naming.retiredName(t));
    return new Sections(List.of(sql.countDifferences()),
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

  static Sections contractLink(Operation.ContractLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.ownerBefore(), op.sourceBefore());
    List<String> ddl = new ArrayList<>();
    for (String purpose : LINK_TRIGGERS) {
      ddl.add("DROP TRIGGER IF EXISTS " + quote(Naming.syncTrigger(t, purpose)) + ";");
    }
    ddl.add(dropColumn(op.sourceBefore(), t.oldColumn()));
    giveConstraints(t.table(), op.ownerAfter().requireColumn(t.newColumn()), ddl);
    return new Sections(sql.guards(op.ownerAfter()), ddl, List.of(), false, Optional.empty(),
        Optional.empty());
  }
}
