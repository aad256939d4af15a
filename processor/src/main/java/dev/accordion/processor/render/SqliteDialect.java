package dev.accordion.processor.render;

import dev.accordion.format.DialectName;
import dev.accordion.processor.plan.Operation;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.ForeignKey;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SQLite's SQL. Type names follow Hibernate's community SQLite dialect, so the tables Accordion
 * creates are the ones Hibernate expects. What {@code ALTER TABLE} cannot do (relax NOT NULL,
 * add NOT NULL, drop an indexed column) goes through SQLite's documented table rebuild. Sync
 * triggers are AFTER triggers (SQLite cannot assign to NEW) guarded by WHEN clauses, so a
 * trigger's own update finds the row consistent and fires nothing further.
 */
public final class SqliteDialect extends AbstractSqlDialect {

  /** SQLite's spelling: double quotes, booleans as 0/1, {@code IS [NOT]} compares NULLs. */
  static final SqlSyntax SYNTAX =
      new SqlSyntax(DialectName.SQLITE, "\"", "1", "0", " IS ", " IS NOT ", "TEXT") {
        @Override
        String syncPaused(String transition) {
          return "EXISTS (SELECT 1 FROM " + quote(SYNC_PAUSE) + " WHERE " + quote("transition")
              + " = " + stringLiteral(transition) + ")";
        }
      };

  /** An identifier as {@link #SYNTAX} quotes it. */
  static String quote(String identifier) {
    return SYNTAX.quote(identifier);
  }

  /**
   * The table whose row pauses a transition's sync triggers. SQLite has one writer at a time,
   * and a trigger fires only for a write, so a row the writer inserts and deletes again inside
   * its own transaction is seen by that writer's triggers alone: the backfill's batch, and a
   * trigger writing for the transition, whose echo is no writer's.
   */
  private static final String SYNC_PAUSE = "accordion_sync_pause";

  static final String CREATE_SYNC_PAUSE = "CREATE TABLE IF NOT EXISTS " + quote(SYNC_PAUSE)
      + " (" + quote("transition") + " TEXT PRIMARY KEY);";

  /** The sync triggers of a transition, by the name suffix each is created with. */
  private static final List<String> TRIGGERS =
      List.of("insert_old", "insert_new", "update_old", "update_new", "refill_new");

  public SqliteDialect() {
    super(SYNTAX, new SqliteRelationSql());
  }

  @Override
  /** A renamed table is a copy: a view's inserts would not return the new row's key. */
  public boolean copiesRenamedTable() {
    return true;
  }

  @Override
  public Sections createTable(Operation.CreateTable op) {
    List<String> ddl = new ArrayList<>(createTable(op.table()));
    op.newSequence().ifPresent(sequence -> {
      ddl.add("CREATE TABLE " + quote(sequence.name()) + " (" + quote("next_val") + " bigint);");
      ddl.add("INSERT INTO " + quote(sequence.name()) + " VALUES (" + sequence.start() + ");");
    });
    return Sections.ddl(ddl);
  }

  /**
   * SQLite refuses {@code ADD COLUMN ... UNIQUE}; a unique index gives the same constraint (and
   * the same structure Hibernate's inline {@code unique} gives).
   */
  @Override
  public String addColumnStatement(String table, Column column) {
    return addColumn(table, column);
  }

  /** {@link #addColumnStatement}, for the relations' SQL beside this dialect. */
  static String addColumn(String table, Column column) {
    Column plain = new Column(column.name(), column.field(), column.type(), column.nullable(),
        false, column.identity(), column.references());
    return "ALTER TABLE " + quote(table) + " ADD COLUMN " + columnDefinition(plain) + ";";
  }

  @Override
  public Sections createIndex(Operation.CreateIndex op) {
    return Sections.ddl(List.of(createIndex(op.table(), op.index())));
  }

  @Override
  public Sections dropIndex(Operation.DropIndex op) {
    return Sections.ddl(List.of("DROP INDEX IF EXISTS " + quote(op.index().name()) + ";"));
  }

  @Override
  public Sections renameTable(Operation.RenameTable op) {
    return Sections.ddl(
        List.of("ALTER TABLE " + quote(op.from()) + " RENAME TO " + quote(op.to()) + ";"));
  }

  /**
   * SQLite enforces no VARCHAR length and stores every integer width alike, so a longer VARCHAR
   * or a wider integer changes nothing in the file: only the snapshot records it.
   */
  @Override
  public boolean changesInPlace(ColumnType from, ColumnType to) {
    return from.widensTo(to)
        || (from.kind() == ColumnType.Kind.VARCHAR && to.kind() == ColumnType.Kind.VARCHAR
            && to.length() > from.length());
  }

  @Override
  public Sections changeColumnType(Operation.ChangeColumnType op) {
    return Sections.ddl(List.of());
  }

  // ---- expand and contract

  @Override
  public Sections expand(Operation.Expand op) {
    Transition t = op.transition();
    List<String> ddl = new ArrayList<>();
    ddl.add(CREATE_SYNC_PAUSE);
    boolean rebuild = t.oldColumns().stream()
        .map(op.before()::requireColumn)
        .anyMatch(old -> !old.nullable() || old.unique());
    if (rebuild) {
      ddl.addAll(rebuild(op.before(), op.after(), op.inFlight()));
    } else {
      for (String column : t.newColumns()) {
        ddl.add("ALTER TABLE " + quote(t.table()) + " ADD COLUMN "
            + columnDefinition(op.after().requireColumn(column)) + ";");
      }
      ddl.addAll(syncTriggers(t, op.after()));
    }
    return new TransitionSql(SYNTAX, t, op.after()).expandSections(ddl, List.of(), rebuild,
        footprint(new Footprint(t.table(), t.newColumns(), Naming.syncTriggers(t, TRIGGERS),
            List.of())));
  }

  @Override
  public Sections contract(Operation.Contract op) {
    Transition t = op.transition();
    Table before = op.before();
    List<String> guards = new TransitionSql(SYNTAX, t, before).guards(op.after());
    List<String> ddl = new ArrayList<>(dropTriggers(t, TRIGGERS));
    // SQLite drops no column an index covers or a foreign key constrains.
    boolean rebuild =
        t.newColumns().stream().map(op.after()::requireColumn).anyMatch(c -> !c.nullable() || c.unique())
            || t.oldColumns().stream().anyMatch(c -> before.isIndexed(c)
                || before.requireColumn(c).references().isPresent());
    if (rebuild) {
      ddl.addAll(rebuild(before, op.after(), op.inFlight()));
    } else {
      for (String old : t.oldColumns()) {
        ddl.add("ALTER TABLE " + quote(t.table()) + " DROP COLUMN " + quote(old) + ";");
      }
    }
    return new Sections(guards, ddl, List.of(), rebuild, Optional.empty(), Optional.empty());
  }

  /**
   * Drops the old column of a link's or join's source table: {@code DROP COLUMN}, or the table
   * rebuild SQLite needs when an index covers it or a foreign key constrains it. Returns whether
   * it rebuilt.
   */
  static boolean dropSourceColumn(Table before, Table after, String column,
      List<Transition> inFlight, List<String> ddl) {
    if (before.isIndexed(column) || before.requireColumn(column).references().isPresent()) {
      ddl.addAll(rebuild(before, after, inFlight));
      return true;
    }
    ddl.add("ALTER TABLE " + quote(before.name()) + " DROP COLUMN " + quote(column) + ";");
    return false;
  }

  /**
   * Triggers on {@code from} that repeat each insert, update and delete on {@code to}. An insert
   * under a key {@code to} holds already fails loudly rather than leave the tables apart.
   */
  static List<String> mirrorTriggers(
      Transition t, TableRenameSql sql, String from, String to, String side) {
    String k = sql.key();
    List<String> update = new ArrayList<>();
    update.add("DELETE FROM " + to + " WHERE " + k + " = OLD." + k + " AND OLD." + k + " IS NOT NEW."
        + k + ";");
    List<Column> values = sql.nonKeyColumns();
    if (!values.isEmpty()) {
      update.add("UPDATE " + to + " SET " + values.stream()
          .map(c -> quote(c.name()) + " = NEW." + quote(c.name())).collect(Collectors.joining(", "))
          + " WHERE " + k + " = NEW." + k + " AND (" + values.stream()
          .map(c -> quote(c.name()) + " IS NOT NEW." + quote(c.name()))
          .collect(Collectors.joining(" OR ")) + ");");
    }
    update.add("INSERT INTO " + to + " (" + sql.columns() + ") SELECT " + sql.columns("NEW")
        + " WHERE NOT EXISTS (SELECT 1 FROM " + to + " WHERE " + k + " = NEW." + k + ");");
    return List.of(
        trigger(t, "insert_" + side, "AFTER INSERT ON " + from, "", List.of("INSERT INTO " + to
            + " (" + sql.columns() + ") VALUES (" + sql.columns("NEW") + ");")),
        trigger(t, "update_" + side, "AFTER UPDATE ON " + from, "", update),
        trigger(t, "delete_" + side, "AFTER DELETE ON " + from, "",
            List.of("DELETE FROM " + to + " WHERE " + k + " = OLD." + k + ";")));
  }

  /**
   * SQLite's 12-step table rebuild (steps 4 to 10; the runtime turns foreign keys off around the
   * transaction and runs {@code PRAGMA foreign_key_check} before committing). Columns of
   * {@code after} that {@code before} lacks start NULL. Indexes and the triggers of every
   * one-table transition in flight are created again, since dropping the table dropped them.
   * (The triggers of a link or join transition, which span two tables, are not: such a rebuild
   * while one is in flight is not supported yet.)
   */
  static List<String> rebuild(Table before, Table after, List<Transition> inFlight) {
    String scratch = after.name() + "__accordion_rebuild";
    List<String> statements = new ArrayList<>();
    statements.add(createTable(after.withName(scratch)).get(0));
    String kept =
        after.columns().stream()
            .map(Column::name)
            .filter(c -> before.column(c).isPresent())
            .map(SqliteDialect::quote)
            .collect(Collectors.joining(", "));
    statements.add(
        "INSERT INTO " + quote(scratch) + " (" + kept + ") SELECT " + kept + " FROM "
            + quote(before.name()) + ";");
    statements.add("DROP TABLE " + quote(before.name()) + ";");
    statements.add("ALTER TABLE " + quote(scratch) + " RENAME TO " + quote(after.name()) + ";");
    for (Index index : after.indexes()) {
      statements.add(createIndex(after.name(), index));
    }
    for (Transition transition : inFlight) {
      statements.addAll(syncTriggers(transition, after));
    }
    return statements;
  }

  /**
   * AFTER triggers keep both columns equal for writers that set only one of them: older releases
   * write the old column, the contract release only the new one, raw SQL either. Each writes
   * with the transition paused, so its own update fires none of them again: an old value changes
   * only when a writer changes a side, never by a trigger answering a trigger, nor by the
   * backfill, which pauses the transition for its batches.
   *
   * <p>With several columns on a side (fields combined or split), "NULL" means all of them NULL
   * and "changed" any of them changed.
   *
   * <p>Agreement is tested the way verify tests it, {@code down(new) = old}: a value map may send
   * several new values to one old value (InReview and Draft both to false), so testing
   * {@code up(old) = new} would make the old column's update overwrite the new value with the
   * first of its list.
   *
   * <p>A new side written all NULL beside an unchanged old value is the contract's release
   * clearing it, or a stale save ({@link TransitionSql#staleSave}), which alone writes the old
   * column too, as {@code UPDATE OF} tells: {@code refill_new} keeps the row's new side for it,
   * and {@code update_new} copies the clear back. Both fire for the save, in either order:
   * {@code update_new} acts only on a row whose new side is still what the statement wrote, and
   * {@code refill_new} gives the old side back what the statement wrote.
   */
  private static List<String> syncTriggers(Transition t, Table table) {
    TransitionSql sql = new TransitionSql(SYNTAX, t, table);
    String tableName = sql.table();
    String key = quote(table.key().name());
    var fresh = sql.row("NEW");
    var previous = sql.row("OLD");
    List<String> olds = t.oldColumns();
    List<String> news = t.newColumns();
    String disagree = sql.disagree(fresh);
    String where = " WHERE " + key + " = NEW." + key + ";";
    List<String> fillNew =
        List.of("UPDATE " + tableName + " SET " + String.join(", ", sql.setNew(fresh)) + where);
    List<String> fillOld =
        List.of("UPDATE " + tableName + " SET " + String.join(", ", sql.setOld(fresh)) + where);
    String onInsert = "AFTER INSERT ON " + tableName;
    String onOldUpdate = "AFTER UPDATE OF " + SYNTAX.columns(olds) + " ON " + tableName;
    String onNewUpdate = "AFTER UPDATE OF " + SYNTAX.columns(news) + " ON " + tableName;
    String oldUnchanged = sql.allSame(olds, fresh, previous);
    Function<String, String> current = SqliteDialect::quote;
    // Copies a clear back only while the row's new side is still what the statement wrote:
    // refill_new may have kept the new side of a stale save first.
    List<String> copyBack = List.of("UPDATE " + tableName + " SET "
        + String.join(", ", sql.setOld(fresh)) + " WHERE " + key + " = NEW." + key + " AND "
        + sql.allSame(news, current, fresh) + ";");
    List<String> keep = new ArrayList<>();
    news.forEach(c -> keep.add(quote(c) + " = " + previous.apply(c)));
    olds.forEach(c -> keep.add(quote(c) + " = " + fresh.apply(c)));
    return List.of(
        trigger(t, "insert_old", onInsert,
            sql.allNull(news, fresh) + " AND " + sql.anyNotNull(olds, fresh), fillNew),
        trigger(t, "insert_new", onInsert,
            sql.allNull(olds, fresh) + " AND " + sql.anyNotNull(news, fresh), fillOld),
        trigger(t, "update_old", onOldUpdate, sql.anyChanged(olds, fresh, previous) + " AND "
            + sql.allSame(news, fresh, previous) + " AND " + disagree, fillNew),
        trigger(t, "update_new", onNewUpdate, sql.anyChanged(news, fresh, previous) + " AND "
            + oldUnchanged + " AND " + disagree, copyBack),
        // The old side too: update_new may have copied the clear back first.
        trigger(t, "refill_new", onOldUpdate, sql.staleSave(fresh, previous),
            List.of("UPDATE " + tableName + " SET " + String.join(", ", keep) + where)));
  }

  /**
   * A trigger of {@code t}: unless the transition is paused, and when {@code when} holds (if
   * given), it runs {@code statements} with the transition paused.
   */
  static String trigger(Transition t, String purpose, String event, String when,
      List<String> statements) {
    String pause = quote(SYNC_PAUSE);
    String id = SYNTAX.stringLiteral(t.id());
    String notPaused = "NOT " + SYNTAX.syncPaused(t.id());
    StringBuilder out = new StringBuilder("CREATE TRIGGER ").append(triggerName(t, purpose))
        .append(' ').append(event).append("\nFOR EACH ROW WHEN ")
        .append(when.isEmpty() ? notPaused : when + " AND " + notPaused).append(" BEGIN\n");
    out.append("  INSERT INTO ").append(pause).append(" (").append(quote("transition"))
        .append(") VALUES (").append(id).append(");\n");
    statements.forEach(statement -> out.append("  ").append(statement).append('\n'));
    out.append("  DELETE FROM ").append(pause).append(" WHERE ").append(quote("transition"))
        .append(" = ").append(id).append(";\nEND;");
    return out.toString();
  }

  /** Counts what {@code footprint} names in the database. */
  static String footprint(Footprint footprint) {
    return footprint.query(SYNTAX,
        columns -> "SELECT COUNT(*) FROM pragma_table_info(" + SYNTAX.stringLiteral(footprint.table())
            + ") WHERE name IN (" + columns + ")",
        triggers -> "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ("
            + triggers + ")",
        relations -> "SELECT COUNT(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name"
            + " IN (" + relations + ")");
  }

  static List<String> dropTriggers(Transition t, List<String> purposes) {
    return purposes.stream()
        .map(purpose -> "DROP TRIGGER IF EXISTS " + triggerName(t, purpose) + ";")
        .toList();
  }

  private static String triggerName(Transition t, String purpose) {
    return quote(Naming.syncTrigger(t, purpose));
  }

  // ---- tables

  /**
   * A unique column is UNIQUE in its definition, as Hibernate creates it here; so is a foreign
   * key of one column, while one over several columns is a constraint of the table (SQLite adds
   * neither later).
   */
  static List<String> createTable(Table table) {
    return TableSql.createTable(SYNTAX, table, SqliteDialect::columnDefinition, false, "", "",
        table.foreignKeys().stream().filter(ForeignKey::isComposite)
            .map(key -> TableSql.foreignKeyClause(SYNTAX, "", key))
            .toList());
  }

  static String createIndex(String table, Index index) {
    return TableSql.createIndex(SYNTAX, "", table, index, "");
  }

  static String columnDefinition(Column column) {
    return quote(column.name()) + " " + typeName(column)
        + (column.nullable() || column.identity() ? "" : " NOT NULL")
        + (column.unique() ? " UNIQUE" : "")
        + column.references().filter(r -> r.partOf().isEmpty()).map(r -> " REFERENCES " + quote(r.table()) + " ("
            + quote(r.column()) + ")").orElse("");
  }

  /** SQLite declares a foreign key with its column ({@link #columnDefinition}): nothing to add. */
  @Override
  public Sections addForeignKey(Operation.AddForeignKey op) {
    return Sections.ddl(List.of());
  }

  /** Hibernate's type names; an identity key must be exactly {@code integer} to alias rowid. */
  static String typeName(Column column) {
    if (column.identity()) {
      return "integer";
    }
    ColumnType type = column.type();
    if (type.hasDefinition()) {
      return type.definition();
    }
    return switch (type.kind()) {
      case DOUBLE -> "float";
      case TIME -> "time";
      case TIMESTAMP, TIMESTAMP_WITH_ZONE -> "timestamp";
      case UUID -> "blob";
      default -> TableSql.typeName(type);
    };
  }
}
