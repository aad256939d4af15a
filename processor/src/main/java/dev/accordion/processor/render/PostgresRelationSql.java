package dev.accordion.processor.render;

import static dev.accordion.processor.render.PostgresDialect.SYNTAX;
import static dev.accordion.processor.render.PostgresDialect.columnDefinition;
import static dev.accordion.processor.render.PostgresDialect.createIndexConcurrently;
import static dev.accordion.processor.render.PostgresDialect.dropTrigger;
import static dev.accordion.processor.render.PostgresDialect.footprint;
import static dev.accordion.processor.render.PostgresDialect.function;
import static dev.accordion.processor.render.PostgresDialect.giveConstraints;
import static dev.accordion.processor.render.PostgresDialect.pausing;
import static dev.accordion.processor.render.PostgresDialect.quote;
import static dev.accordion.processor.render.PostgresDialect.renameTable;
import static dev.accordion.processor.render.PostgresDialect.trigger;

import dev.accordion.processor.plan.Operation;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * PostgreSQL's SQL for the transitions of relations: a link moving to the other table, a link
 * becoming a join table, a table renamed with zero downtime (an updatable view under the new
 * name).
 */
final class PostgresRelationSql implements SqlDialect.RelationSql {

  /**
   * A link moving between tables. AFTER triggers on both keep the link and its inverse in step,
   * each doing the whole of what a write to its table means for the other, with the
   * transition's triggers paused while it writes, so no trigger takes another's write for a
   * writer's: a link one source row takes from another stays on the other's old side, a
   * mismatch, instead of being cleared there. A BEFORE UPDATE trigger on the owner refills a link
   * written as NULL beside an existing one from its inverse, as an ORM writing an entity loaded
   * before the backfill does.
   */
  @Override
  public Sections expandLink(Operation.ExpandLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.owner(), op.source());
    List<String> ddl = new ArrayList<>();
    ddl.add(sql.fill("ALTER TABLE {owner} ADD COLUMN ") + columnDefinition(sql.newLink()) + ";");
    List<String> onSource = new ArrayList<>();
    onSource.add("  IF TG_OP = 'DELETE' THEN");
    onSource.addAll(pausing(t, "    ",
        sql.fillAll("UPDATE {owner} SET {link} = NULL WHERE {link} = OLD.{sourceKey};")));
    onSource.add("    RETURN NULL;");
    onSource.add("  END IF;");
    onSource.addAll(pausing(t, "  ", sql.fillAll(
        "IF TG_OP = 'UPDATE' AND OLD.{backLink} IS NOT NULL"
            + " AND NEW.{backLink} IS DISTINCT FROM OLD.{backLink} THEN",
        "  UPDATE {owner} SET {link} = NULL WHERE {ownerKey} = OLD.{backLink}"
            + " AND {link} = OLD.{sourceKey};",
        "END IF;",
        "IF NEW.{backLink} IS NOT NULL"
            + " AND (TG_OP = 'INSERT' OR NEW.{backLink} IS DISTINCT FROM OLD.{backLink}) THEN",
        "  UPDATE {owner} SET {link} = NEW.{sourceKey} WHERE {ownerKey} = NEW.{backLink}"
            + " AND {link} IS DISTINCT FROM NEW.{sourceKey};",
        "END IF;")));
    onSource.add("  RETURN NULL;");
    ddl.add(function(t, "source", "NULL", onSource));
    ddl.add(trigger(t, "source", sql.fill("AFTER INSERT OR UPDATE OR DELETE ON {source}")));
    ddl.add(function(t, "refill", "NEW", List.of(
        sql.fill("  IF NEW.{link} IS NULL AND OLD.{link} IS NOT NULL THEN"),
        sql.fill("    NEW.{link} := {0};", sql.inverse(sql.fill("NEW.{ownerKey}"))),
        "  END IF;",
        "  RETURN NEW;")));
    ddl.add(trigger(t, "refill", sql.fill("BEFORE UPDATE ON {owner}")));
    List<String> onOwner = new ArrayList<>();
    onOwner.add(sql.fill("  IF NEW.{link} IS NOT NULL"
        + " AND (TG_OP = 'INSERT' OR NEW.{link} IS DISTINCT FROM OLD.{link}) THEN"));
    onOwner.addAll(pausing(t, "    ", sql.fillAll(
        "UPDATE {source} SET {backLink} = NULL WHERE {backLink} = NEW.{ownerKey}"
            + " AND {sourceKey} IS DISTINCT FROM NEW.{link};",
        "UPDATE {source} SET {backLink} = NEW.{ownerKey} WHERE {sourceKey} = NEW.{link}"
            + " AND {backLink} IS DISTINCT FROM NEW.{ownerKey};",
        "UPDATE {owner} SET {link} = NULL WHERE {link} = NEW.{link}"
            + " AND {ownerKey} <> NEW.{ownerKey};")));
    onOwner.add("  END IF;");
    onOwner.add("  RETURN NULL;");
    ddl.add(function(t, "owner", "NULL", onOwner));
    ddl.add(trigger(t, "owner", sql.fill("AFTER INSERT OR UPDATE ON {owner}")));
    List<String> online = sql.uniqueIndex()
        .map(index -> List.of(createIndexConcurrently(t.table(), index))).orElse(List.of());
    return sql.expandSections(ddl, online, " FOR SHARE", footprint(new Footprint(t.table(),
        t.newColumns(), Naming.syncTriggers(t, LINK_TRIGGERS), List.of())));
  }

  static final List<String> LINK_TRIGGERS = List.of("source", "refill", "owner");

  /**
   * A 1:n link becoming m:n. AFTER triggers on both tables: a source row's old link is one of
   * its join rows; a join row added to a source row without a link becomes its link, and
   * removing the join row that is the link moves the link to another join row, or NULL. Each
   * trigger writes with the transition's triggers paused.
   */
  @Override
  public Sections expandJoin(Operation.ExpandJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.source());
    List<String> ddl = new ArrayList<>();
    List<String> onSource = new ArrayList<>();
    onSource.add(
        sql.fill("  IF TG_OP = 'UPDATE' AND NEW.{link} IS NOT DISTINCT FROM OLD.{link} THEN"));
    onSource.add("    RETURN NULL;");
    onSource.add("  END IF;");
    onSource.addAll(pausing(t, "  ", List.of(
        "IF TG_OP = 'DELETE' THEN",
        sql.fill("  DELETE FROM {join} WHERE {key} = OLD.{sourceKey};"),
        "ELSE",
        "  IF TG_OP = 'UPDATE' THEN",
        sql.fill("    DELETE FROM {join} WHERE {key} = NEW.{sourceKey} AND {value} = OLD.{link};"),
        "  END IF;",
        sql.fill("  IF NEW.{link} IS NOT NULL AND NOT {0} THEN",
            sql.pairExists(sql.fill("NEW.{sourceKey}"), sql.fill("NEW.{link}"))),
        sql.fill("    INSERT INTO {join} ({key}, {value}) VALUES (NEW.{sourceKey}, NEW.{link});"),
        "  END IF;",
        "END IF;")));
    onSource.add("  RETURN NULL;");
    ddl.add(function(t, "source", "NULL", onSource));
    ddl.add(trigger(t, "source", sql.fill("AFTER INSERT OR UPDATE OR DELETE ON {source}")));
    List<String> onJoin = new ArrayList<>(pausing(t, "  ", List.of(
        "IF TG_OP <> 'INSERT' THEN",
        "  " + sql.relinkOld(),
        "END IF;",
        "IF TG_OP <> 'DELETE' THEN",
        "  " + sql.linkNew(),
        "END IF;")));
    onJoin.add("  RETURN NULL;");
    ddl.add(function(t, "join", "NULL", onJoin));
    ddl.add(trigger(t, "join", sql.fill("AFTER INSERT OR UPDATE OR DELETE ON {join}")));
    return sql.expandSections(ddl, "INSERT INTO",
        sql.fill(" FOR UPDATE OF {source} ON CONFLICT DO NOTHING"),
        footprint(new Footprint(t.table(), List.of(), Naming.syncTriggers(t, JOIN_TRIGGERS),
            List.of())));
  }

  static final List<String> JOIN_TRIGGERS = List.of("source", "join");

  @Override
  public Sections contractJoin(Operation.ContractJoin op) {
    Transition t = op.transition();
    JoinSql sql = new JoinSql(SYNTAX, t, op.sourceBefore());
    List<String> ddl = new ArrayList<>(dropTriggers(t, JOIN_TRIGGERS,
        purpose -> purpose.equals("source") ? sql.source() : sql.join()));
    ddl.add("ALTER TABLE " + sql.source() + " DROP COLUMN IF EXISTS " + sql.link() + ";");
    List<String> online = new ArrayList<>();
    for (Column column : JoinSql.redeclared(t, op.joinBefore(), op.joinAfter())) {
      giveConstraints(t.table(), column, ddl, online);
    }
    return new Sections(List.of(sql.countMismatches()), ddl, online, false, Optional.empty(),
        Optional.empty());
  }

  /**
   * An automatically updatable view: inserts through it take the table's identity default and
   * return the key, so Hibernate writes through it as through the table.
   */
  @Override
  public Sections expandTable(Operation.ExpandTable op) {
    TableRenameSql sql = new TableRenameSql(SYNTAX, op.transition(), op.table());
    return sql.expandSections(
        List.of("CREATE VIEW " + sql.newName() + " AS " + sql.selectAllFromOld() + ";"),
        Optional.empty(), List.of(), PostgresDialect::footprint);
  }

  /**
   * One transaction: a query waiting for the view's lock finds the renamed table when it
   * resolves the name again.
   */
  @Override
  public Sections contractTable(Operation.ContractTable op) {
    Transition t = op.transition();
    TableRenameSql sql = new TableRenameSql(SYNTAX, t, op.table());
    List<String> ddl = new ArrayList<>();
    ddl.add("DROP VIEW IF EXISTS " + sql.newName() + ";");
    ddl.addAll(renameTable(op.table().withName(t.oldTable()), t.table()));
    return sql.contractSections(ddl);
  }

  @Override
  public Sections contractLink(Operation.ContractLink op) {
    Transition t = op.transition();
    LinkSql sql = new LinkSql(SYNTAX, t, op.ownerBefore(), op.sourceBefore());
    List<String> ddl = new ArrayList<>(dropTriggers(t, LINK_TRIGGERS,
        purpose -> purpose.equals("source") ? sql.source() : sql.owner()));
    ddl.add("ALTER TABLE " + sql.source() + " DROP COLUMN IF EXISTS " + sql.backLink() + ";");
    List<String> online = new ArrayList<>();
    giveConstraints(t.table(), sql.constraintsToGive(op.ownerAfter()), ddl, online);
    return new Sections(sql.guards(op.ownerAfter()), ddl, online, false, Optional.empty(),
        Optional.empty());
  }

  /** Drops {@code t}'s triggers of {@code purposes}, each on its {@code table}, and functions. */
  private static List<String> dropTriggers(Transition t, List<String> purposes,
      Function<String, String> table) {
    List<String> ddl = new ArrayList<>();
    for (String purpose : purposes) {
      ddl.addAll(dropTrigger(quote(Naming.syncTrigger(t, purpose)), table.apply(purpose)));
    }
    return ddl;
  }
}
