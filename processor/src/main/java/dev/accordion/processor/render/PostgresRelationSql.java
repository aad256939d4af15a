package dev.accordion.processor.render;

import static dev.accordion.processor.render.PostgresDialect.SYNTAX;
import static dev.accordion.processor.render.PostgresDialect.columnDefinition;
import static dev.accordion.processor.render.PostgresDialect.footprint;
import static dev.accordion.processor.render.PostgresDialect.function;
import static dev.accordion.processor.render.PostgresDialect.giveConstraints;
import static dev.accordion.processor.render.PostgresDialect.pausing;
import static dev.accordion.processor.render.PostgresDialect.quote;
import static dev.accordion.processor.render.PostgresDialect.renameTable;
import static dev.accordion.processor.render.PostgresDialect.triggers;

import dev.accordion.processor.plan.Operation;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's SQL for the transitions of relations: a link moving to the other table, a link
 * becoming a join table, a table renamed with zero downtime (an updatable view under the new
 * name). {@link PostgresDialect} hands these operations here.
 */
final class PostgresRelationSql {

  private PostgresRelationSql() {}

  /**
   * A link moving between tables. AFTER triggers on both keep the link and its inverse in step,
   * each doing the whole of what a write to its table means for the other, with the
   * transition's triggers paused while it writes, so no trigger takes another's write for a
   * writer's: a link one source row takes from another stays on the other's old side, a
   * mismatch, instead of being cleared there. A BEFORE UPDATE trigger on the owner refills a link
   * written as NULL beside an existing one from its inverse, as an ORM writing an entity loaded
   * before the backfill does.
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
    List<String> ddl = new ArrayList<>();
    ddl.add("ALTER TABLE " + owner + " ADD COLUMN "
        + columnDefinition(op.owner().requireColumn(t.newColumn())) + ";");
    List<String> onSource = new ArrayList<>();
    onSource.add("  IF TG_OP = 'DELETE' THEN");
    onSource.addAll(pausing(t, "    ", List.of(
        "UPDATE " + owner + " SET " + n + " = NULL WHERE " + n + " = OLD." + s + ";")));
    onSource.add("    RETURN NULL;");
    onSource.add("  END IF;");
    onSource.addAll(pausing(t, "  ", List.of(
        "IF TG_OP = 'UPDATE' AND OLD." + o + " IS NOT NULL AND NEW." + o + " IS DISTINCT FROM OLD."
            + o + " THEN",
        "  UPDATE " + owner + " SET " + n + " = NULL WHERE " + k + " = OLD." + o + " AND " + n
            + " = OLD." + s + ";",
        "END IF;",
        "IF NEW." + o + " IS NOT NULL AND (TG_OP = 'INSERT' OR NEW." + o + " IS DISTINCT FROM OLD."
            + o + ") THEN",
        "  UPDATE " + owner + " SET " + n + " = NEW." + s + " WHERE " + k + " = NEW." + o + " AND "
            + n + " IS DISTINCT FROM NEW." + s + ";",
        "END IF;")));
    onSource.add("  RETURN NULL;");
    ddl.add(function(t, "source", "NULL", onSource));
    ddl.add("CREATE TRIGGER " + quote(Naming.syncTrigger(t, "source")) + " AFTER INSERT OR UPDATE OR"
        + " DELETE ON " + source + "\nFOR EACH ROW EXECUTE FUNCTION "
        + quote(Naming.syncTrigger(t, "source")) + "();");
    ddl.add(function(t, "refill", "NEW", List.of(
        "  IF NEW." + n + " IS NULL AND OLD." + n + " IS NOT NULL THEN",
        "    NEW." + n + " := " + sql.inverse("NEW." + k) + ";",
        "  END IF;",
        "  RETURN NEW;")));
    ddl.add("CREATE TRIGGER " + quote(Naming.syncTrigger(t, "refill")) + " BEFORE UPDATE ON " + owner
        + "\nFOR EACH ROW EXECUTE FUNCTION " + quote(Naming.syncTrigger(t, "refill")) + "();");
    List<String> onOwner = new ArrayList<>();
    onOwner.add("  IF NEW." + n + " IS NOT NULL AND (TG_OP = 'INSERT' OR NEW." + n
        + " IS DISTINCT FROM OLD." + n + ") THEN");
    onOwner.addAll(pausing(t, "    ", List.of(
        "UPDATE " + source + " SET " + o + " = NULL WHERE " + o + " = NEW." + k + " AND " + s
            + " IS DISTINCT FROM NEW." + n + ";",
        "UPDATE " + source + " SET " + o + " = NEW." + k + " WHERE " + s + " = NEW." + n + " AND "
            + o + " IS DISTINCT FROM NEW." + k + ";",
        "UPDATE " + owner + " SET " + n + " = NULL WHERE " + n + " = NEW." + n + " AND " + k
            + " <> NEW." + k + ";")));
    onOwner.add("  END IF;");
    onOwner.add("  RETURN NULL;");
    ddl.add(function(t, "owner", "NULL", onOwner));
    ddl.add("CREATE TRIGGER " + quote(Naming.syncTrigger(t, "owner")) + " AFTER INSERT OR UPDATE ON "
        + owner + "\nFOR EACH ROW EXECUTE FUNCTION " + quote(Naming.syncTrigger(t, "owner")) + "();");
    return sql.expandSections(ddl, " FOR SHARE", footprint(new Footprint(t.table(),
        t.newColumns(), triggers(t, LINK_TRIGGERS), List.of())));
  }

  static final List<String> LINK_TRIGGERS = List.of("source", "refill", "owner");

  /**
   * A 1:n link becoming m:n. AFTER triggers on both tables: a source row's old link is one of
   * its join rows; a join row added to a source row without a link becomes its link, and
   * removing the join row that is the link moves the link to another join row, or NULL. Each
   * trigger writes with the transition's triggers paused.
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
    List<String> ddl = new ArrayList<>();
    List<String> onSource = new ArrayList<>();
    onSource.add("  IF TG_OP = 'UPDATE' AND NEW." + o + " IS NOT DISTINCT FROM OLD." + o + " THEN");
    onSource.add("    RETURN NULL;");
    onSource.add("  END IF;");
    onSource.addAll(pausing(t, "  ", List.of(
        "IF TG_OP = 'DELETE' THEN",
        "  DELETE FROM " + join + " WHERE " + jk + " = OLD." + s + ";",
        "ELSE",
        "  IF TG_OP = 'UPDATE' THEN",
        "    DELETE FROM " + join + " WHERE " + jk + " = NEW." + s + " AND " + jv + " = OLD." + o
            + ";",
        "  END IF;",
        "  IF NEW." + o + " IS NOT NULL AND NOT " + sql.pairExists("NEW." + s, "NEW." + o) + " THEN",
        "    INSERT INTO " + join + " (" + jk + ", " + jv + ") VALUES (NEW." + s + ", NEW." + o
            + ");",
        "  END IF;",
        "END IF;")));
    onSource.add("  RETURN NULL;");
    ddl.add(function(t, "source", "NULL", onSource));
    ddl.add("CREATE TRIGGER " + quote(Naming.syncTrigger(t, "source")) + " AFTER INSERT OR UPDATE OR"
        + " DELETE ON " + source + "\nFOR EACH ROW EXECUTE FUNCTION "
        + quote(Naming.syncTrigger(t, "source")) + "();");
    List<String> onJoin = new ArrayList<>();
    onJoin.addAll(pausing(t, "  ", List.of(
        "IF TG_OP <> 'INSERT' THEN",
        "  UPDATE " + source + " SET " + o + " = (SELECT MIN(" + jv + ") FROM " + join + " WHERE "
            + jk + " = OLD." + jk + ") WHERE " + s + " = OLD." + jk + " AND " + o + " = OLD." + jv
            + ";",
        "END IF;",
        "IF TG_OP <> 'DELETE' THEN",
        "  UPDATE " + source + " SET " + o + " = NEW." + jv + " WHERE " + s + " = NEW." + jk
            + " AND " + o + " IS NULL;",
        "END IF;")));
    onJoin.add("  RETURN NULL;");
    ddl.add(function(t, "join", "NULL", onJoin));
    ddl.add("CREATE TRIGGER " + quote(Naming.syncTrigger(t, "join")) + " AFTER INSERT OR UPDATE OR"
        + " DELETE ON " + join + "\nFOR EACH ROW EXECUTE FUNCTION "
        + quote(Naming.syncTrigger(t, "join")) + "();");
    return sql.expandSections(ddl, "INSERT INTO",
        " FOR UPDATE OF " + source + " ON CONFLICT DO NOTHING",
        footprint(new Footprint(t.table(), List.of(), triggers(t, JOIN_TRIGGERS), List.of())));
  }

  static final List<String> JOIN_TRIGGERS = List.of("source", "join");

  static Sections contractJoin(Operation.ContractJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.sourceBefore());
    List<String> ddl = new ArrayList<>();
    for (String purpose : JOIN_TRIGGERS) {
      String name = quote(Naming.syncTrigger(t, purpose));
      ddl.add("DROP TRIGGER IF EXISTS " + name + " ON "
          + (purpose.equals("source") ? sql.source() : sql.join()) + ";");
      ddl.add("DROP FUNCTION IF EXISTS " + name + "();");
    }
    ddl.add("ALTER TABLE " + sql.source() + " DROP COLUMN IF EXISTS " + sql.link() + ";");
    List<String> online = new ArrayList<>();
    for (String column : t.newColumns()) {
      if (op.joinAfter().requireColumn(column).equals(op.joinBefore().requireColumn(column))) {
        continue; // created with its declared constraints
      }
      giveConstraints(t.table(), op.joinAfter().requireColumn(column), ddl, online);
    }
    return new Sections(List.of(sql.countMismatches()), ddl, online, false, Optional.empty(),
        Optional.empty());
  }

  /**
   * An automatically updatable view: inserts through it take the table's identity default and
   * return the key, so Hibernate writes through it as through the table.
   */
  static Sections expandTable(Operation.ExpandTable op) {
    TableRenameSql sql = new TableRenameSql(SYNTAX, op.transition(), op.table());
    return new Sections(List.of(),
        List.of("CREATE VIEW " + sql.newName() + " AS " + sql.selectAllFromOld() + ";"),
        List.of(), false, Optional.empty(), Optional.of(sql.verification()))
        .refusingMismatches()
        .leaving(footprint(new Footprint(op.transition().table(), List.of(), List.of(),
            List.of(op.transition().table()))));
  }

  /**
   * One transaction: a query waiting for the view's lock finds the renamed table when it
   * resolves the name again.
   */
  static Sections contractTable(Operation.ContractTable op) {
    Transition t = op.transition();
    TableRenameSql sql = new TableRenameSql(SYNTAX, t, op.table());
    List<String> ddl = new ArrayList<>();
    ddl.add("DROP VIEW IF EXISTS " + sql.newName() + ";");
    ddl.addAll(renameTable(op.table().withName(t.oldTable()), t.table()));
    return new Sections(List.of(sql.countDifferences()), ddl, List.of(), false, Optional.empty(),
        Optional.empty());
  }

  static Sections contractLink(Operation.ContractLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.ownerBefore(), op.sourceBefore());
    List<String> ddl = new ArrayList<>();
    for (String purpose : LINK_TRIGGERS) {
      String name = quote(Naming.syncTrigger(t, purpose));
      ddl.add("DROP TRIGGER IF EXISTS " + name + " ON "
          + (purpose.equals("source") ? sql.source() : sql.owner()) + ";");
      ddl.add("DROP FUNCTION IF EXISTS " + name + "();");
    }
    ddl.add("ALTER TABLE " + sql.source() + " DROP COLUMN IF EXISTS " + sql.backLink() + ";");
    List<String> online = new ArrayList<>();
    giveConstraints(t.table(), op.ownerAfter().requireColumn(t.newColumn()), ddl, online);
    return new Sections(sql.guards(op.ownerAfter()), ddl, online, false, Optional.empty(),
        Optional.empty());
  }
}
