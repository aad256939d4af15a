package dev.accordion.processor.render;

import dev.accordion.format.DialectName;
import dev.accordion.processor.plan.Operation;
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
 * MySQL/MariaDB's SQL, tested on MariaDB 10.11 (its {@code IF [NOT] EXISTS} forms and
 * {@code CREATE OR REPLACE TRIGGER} are MariaDB's). Types are the ones Hibernate's MariaDB dialect
 * validates. DDL commits by itself, so the runtime runs the {@code ddl} section one statement at
 * a time and resumes a killed migration at its first unfinished statement: every statement here
 * can run again without harm. Online DDL is asked for where MariaDB does it for these changes
 * (ADD COLUMN instantly, the rest in place without locking writers), so a change it would do by
 * copying the table under a lock fails instead.
 */
public final class MysqlDialect extends AbstractSqlDialect {

  /**
   * Backticks, booleans as 0/1, {@code <=>} compares NULLs, which has no negated form, and a
   * backslash in a string escapes. Text is compared as bytes: the default collations ignore
   * case and trailing spaces, and a sync trigger must see {@code 'ann'} to {@code 'Ann'} as a
   * change.
   */
  static final SqlSyntax SYNTAX =
      new SqlSyntax(DialectName.MYSQL, "`", "1", "0", " <=> ", null, "CHAR") {
        @Override
        String stringLiteral(String value) {
          return super.stringLiteral(value.replace("\\", "\\\\"));
        }

        @Override
        String same(String a, String b, ColumnType type) {
          return type.isText()
              ? super.same("BINARY " + a, "BINARY " + b, type)
              : super.same(a, b, type);
        }

        /** A session's user variable, which the runtime sets for a batch and clears after it. */
        @Override
        String syncPaused(String transition) {
          return "@accordion_sync_pause <=> " + stringLiteral(transition);
        }
      };

  /** An identifier as {@link #SYNTAX} quotes it. */
  static String quote(String identifier) {
    return SYNTAX.quote(identifier);
  }

  private static final String IN_PLACE = ", ALGORITHM=INPLACE, LOCK=NONE";

  public MysqlDialect() {
    super(SYNTAX, new MysqlRelationSql());
  }

  @Override
  public boolean copiesRenamedTable() {
    return false;
  }

  @Override
  public Sections createTable(Operation.CreateTable op) {
    return Sections.ddl(TableSql.createTableAndSequence(SYNTAX, op,
        MysqlDialect::columnDefinition, "IF NOT EXISTS ", " ENGINE=InnoDB"));
  }

  /** Safe to run again: MariaDB's DDL commits statement by statement. */
  @Override
  public Sections addForeignKey(Operation.AddForeignKey op) {
    if (!op.tableInUse()) {
      return Sections.ddl(List.of(TableSql.addForeignKey(SYNTAX, "IF NOT EXISTS ", op, "")));
    }
    // With its checks on, MariaDB adds a foreign key by copying the table, blocking writers. The
    // column is new and NULL in every row, so there is nothing to check: add it in place.
    return Sections.ddl(List.of("SET SESSION foreign_key_checks = 0;",
        TableSql.addForeignKey(SYNTAX, "IF NOT EXISTS ", op, IN_PLACE),
        "SET SESSION foreign_key_checks = 1;"));
  }

  @Override
  public String addColumnStatement(String table, Column column) {
    return "ALTER TABLE " + quote(table) + " ADD COLUMN IF NOT EXISTS " + columnDefinition(column)
        + ", ALGORITHM=INSTANT;";
  }

  @Override
  public Sections createIndex(Operation.CreateIndex op) {
    return Sections.ddl(List.of(createIndex(op.table(), op.index())));
  }

  @Override
  public Sections dropIndex(Operation.DropIndex op) {
    return Sections.ddl(List.of(
        "DROP INDEX IF EXISTS " + quote(op.index().name()) + " ON " + quote(op.table()) + ";"));
  }

  /** Safe to run again: MariaDB's DDL commits statement by statement. */
  @Override
  public Sections renameColumn(Operation.RenameColumn op) {
    return Sections.ddl(List.of("ALTER TABLE " + quote(op.table()) + " RENAME COLUMN IF EXISTS "
        + quote(op.from()) + " TO " + quote(op.to()) + ";"));
  }

  @Override
  public Sections renameTable(Operation.RenameTable op) {
    return Sections.ddl(
        concat(List.of("RENAME TABLE IF EXISTS " + quote(op.from()) + " TO " + quote(op.to()) + ";"),
            renameUniqueKeys(op.table(), op.to())));
  }

  // ---- expand and contract

  /**
   * InnoDB lengthens a VARCHAR instantly while its length prefix keeps its size: one byte up to
   * 255 bytes, two above, at up to 4 bytes a character (utf8mb4). ALGORITHM=INSTANT makes the
   * server refuse rather than copy the table if it disagrees. Wider integers copy the table.
   */
  @Override
  public boolean changesInPlace(ColumnType from, ColumnType to) {
    return from.kind() == ColumnType.Kind.VARCHAR && to.kind() == ColumnType.Kind.VARCHAR
        && to.length() > from.length()
        && (from.length() * 4 > 255 || to.length() * 4 <= 255);
  }

  @Override
  public Sections changeColumnType(Operation.ChangeColumnType op) {
    return Sections.ddl(List.of("ALTER TABLE " + quote(op.table()) + " MODIFY COLUMN "
        + columnDefinition(op.after()) + ", ALGORITHM=INSTANT;"));
  }

  @Override
  public Sections expand(Operation.Expand op) {
    Transition t = op.transition();
    TransitionSql sql = new TransitionSql(SYNTAX, t, op.after());
    List<String> ddl = sql.expandColumns(op.before(),
        column -> "ALTER TABLE " + sql.table() + " ADD COLUMN IF NOT EXISTS "
            + columnDefinition(column) + ", ALGORITHM=INSTANT;",
        old -> "ALTER TABLE " + sql.table() + " MODIFY " + quote(old.name()) + " " + typeName(old)
            + " NULL" + IN_PLACE + ";",
        old -> List.of("ALTER TABLE " + sql.table() + " DROP INDEX IF EXISTS "
            + quote(Naming.uniqueKey(t.table(), old.name())) + IN_PLACE + ";"));
    ddl.add(trigger(t, "ins", "BEFORE INSERT ON " + sql.table(),
        sql.onInsert(Procedural.SQL_PSM, "  ")));
    ddl.add(trigger(t, "upd", "BEFORE UPDATE ON " + sql.table(),
        sql.onUpdate(Procedural.SQL_PSM, "  ", TransitionSql.StaleSaves.UPDATE_TRIGGER)));
    return sql.expandSections(ddl, List.of(), false, footprint(new Footprint(t.table(),
        t.newColumns(), Naming.syncTriggers(t, List.of("ins", "upd")), List.of())));
  }

  /**
   * A column transition's trigger: its {@code body} assigns NEW and runs unless a backfill batch
   * paused the transition.
   */
  static String trigger(Transition t, String purpose, String event, List<String> body) {
    return trigger(t, purpose, event, SYNTAX.syncPaused(t.id()), body);
  }

  /**
   * A trigger of a link's or join's owner or join table: it runs unless a batch or a source
   * table's trigger of this statement paused the transition. It writes the source table, and the
   * source's triggers answer it; their reads first find the two sides agree, since MariaDB
   * refuses a trigger's write to a table the statement that fired it uses (error 1442).
   */
  static String relationTrigger(Transition t, String purpose, String event, List<String> body) {
    return trigger(t, purpose, event, relationPaused(t), body);
  }

  private static String trigger(Transition t, String purpose, String event, String paused,
      List<String> body) {
    return "CREATE OR REPLACE TRIGGER " + quote(Naming.syncTrigger(t, purpose)) + " " + event
        + "\nFOR EACH ROW BEGIN\n  IF NOT (" + paused + ") THEN\n"
        + body.stream().map(line -> "  " + line).collect(Collectors.joining("\n"))
        + "\n  END IF;\nEND;";
  }

  /**
   * A trigger of {@code t} on a link's or join's source table: its writes to the other table run
   * with the transition paused for this statement, so the triggers there take them for no
   * writer's and write nothing back (which MariaDB would refuse with error 1442, failing the
   * older release's write). The pause names the statement ({@link #writing}): MariaDB runs no
   * handler of a trigger whose transaction a deadlock or lock wait timeout rolled back, and a
   * pause left set would stop the sync of every later write on that (pooled) connection.
   */
  static String pausingTrigger(Transition t, String purpose, String event,
      List<String> body) {
    return "CREATE OR REPLACE TRIGGER " + quote(Naming.syncTrigger(t, purpose)) + " " + event
        + "\nFOR EACH ROW BEGIN"
        + "\n  DECLARE writing_before VARCHAR(255) DEFAULT @accordion_sync_writing;"
        + "\n  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN"
        + " SET @accordion_sync_writing = writing_before; RESIGNAL; END;"
        + "\n  IF NOT (" + relationPaused(t) + ") THEN"
        + "\n    SET @accordion_sync_writing = " + writing(t.id()) + ";\n"
        + body.stream().map(line -> "  " + line).collect(Collectors.joining("\n"))
        + "\n    SET @accordion_sync_writing = writing_before;"
        + "\n  END IF;\nEND;";
  }

  /**
   * Paused by a batch, or by a source table's trigger writing in this statement: its pause names
   * the statement by its start ({@code NOW(6)}, the same in every trigger the statement fires),
   * so a value a failed statement left behind pauses no later one.
   */
  private static String relationPaused(Transition t) {
    return SYNTAX.syncPaused(t.id()) + " OR @accordion_sync_writing <=> " + writing(t.id());
  }

  /** The pause of {@code transition} for the statement running: NOW(6) is when it began. */
  private static String writing(String transition) {
    return "CONCAT(" + SYNTAX.stringLiteral(transition) + ", ' ', NOW(6))";
  }

  /** Counts what {@code footprint} names in the connection's database. */
  static String footprint(Footprint footprint) {
    return footprint.query(SYNTAX,
        columns -> "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
            + " AND TABLE_NAME = " + SYNTAX.stringLiteral(footprint.table()) + " AND COLUMN_NAME IN ("
            + columns + ")",
        triggers -> "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA ="
            + " DATABASE() AND TRIGGER_NAME IN (" + triggers + ")",
        relations -> "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA ="
            + " DATABASE() AND TABLE_NAME IN (" + relations + ")");
  }

  @Override
  public Sections contract(Operation.Contract op) {
    Transition t = op.transition();
    Table before = op.before();
    TransitionSql sql = new TransitionSql(SYNTAX, t, before);
    List<String> ddl = new ArrayList<>();
    ddl.add("DROP TRIGGER IF EXISTS " + quote(Naming.syncTrigger(t, "ins")) + ";");
    ddl.add("DROP TRIGGER IF EXISTS " + quote(Naming.syncTrigger(t, "upd")) + ";");
    for (String old : t.oldColumns()) {
      ddl.addAll(dropColumn(before, old));
    }
    for (String column : t.newColumns()) {
      giveConstraints(t.table(), op.after().requireColumn(column), ddl);
    }
    return new Sections(sql.guards(op.after()), ddl, List.of(), false,
        Optional.empty(), Optional.empty());
  }

  /**
   * Drops a contract's old column: instantly, unless an index covers it, which MariaDB cannot
   * change instantly. MariaDB refuses to drop a column its foreign key needs, so that goes
   * first (its index with the column).
   */
  static List<String> dropColumn(Table table, String column) {
    List<String> ddl = new ArrayList<>();
    boolean constrained = table.requireColumn(column).references().isPresent();
    if (constrained) {
      ddl.add("ALTER TABLE " + quote(table.name()) + " DROP FOREIGN KEY IF EXISTS "
          + quote(Naming.foreignKey(table.name(), column)) + ";");
    }
    ddl.add("ALTER TABLE " + quote(table.name()) + " DROP COLUMN IF EXISTS " + quote(column)
        + (table.isIndexed(column) || constrained ? IN_PLACE : ", ALGORITHM=INSTANT") + ";");
    return ddl;
  }

  /**
   * A contract's new column gets its declared NOT NULL (in place, writers not blocked, in strict
   * mode, MariaDB's default; the guard proved no row is NULL) and UNIQUE (an online index).
   */
  static void giveConstraints(String table, Column column, List<String> ddl) {
    if (!column.nullable()) {
      ddl.add("ALTER TABLE " + quote(table) + " MODIFY " + quote(column.name()) + " "
          + typeName(column) + " NOT NULL" + IN_PLACE + ";");
    }
    if (column.unique()) {
      ddl.add(createIndex(table, Naming.uniqueIndex(table, column.name())));
    }
  }

  /**
   * The unique keys named after the table's old name get its new one. Each rename runs only
   * while the old name is there, so the statement can run again after a crash.
   */
  static List<String> renameUniqueKeys(Table table, String to) {
    List<String> ddl = new ArrayList<>();
    for (List<String> key : Naming.uniqueKeysRenamed(table, to)) {
      ddl.add(String.join("\n",
          "BEGIN NOT ATOMIC",
          "  IF EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
              + " AND TABLE_NAME = " + SYNTAX.stringLiteral(to) + " AND INDEX_NAME = "
              + SYNTAX.stringLiteral(key.get(0)) + ") THEN",
          "    ALTER TABLE " + quote(to) + " RENAME INDEX " + quote(key.get(0)) + " TO "
              + quote(key.get(1)) + ";",
          "  END IF;",
          "END;"));
    }
    return ddl;
  }

  static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  // ---- tables

  /** An index of a table in use, built without blocking writers. */
  static String createIndex(String table, Index index) {
    return TableSql.createIndex(SYNTAX, "IF NOT EXISTS ", table, index,
        " ALGORITHM=INPLACE LOCK=NONE");
  }

  /** Constraints are table-level and named (see {@link Naming}). */
  static String columnDefinition(Column column) {
    return quote(column.name()) + " " + typeName(column)
        + (column.nullable() && !column.identity() ? "" : " NOT NULL")
        + (column.identity() ? " AUTO_INCREMENT" : "");
  }

  /**
   * The smallest of MariaDB's text or blob types ({@code kind}) that holds {@code length}
   * characters or bytes; the largest for 0 (no length given).
   */
  private static String lobType(int length, String kind) {
    if (length == 0 || length > 16_777_215) {
      return "long" + kind;
    }
    return length > 65_535 ? "medium" + kind : length > 255 ? kind : "tiny" + kind;
  }

  /** The types Hibernate 7's MariaDB dialect creates for the same mapping. */
  static String typeName(Column column) {
    ColumnType type = column.type();
    if (type.hasDefinition()) {
      return type.definition();
    }
    return switch (type.kind()) {
      case FLOAT -> "float(23)";
      case DECIMAL -> "decimal(" + type.precision() + "," + type.scale() + ")";
      case CLOB -> lobType(type.length(), "text");
      case BINARY_LOB -> lobType(type.length(), "blob");
      case CHAR -> "varchar(1)";
      case TIMESTAMP, TIMESTAMP_WITH_ZONE -> "datetime(6)";
      case BLOB -> "varbinary(" + type.length() + ")";
      default -> TableSql.typeName(type);
    };
  }
}
