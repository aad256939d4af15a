package dev.accordion.processor.render;

import dev.accordion.format.DialectName;
import dev.accordion.processor.diff.Operation;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SQLite's SQL. Type names follow Hibernate's community SQLite dialect, so the tables Accordion
 * creates are the ones Hibernate expects. What {@code ALTER TABLE} cannot do (relax NOT NULL,
 * add NOT NULL, drop an indexed column) goes through SQLite's documented table rebuild. Sync
 * triggers are AFTER triggers (SQLite cannot assign to NEW) guarded by WHEN clauses, so a
 * trigger's own update finds the row consistent and fires nothing further.
 */
public final class SqliteDialect implements SqlDialect {

  /** SQLite's spelling: double quotes, booleans as 0/1, {@code IS [NOT]} compares NULLs. */
  static final SqlSyntax SYNTAX =
      new SqlSyntax() {
        @Override
        public DialectName dialect() {
          return DialectName.SQLITE;
        }

        @Override
        public String quote(String identifier) {
          return SqliteDialect.quote(identifier);
        }

        @Override
        public String booleanLiteral(boolean value) {
          return value ? "1" : "0";
        }

        @Override
        public String distinct(String a, String b, ColumnType type) {
          return a + " IS NOT " + b;
        }

        @Override
        public String same(String a, String b, ColumnType type) {
          return a + " IS " + b;
        }

        @Override
        public String syncPaused(String transition) {
          return "EXISTS (SELECT 1 FROM " + quote(SYNC_PAUSE) + " WHERE " + quote("transition")
              + " = " + stringLiteral(transition) + ")";
        }

        @Override
        public String text(String expression) {
          return "CAST(" + expression + " AS TEXT)";
        }
      };

  /**
   * The table whose row pauses a transition's sync triggers. SQLite has one writer at a time,
   * and a trigger fires only for a write, so a row the writer inserts and deletes again inside
   * its own transaction is seen by that writer's triggers alone: the backfill's batch, and a
   * trigger writing for the transition, whose echo is no writer's.
   */
  private static final String SYNC_PAUSE = "accordion_sync_pause";

  private static final String CREATE_SYNC_PAUSE = "CREATE TABLE IF NOT EXISTS " + quote(SYNC_PAUSE)
      + " (" + quote("transition") + " TEXT PRIMARY KEY);";

  /** The sync triggers of a transition, by the name suffix each is created with. */
  private static final List<String> TRIGGERS =
      List.of("insert_old", "insert_new", "update_old", "update_new", "refill_new");

  @Override
  public SqlSyntax syntax() {
    return SYNTAX;
  }

  @Override
  public DialectName dialect() {
    return DialectName.SQLITE;
  }

  @Override
  public Sections createTable(Operation.CreateTable op) {
    return Sections.ddl(createTable(op.table()));
  }

  @Override
  public Sections addColumn(Operation.AddColumn op) {
    return Sections.ddl(addColumn(op.table(), op.column()));
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
  public Sections renameColumn(Operation.RenameColumn op) {
    return Sections.ddl(
        List.of(
            "ALTER TABLE " + quote(op.table()) + " RENAME COLUMN " + quote(op.from()) + " TO "
                + quote(op.to()) + ";"));
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
        footprint(new Footprint(t.table(), t.newColumns(), triggers(t, TRIGGERS), List.of())));
  }

  @Override
  public Sections contract(Operation.Contract op) {
    Transition t = op.transition();
    Table before = op.before();
    List<String> guards = new TransitionSql(SYNTAX, t, before).guards(op.after());
    List<String> ddl = new ArrayList<>(dropTriggers(t, TRIGGERS));
    boolean rebuild =
        t.newColumns().stream().map(op.after()::requireColumn).anyMatch(c -> !c.nullable() || c.unique())
            || t.oldColumns().stream().anyMatch(before::isIndexed);
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

  /**
   * Drops the old column of a link's or join's source table: {@code DROP COLUMN}, or the table
   * rebuild SQLite needs when an index covers it. Returns whether it rebuilt.
   */
  private boolean dropSourceColumn(Table before, Table after, String column,
      List<Transition> inFlight, List<String> ddl) {
    if (before.isIndexed(column)) {
      ddl.addAll(rebuild(before, after, inFlight));
      return true;
    }
    ddl.add("ALTER TABLE " + quote(before.name()) + " DROP COLUMN " + quote(column) + ";");
    return false;
  }

  private static final List<String> LINK_TRIGGERS = List.of("source_insert", "source_update",
      "source_delete", "owner_insert", "owner_update", "owner_refill");

  @Override
  public Sections contractLink(Operation.ContractLink op) {
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
  @Override
  public Sections expandJoin(Operation.ExpandJoin op) {
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

  private static final List<String> JOIN_TRIGGERS = List.of("source_insert", "source_update",
      "source_delete", "join_insert", "join_update", "join_delete");

  @Override
  public Sections contractJoin(Operation.ContractJoin op) {
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

  /** The triggers that keep a renamed table's copy and the table in step, by name suffix. */
  private static final List<String> COPY_TRIGGERS =
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
   * Triggers on {@code from} that repeat each insert, update and delete on {@code to}. An insert
   * under a key {@code to} holds already fails loudly rather than leave the tables apart.
   */
  private static List<String> mirrorTriggers(
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
    return new Sections(List.of(sql.countDifferences()), ddl, List.of(), false, Optional.empty(),
        Optional.empty());
  }

  /**
   * SQLite's 12-step table rebuild (steps 4 to 10; the runtime turns foreign keys off around the
   * transaction and runs {@code PRAGMA foreign_key_check} before committing). Columns of
   * {@code after} that {@code before} lacks start NULL. Indexes and the triggers of every
   * one-table transition in flight are created again, since dropping the table dropped them.
   * (The triggers of a link or join transition, which span two tables, are not: such a rebuild
   * while one is in flight is not supported yet.)
   */
  private List<String> rebuild(Table before, Table after, List<Transition> inFlight) {
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
   * <p>A NULL new value beside an unchanged old one is never copied back: it is what an ORM
   * writes when it saves every column of an entity loaded before the backfill reached the row.
   * {@code refill_new} fills the new column from the old one instead, so nothing is lost.
   */
  private List<String> syncTriggers(Transition t, Table table) {
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
    String onOldUpdate = "AFTER UPDATE OF " + columns(olds) + " ON " + tableName;
    String onNewUpdate = "AFTER UPDATE OF " + columns(news) + " ON " + tableName;
    String oldUnchanged = sql.allSame(olds, fresh, previous);
    return List.of(
        trigger(t, "insert_old", onInsert,
            sql.allNull(news, fresh) + " AND " + sql.anyNotNull(olds, fresh), fillNew),
        trigger(t, "insert_new", onInsert,
            sql.allNull(olds, fresh) + " AND " + sql.anyNotNull(news, fresh), fillOld),
        trigger(t, "update_old", onOldUpdate, sql.anyChanged(olds, fresh, previous) + " AND "
            + sql.allSame(news, fresh, previous) + " AND " + disagree, fillNew),
        trigger(t, "update_new", onNewUpdate, sql.anyChanged(news, fresh, previous) + " AND "
            + sql.anyNotNull(news, fresh) + " AND " + oldUnchanged + " AND " + disagree, fillOld),
        trigger(t, "refill_new", onNewUpdate, sql.allNull(news, fresh) + " AND "
            + sql.anyNotNull(olds, fresh) + " AND " + oldUnchanged, fillNew));
  }

  /**
   * A trigger of {@code t}: unless the transition is paused, and when {@code when} holds (if
   * given), it runs {@code statements} with the transition paused.
   */
  private static String trigger(Transition t, String purpose, String event, String when,
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

  private static List<String> triggers(Transition t, List<String> purposes) {
    return purposes.stream().map(purpose -> Naming.syncTrigger(t, purpose)).toList();
  }

  /** Counts what {@code footprint} names in the database. */
  private static String footprint(Footprint footprint) {
    return footprint.query(SYNTAX,
        columns -> "SELECT COUNT(*) FROM pragma_table_info(" + SYNTAX.stringLiteral(footprint.table())
            + ") WHERE name IN (" + columns + ")",
        triggers -> "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ("
            + triggers + ")",
        relations -> "SELECT COUNT(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name"
            + " IN (" + relations + ")");
  }

  private static String columns(List<String> names) {
    return names.stream().map(SqliteDialect::quote).collect(Collectors.joining(", "));
  }

  private static List<String> dropTriggers(Transition t, List<String> purposes) {
    return purposes.stream()
        .map(purpose -> "DROP TRIGGER IF EXISTS " + triggerName(t, purpose) + ";")
        .toList();
  }

  private static String triggerName(Transition t, String purpose) {
    return quote(Naming.syncTrigger(t, purpose));
  }

  // ---- tables

  private List<String> createTable(Table table) {
    List<String> parts = new ArrayList<>();
    for (Column column : table.columns()) {
      parts.add("  " + columnDefinition(column));
    }
    parts.add(
        "  PRIMARY KEY ("
            + table.primaryKey().stream().map(SqliteDialect::quote).collect(Collectors.joining(", "))
            + ")");
    List<String> statements = new ArrayList<>();
    statements.add("CREATE TABLE " + quote(table.name()) + " (\n" + String.join(",\n", parts) + "\n);");
    for (Index index : table.indexes()) {
      statements.add(createIndex(table.name(), index));
    }
    return statements;
  }

  /**
   * SQLite refuses {@code ADD COLUMN ... UNIQUE}; a unique index gives the same constraint (and
   * the same structure Hibernate's inline {@code unique} gives).
   */
  private static List<String> addColumn(String table, Column column) {
    Column plain = new Column(column.name(), column.field(), column.type(), column.nullable(),
        false, column.identity());
    String add = "ALTER TABLE " + quote(table) + " ADD COLUMN " + columnDefinition(plain) + ";";
    if (!column.unique()) {
      return List.of(add);
    }
    return List.of(add, createIndex(table, Naming.uniqueIndex(table, column.name())));
  }

  private static String createIndex(String table, Index index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
        + quote(table) + " ("
        + index.columns().stream().map(SqliteDialect::quote).collect(Collectors.joining(", "))
        + ");";
  }

  private static String columnDefinition(Column column) {
    return quote(column.name()) + " " + typeName(column)
        + (column.nullable() || column.identity() ? "" : " NOT NULL")
        + (column.unique() ? " UNIQUE" : "");
  }

  /** Hibernate's type names; an identity key must be exactly {@code integer} to alias rowid. */
  static String typeName(Column column) {
    if (column.identity()) {
      return "integer";
    }
    ColumnType type = column.type();
    return switch (type.kind()) {
      case BIGINT -> "bigint";
      case INTEGER -> "integer";
      case SMALLINT -> "smallint";
      case TINYINT, ENUM_ORDINAL -> "tinyint";
      case BOOLEAN -> "boolean";
      case FLOAT, DOUBLE -> "float";
      case DECIMAL -> "numeric(" + type.precision() + "," + type.scale() + ")";
      case CHAR -> "char(1)";
      case VARCHAR, ENUM_STRING -> "varchar(" + type.length() + ")";
      case CLOB -> "clob";
      case DATE -> "date";
      case TIME -> "time";
      case TIMESTAMP, TIMESTAMP_WITH_ZONE -> "timestamp";
      case UUID, BLOB -> "blob";
    };
  }

  static String quote(String identifier) {
    return "\"" + QuotedNames.note(identifier).replace("\"", "\"\"") + "\"";
  }
}
