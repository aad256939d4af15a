package dev.accordion.processor.render;

import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of one transition that every dialect shares, spelled by the dialect's {@link
 * SqlSyntax}: the transform in both directions, the mismatch predicate of verify and the
 * contract's guard, the batched backfill, and the sync logic of the servers' BEFORE triggers.
 * {@code table} is a table holding both columns (the expand's result or the contract's input).
 */
final class TransitionSql {

  private final SqlSyntax sql;
  private final Transition t;
  private final Table table;
  private final ColumnType oldType;
  private final ColumnType newType;

  TransitionSql(SqlSyntax sql, Transition transition, Table table) {
    this.sql = sql;
    this.t = transition;
    this.table = table;
    this.oldType = table.requireColumn(transition.oldColumn()).type();
    this.newType = table.requireColumn(transition.newColumn()).type();
  }

  String table() {
    return sql.quote(t.table());
  }

  String oldColumn() {
    return sql.quote(t.oldColumn());
  }

  String newColumn() {
    return sql.quote(t.newColumn());
  }

  ColumnType oldType() {
    return oldType;
  }

  ColumnType newType() {
    return newType;
  }

  // ---- transforms

  /** The new value for an old one; a converter's SQL is the dialect's own, else the default. */
  String up(String oldExpression) {
    Transform transform = t.transform();
    if (transform.isCopy()) {
      return oldExpression;
    }
    if (transform.isConverter()) {
      return "(" + transform.sqlUp(sql.dialect()).replace(Transform.VALUE, oldExpression) + ")";
    }
    StringBuilder out = new StringBuilder("CASE ").append(oldExpression);
    for (Transform.Pair pair : transform.pairs()) {
      out.append(" WHEN ").append(sql.literal(pair.from(), oldType))
          .append(" THEN ").append(sql.literal(pair.to().get(0), newType));
    }
    return out.append(" END").toString();
  }

  /** The old value for a new one; every value of a pair's {@code to} maps back to its from. */
  String down(String newExpression) {
    Transform transform = t.transform();
    if (transform.isCopy()) {
      return newExpression;
    }
    if (transform.isConverter()) {
      return "(" + transform.sqlDown(sql.dialect()).replace(Transform.VALUE, newExpression) + ")";
    }
    StringBuilder out = new StringBuilder("CASE ").append(newExpression);
    for (Transform.Pair pair : transform.pairs()) {
      for (String to : pair.to()) {
        out.append(" WHEN ").append(sql.literal(to, newType))
            .append(" THEN ").append(sql.literal(pair.from(), oldType));
      }
    }
    return out.append(" END").toString();
  }

  /**
   * True when {@code newExpression} does not map back to {@code oldExpression}. Agreement is
   * tested as {@code down(new) = old}, not {@code up(old) = new}: a value map may send several
   * new values to one old value, and each of them agrees with it.
   */
  String disagree(String newExpression, String oldExpression) {
    return sql.distinct("(" + down(newExpression) + ")", oldExpression, oldType);
  }

  // ---- verify, guard, backfill

  /** Rows whose new value is not what the old one says (or the reverse, for mapped values). */
  String mismatch() {
    return "(" + newColumn() + " IS NULL AND " + oldColumn() + " IS NOT NULL) OR ("
        + newColumn() + " IS NOT NULL AND " + disagree(newColumn(), oldColumn()) + ")";
  }

  String countMismatches() {
    return "SELECT COUNT(*) FROM " + table() + " WHERE " + mismatch() + ";";
  }

  /** The contract's guards: every row agrees, and no new value is NULL if it becomes NOT NULL. */
  List<String> guards(boolean newBecomesNotNull) {
    List<String> guards = new ArrayList<>();
    guards.add(countMismatches());
    if (newBecomesNotNull) {
      guards.add("SELECT COUNT(*) FROM " + table() + " WHERE " + newColumn() + " IS NULL;");
    }
    return guards;
  }

  /** Batches walked by key: the last key of the next batch, then the rows up to it. */
  Sections.Backfill backfill() {
    String key = sql.quote(table.key().name());
    boolean integerKey = table.key().type().isIntegral();
    return new Sections.Backfill(
        t.batchSize(),
        integerKey ? "integer" : "text",
        integerKey ? String.valueOf(Long.MIN_VALUE) : "''",
        "SELECT MAX(" + key + ") FROM (SELECT " + key + " FROM " + table() + " WHERE " + key
            + " > :after ORDER BY " + key + " LIMIT :batch) AS " + sql.quote("batch_keys") + ";",
        "UPDATE " + table() + " SET " + newColumn() + " = " + up(oldColumn()) + " WHERE " + key
            + " > :after AND " + key + " <= :upto AND " + newColumn() + " IS NULL AND "
            + oldColumn() + " IS NOT NULL;");
  }

  /** The expand's sections beyond its DDL: the backfill and its verification. */
  Sections expandSections(List<String> ddl, List<String> online, boolean foreignKeysOff) {
    return new Sections(List.of(), ddl, online, foreignKeysOff, Optional.of(backfill()),
        Optional.of(countMismatches()));
  }

  // ---- BEFORE triggers (servers)

  /** How a server's trigger language assigns a column of NEW and spells "else if". */
  record Procedural(String elseIf, String assignFormat) {
    String assign(String target, String value) {
      return String.format(assignFormat, target, value);
    }
  }

  /**
   * The body of a BEFORE INSERT trigger: a row written with only one of the columns gets the
   * other from it.
   */
  List<String> onInsert(Procedural p, String indent) {
    String newOld = "NEW." + oldColumn();
    String newNew = "NEW." + newColumn();
    return List.of(
        indent + "IF " + newNew + " IS NULL AND " + newOld + " IS NOT NULL THEN",
        indent + "  " + p.assign(newNew, up(newOld)),
        indent + p.elseIf() + " " + newOld + " IS NULL AND " + newNew + " IS NOT NULL THEN",
        indent + "  " + p.assign(newOld, down(newNew)),
        indent + "END IF;");
  }

  /**
   * The body of a BEFORE UPDATE trigger. A writer that changed only the old column (an older
   * release) gets the new one from it; one that changed only the new column gets the old one
   * back, unless it wrote NULL: that is an ORM saving an entity it loaded before the backfill
   * reached the row, and the new column is refilled from the old one instead of wiping it.
   * A writer that changed both (the accessors) is left alone.
   */
  List<String> onUpdate(Procedural p, String indent) {
    String newOld = "NEW." + oldColumn();
    String newNew = "NEW." + newColumn();
    String oldOld = "OLD." + oldColumn();
    String oldNew = "OLD." + newColumn();
    return List.of(
        indent + "IF " + sql.distinct(newOld, oldOld, oldType) + " THEN",
        indent + "  IF " + sql.same(newNew, oldNew, newType) + " AND " + disagree(newNew, newOld)
            + " THEN",
        indent + "    " + p.assign(newNew, up(newOld)),
        indent + "  END IF;",
        indent + p.elseIf() + " " + sql.distinct(newNew, oldNew, newType) + " THEN",
        indent + "  IF " + newNew + " IS NULL AND " + newOld + " IS NOT NULL THEN",
        indent + "    " + p.assign(newNew, up(newOld)),
        indent + "  " + p.elseIf() + " " + disagree(newNew, newOld) + " THEN",
        indent + "    " + p.assign(newOld, down(newNew)),
        indent + "  END IF;",
        indent + "END IF;");
  }
}
