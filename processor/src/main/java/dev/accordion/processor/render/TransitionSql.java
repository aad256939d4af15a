package dev.accordion.processor.render;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL of one transition that every dialect shares, spelled by the dialect's {@link
 * SqlSyntax}: the transform in both directions, the mismatch predicate of verify and the
 * contract's guard, the batched backfill, and the sync logic of the servers' BEFORE triggers.
 * {@code table} is a table holding both sides (the expand's result or the contract's input).
 *
 * <p>A side may have several columns (fields combined into one, or one split into several).
 * Conditions over a side read "all NULL", "any not NULL", "any changed"; with one column each
 * is the plain comparison, so a one-to-one transition's SQL is the simple one.
 */
final class TransitionSql {

  private final SqlSyntax sql;
  private final Transition t;
  private final Table table;

  TransitionSql(SqlSyntax sql, Transition transition, Table table) {
    this.sql = sql;
    this.t = transition;
    this.table = table;
  }

  String table() {
    return sql.quote(t.table());
  }

  ColumnType oldType() {
    return type(t.oldColumn());
  }

  ColumnType newType() {
    return type(t.newColumn());
  }

  private ColumnType type(String column) {
    return table.requireColumn(column).type();
  }

  /** A column as it is read in plain SQL. */
  Function<String, String> plain() {
    return sql::quote;
  }

  /** A column of the row a trigger sees, {@code NEW} or {@code OLD}. */
  Function<String, String> row(String name) {
    return column -> name + "." + sql.quote(column);
  }

  // ---- transforms

  /** New column {@code index}'s value from the old columns, read through {@code at}. */
  String up(int index, Function<String, String> at) {
    Transform transform = t.transform();
    if (transform.isConverter()) {
      return "(" + substitute(transform.sqlUp(sql.dialect(), index), t.oldFields(), t.oldColumns(), at)
          + ")";
    }
    String old = at.apply(t.oldColumn());
    if (transform.isCopy()) {
      return old;
    }
    StringBuilder out = new StringBuilder("CASE ").append(old);
    for (Transform.Pair pair : transform.pairs()) {
      out.append(" WHEN ").append(sql.literal(pair.from(), oldType()))
          .append(" THEN ").append(sql.literal(pair.to().get(0), newType()));
    }
    return out.append(" END").toString();
  }

  /** Old column {@code index}'s value from the new columns; every value of a pair's to maps back. */
  String down(int index, Function<String, String> at) {
    Transform transform = t.transform();
    if (transform.isConverter()) {
      return "(" + substitute(transform.sqlDown(sql.dialect(), index), t.newFields(), t.newColumns(), at)
          + ")";
    }
    String value = at.apply(t.newColumn());
    if (transform.isCopy()) {
      return value;
    }
    StringBuilder out = new StringBuilder("CASE ").append(value);
    for (Transform.Pair pair : transform.pairs()) {
      for (String to : pair.to()) {
        out.append(" WHEN ").append(sql.literal(to, newType()))
            .append(" THEN ").append(sql.literal(pair.from(), oldType()));
      }
    }
    return out.append(" END").toString();
  }

  /** A converter's SQL with {@code :value} (one field), or each {@code :field}, replaced by its column. */
  private static String substitute(String template, List<String> fields, List<String> columns,
      Function<String, String> at) {
    Matcher placeholders = Transform.PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (placeholders.find()) {
      int field = fields.size() == 1 && placeholders.group(1).equals("value")
          ? 0 : fields.indexOf(placeholders.group(1));
      String replacement = field < 0 ? placeholders.group() : at.apply(columns.get(field));
      placeholders.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    placeholders.appendTail(out);
    return out.toString();
  }

  /**
   * True when the new columns do not map back to the old ones. Agreement is tested as
   * {@code down(new) = old}, not {@code up(old) = new}: a value map may send several new values
   * to one old value, and each of them agrees with it.
   */
  String disagree(Function<String, String> at) {
    List<String> each = IntStream.range(0, t.oldColumns().size())
        .mapToObj(j -> sql.distinct("(" + down(j, at) + ")", at.apply(t.oldColumns().get(j)),
            type(t.oldColumns().get(j))))
        .toList();
    return any(each);
  }

  // ---- conditions over one side

  String allNull(List<String> columns, Function<String, String> at) {
    return columns.stream().map(c -> at.apply(c) + " IS NULL").collect(Collectors.joining(" AND "));
  }

  String anyNotNull(List<String> columns, Function<String, String> at) {
    return any(columns.stream().map(c -> at.apply(c) + " IS NOT NULL").toList());
  }

  /** Some column differs between two rows, e.g. NEW and OLD. */
  String anyChanged(List<String> columns, Function<String, String> a, Function<String, String> b) {
    return any(columns.stream().map(c -> sql.distinct(a.apply(c), b.apply(c), type(c))).toList());
  }

  /** Every column is the same in two rows. */
  String allSame(List<String> columns, Function<String, String> a, Function<String, String> b) {
    return columns.stream().map(c -> sql.same(a.apply(c), b.apply(c), type(c)))
        .collect(Collectors.joining(" AND "));
  }

  private static String any(List<String> conditions) {
    return conditions.size() == 1 ? conditions.get(0) : "(" + String.join(" OR ", conditions) + ")";
  }

  /** {@code new = up(old), ...}: every new column set from the old ones read through {@code at}. */
  List<String> setNew(Function<String, String> at) {
    return IntStream.range(0, t.newColumns().size())
        .mapToObj(i -> sql.quote(t.newColumns().get(i)) + " = " + up(i, at))
        .toList();
  }

  /** {@code old = down(new), ...}: every old column set from the new ones. */
  List<String> setOld(Function<String, String> at) {
    return IntStream.range(0, t.oldColumns().size())
        .mapToObj(j -> sql.quote(t.oldColumns().get(j)) + " = " + down(j, at))
        .toList();
  }

  // ---- verify, guard, backfill

  /**
   * Rows the contract would leave without their old value: the new side is empty while the old
   * one holds something (a part of a combine included, which a NULL combination would drop, and
   * a value the transform could not convert), or the new side does not give the old one back
   * ({@code down(up(old))} is not {@code old}, or a writer of one side made them differ).
   */
  String mismatch() {
    return "(" + allNull(t.newColumns(), plain()) + " AND " + anyNotNull(t.oldColumns(), plain())
        + ") OR (" + anyNotNull(t.newColumns(), plain()) + " AND " + disagree(plain()) + ")";
  }

  String countMismatches() {
    return "SELECT COUNT(*) FROM " + table() + " WHERE " + mismatch() + ";";
  }

  /** The mismatched rows by key, with both sides, for the messages that name them. */
  String listMismatches() {
    String key = sql.quote(table.key().name());
    List<String> columns = new ArrayList<>(List.of(key));
    t.oldColumns().forEach(c -> columns.add(sql.quote(c)));
    t.newColumns().forEach(c -> columns.add(sql.quote(c)));
    return "SELECT " + String.join(", ", columns) + " FROM " + table() + " WHERE " + mismatch()
        + " ORDER BY " + key + ";";
  }

  Sections.Verification verification() {
    return new Sections.Verification(countMismatches(), listMismatches(), Optional.of(
        "SELECT COUNT(*) FROM " + table() + " WHERE "
            + Sections.Backfill.range(sql.quote(table.key().name())) + " AND (" + mismatch() + ");"));
  }

  /**
   * The contract's guards: every row agrees, and no new value is NULL where its column becomes
   * NOT NULL in {@code after}.
   */
  List<String> guards(Table after) {
    List<String> guards = new ArrayList<>();
    guards.add(countMismatches());
    for (String column : t.newColumns()) {
      if (!after.requireColumn(column).nullable()) {
        guards.add("SELECT COUNT(*) FROM " + table() + " WHERE " + sql.quote(column) + " IS NULL;");
      }
    }
    return guards;
  }

  /** Batches walked by key: the last key of the next batch, then the rows up to it. */
  Sections.Backfill backfill() {
    return Sections.Backfill.walking(sql, table, t.batchSize(),
        "UPDATE " + table() + " SET " + String.join(", ", setNew(plain())) + " WHERE "
            + Sections.Backfill.range(sql.quote(table.key().name())) + " AND "
            + allNull(t.newColumns(), plain()) + " AND " + anyNotNull(t.oldColumns(), plain())
            + ";");
  }

  /**
   * Whether converting an old value may fail on the database (a converter's SQL, a cast, a
   * value longer than the new column), rather than only give NULL: the sync triggers then
   * catch the failure, so an older release's write never fails because of them.
   */
  boolean upMayFail() {
    Transform transform = t.transform();
    if (transform.isConverter()) {
      return true;
    }
    if (!transform.isCopy()) {
      return false; // a value map gives one of its literals or NULL
    }
    ColumnType from = oldType();
    ColumnType to = newType();
    return !(from.sameStorageAs(to) || from.widensTo(to)
        || (from.kind() == ColumnType.Kind.VARCHAR && to.kind() == ColumnType.Kind.VARCHAR
            && to.length() >= from.length()));
  }

  /**
   * An expand's statements for its columns where the table is altered in place: {@code add} for
   * each new column, as the table after the expand has it; then, for each old column of
   * {@code before}, {@code dropNotNull} if it is NOT NULL (a NULL new value maps back to NULL)
   * and {@code dropUnique} if it is UNIQUE (several new values may map back to one old value).
   */
  List<String> expandColumns(Table before, Function<Column, String> add,
      Function<Column, String> dropNotNull, Function<Column, List<String>> dropUnique) {
    List<String> ddl = new ArrayList<>();
    for (String column : t.newColumns()) {
      ddl.add(add.apply(table.requireColumn(column)));
    }
    for (String column : t.oldColumns()) {
      Column old = before.requireColumn(column);
      if (!old.nullable()) {
        ddl.add(dropNotNull.apply(old));
      }
      if (old.unique()) {
        ddl.addAll(dropUnique.apply(old));
      }
    }
    return ddl;
  }

  /** The expand's sections beyond its DDL: what it leaves behind, the backfill, the verification. */
  Sections expandSections(List<String> ddl, List<String> online, boolean foreignKeysOff,
      String footprint) {
    return new Sections(List.of(), ddl, online, foreignKeysOff, Optional.of(backfill()),
        Optional.of(verification())).leaving(footprint);
  }

  // ---- BEFORE triggers (servers)

  /** {@code NEW.column := value(i);} for the {@code i}-th of {@code columns}. */
  private List<String> assignAll(Procedural p, String indent, List<String> columns,
      Function<Integer, String> value) {
    return IntStream.range(0, columns.size())
        .mapToObj(i -> indent + p.assign("NEW." + sql.quote(columns.get(i)), value.apply(i)))
        .toList();
  }

  /**
   * The new side from the old one. A value the transform cannot convert leaves the new side
   * NULL, which verification counts: the old release's write goes through.
   */
  private List<String> fillNew(Procedural p, String indent) {
    List<String> fill = assignAll(p, "", t.newColumns(), i -> up(i, row("NEW")));
    if (!upMayFail()) {
      return fill.stream().map(line -> indent + line).toList();
    }
    return p.catching(indent, fill, assignAll(p, "", t.newColumns(), i -> "NULL"));
  }

  /** The new side as the row held it before the statement. */
  private List<String> keepNew(Procedural p, String indent) {
    return assignAll(p, indent, t.newColumns(), i -> row("OLD").apply(t.newColumns().get(i)));
  }

  private List<String> fillOld(Procedural p, String indent) {
    return assignAll(p, indent, t.oldColumns(), j -> down(j, row("NEW")));
  }

  /**
   * The body of a BEFORE INSERT trigger: a row written with only one side gets the other from
   * it.
   */
  List<String> onInsert(Procedural p, String indent) {
    List<String> lines = new ArrayList<>();
    lines.add(indent + "IF " + allNull(t.newColumns(), row("NEW")) + " AND "
        + anyNotNull(t.oldColumns(), row("NEW")) + " THEN");
    lines.addAll(fillNew(p, indent + "  "));
    lines.add(indent + p.elseIf() + " " + allNull(t.oldColumns(), row("NEW")) + " AND "
        + anyNotNull(t.newColumns(), row("NEW")) + " THEN");
    lines.addAll(fillOld(p, indent + "  "));
    lines.add(indent + "END IF;");
    return lines;
  }

  /**
   * Where a stale save is told apart (see {@link #staleSave}): by a trigger of its own that fires
   * only for statements that write the old side ({@code UPDATE OF}), or, where the database
   * cannot fire one so, by the update trigger itself.
   */
  enum StaleSaves { OWN_TRIGGER, UPDATE_TRIGGER }

  /**
   * The body of a BEFORE UPDATE trigger. A writer that changed only the old side (an older
   * release) gets the new one from it; one that changed only the new side gets the old one
   * back, a NULL included (the contract's release clearing a value); a writer that changed
   * both (the accessors) is left alone. With {@code UPDATE_TRIGGER}, a new side cleared beside
   * an old value is taken for a stale save, and the row keeps its new side.
   */
  List<String> onUpdate(Procedural p, String indent, StaleSaves staleSaves) {
    List<String> lines = new ArrayList<>();
    lines.add(indent + "IF " + anyChanged(t.oldColumns(), row("NEW"), row("OLD")) + " THEN");
    lines.add(indent + "  IF " + allSame(t.newColumns(), row("NEW"), row("OLD")) + " AND "
        + disagree(row("NEW")) + " THEN");
    lines.addAll(fillNew(p, indent + "    "));
    lines.add(indent + "  END IF;");
    lines.add(indent + p.elseIf() + " " + anyChanged(t.newColumns(), row("NEW"), row("OLD"))
        + " THEN");
    if (staleSaves == StaleSaves.OWN_TRIGGER) {
      lines.add(indent + "  IF " + disagree(row("NEW")) + " THEN");
    } else {
      lines.add(indent + "  IF " + allNull(t.newColumns(), row("NEW")) + " AND "
          + anyNotNull(t.oldColumns(), row("NEW")) + " THEN");
      lines.addAll(keepNew(p, indent + "    "));
      lines.add(indent + "  " + p.elseIf() + " " + disagree(row("NEW")) + " THEN");
    }
    lines.addAll(fillOld(p, indent + "    "));
    lines.add(indent + "  END IF;");
    lines.add(indent + "END IF;");
    return lines;
  }

  /**
   * A stale save: a statement that writes the old side unchanged and clears the new side, as an
   * ORM saves every column of an entity of the expand's release that it loaded before the
   * backfill reached the row. It changed neither value, so the row keeps the new side it held
   * (where that was NULL, the backfill fills it). Only a statement that writes the old side is
   * one: the contract's release, which does not map it, clears a value with the new side alone.
   */
  String staleSave(Function<String, String> fresh, Function<String, String> previous) {
    return allNull(t.newColumns(), fresh) + " AND " + anyChanged(t.newColumns(), fresh, previous)
        + " AND " + anyNotNull(t.oldColumns(), fresh) + " AND "
        + allSame(t.oldColumns(), fresh, previous);
  }

  /**
   * The body of a BEFORE UPDATE trigger that fires only for statements that write an old column
   * ({@code UPDATE OF}): a {@link #staleSave} keeps the new side the row held.
   */
  List<String> onUpdateOfOld(Procedural p, String indent) {
    List<String> lines = new ArrayList<>();
    lines.add(indent + "IF " + staleSave(row("NEW"), row("OLD")) + " THEN");
    lines.addAll(keepNew(p, indent + "  "));
    lines.add(indent + "END IF;");
    return lines;
  }
}
