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
public final class MysqlDialect implements SqlDialect {

  /**
   * Backticks, booleans as 0/1, {@code <=>} compares NULLs. Text is compared as bytes: the
   * default collations ignore case and trailing spaces, and a sync trigger must see
   * {@code 'ann'} to {@code 'Ann'} as a change.
   */
  static final SqlSyntax SYNTAX =
      new SqlSyntax() {
        @Override
        public DialectName dialect() {
          return DialectName.MYSQL;
        }

        @Override
        public String quote(String identifier) {
          return "`" + QuotedNames.note(identifier).replace("`", "``") + "`";
        }

        @Override
        public String booleanLiteral(boolean value) {
          return value ? "1" : "0";
        }

        @Override
        public String stringLiteral(String value) {
          return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
        }

        @Override
        public String distinct(String a, String b, ColumnType type) {
          return "NOT (" + same(a, b, type) + ")";
        }

        @Override
        public String same(String a, String b, ColumnType type) {
          return type.isText() ? "BINARY " + a + " <=> BINARY " + b : a + " <=> " + b;
        }

        /** A session's user variable, which the runtime sets for a batch and clears after it. */
        @Override
        public String syncPaused(String transition) {
          return "@accordion_sync_pause <=> " + stringLiteral(transition);
        }

        @Override
        public String text(String expression) {
          return "CAST(" + expression + " AS CHAR)";
        }
      };

  private static final TransitionSql.Procedural SQL_PSM =
      new TransitionSql.Procedural() {
        @Override
        public String elseIf() {
          return "ELSEIF";
        }

        @Override
        public String assign(String target, String value) {
          return "SET " + target + " = " + value + ";";
        }

        /** The handler ends the block it is declared in; the trigger goes on after it. */
        @Override
        public List<String> catching(String indent, List<String> statements,
            List<String> otherwise) {
          List<String> lines = new ArrayList<>();
          lines.add(indent + "BEGIN");
          lines.add(indent + "  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN "
              + String.join(" ", otherwise) + " END;");
          statements.forEach(statement -> lines.add(indent + "  " + statement));
          lines.add(indent + "END;");
          return lines;
        }
      };

  private static final String IN_PLACE = ", ALGORITHM=INPLACE, LOCK=NONE";

  @Override
  public SqlSyntax syntax() {
    return SYNTAX;
  }

  @Override
  public DialectName dialect() {
    return DialectName.MYSQL;
  }

  @Override
  public boolean copiesRenamedTable() {
    return false;
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
    return Sections.ddl(List.of(createIndex(op.table(), op.index(), true)));
  }

  @Override
  public Sections dropIndex(Operation.DropIndex op) {
    return Sections.ddl(List.of(
        "DROP INDEX IF EXISTS " + quote(op.index().name()) + " ON " + quote(op.table()) + ";"));
  }

  @Override
  public Sections renameColumn(Operation.RenameColumn op) {
    return Sections.ddl(
        List.of(
            "ALTER TABLE " + quote(op.table()) + " RENAME COLUMN IF EXISTS " + quote(op.from())
                + " TO " + quote(op.to()) + ";"));
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
    List<String> ddl = new ArrayList<>();
    for (String column : t.newColumns()) {
      ddl.add("ALTER TABLE " + sql.table() + " ADD COLUMN IF NOT EXISTS "
          + columnDefinition(op.after().requireColumn(column)) + ", ALGORITHM=INSTANT;");
    }
    for (String column : t.oldColumns()) {
      Column oldBefore = op.before().requireColumn(column);
      if (!oldBefore.nullable()) {
        ddl.add("ALTER TABLE " + sql.table() + " MODIFY " + quote(column) + " "
            + typeName(oldBefore) + " NULL" + IN_PLACE + ";");
      }
      if (oldBefore.unique()) {
        // Several new values may map back to one old value: the old column cannot stay unique.
        ddl.add("ALTER TABLE " + sql.table() + " DROP INDEX IF EXISTS "
            + quote(Naming.uniqueKey(t.table(), column)) + IN_PLACE + ";");
      }
    }
    ddl.add(trigger(t, "ins", "BEFORE INSERT ON " + sql.table(), sql.onInsert(SQL_PSM, "  ")));
    ddl.add(trigger(t, "upd", "BEFORE UPDATE ON " + sql.table(), sql.onUpdate(SQL_PSM, "  ")));
    return sql.expandSections(ddl, List.of(), false, footprint(new Footprint(t.table(),
        t.newColumns(), triggers(t, List.of("ins", "upd")), List.of())));
  }

  /**
   * A trigger of {@code t} whose {@code body} runs unless the transition's triggers are paused
   * (a backfill batch, or a source table's trigger writing). A column transition's triggers
   * assign NEW and write no table. A link's or join's triggers on the owner or join table do
   * write the source table, and the source's triggers answer them; their reads first find the
   * two sides agree, since MariaDB refuses a trigger's write to a table the statement that fired
   * it uses (error 1442).
   */
  static String trigger(Transition t, String purpose, String event, List<String> body) {
    return "CREATE OR REPLACE TRIGGER " + quote(Naming.syncTrigger(t, purpose)) + " " + event
        + "\nFOR EACH ROW BEGIN\n  IF NOT (" + SYNTAX.syncPaused(t.id()) + ") THEN\n"
        + body.stream().map(line -> "  " + line).collect(Collectors.joining("\n"))
        + "\n  END IF;\nEND;";
  }

  /**
   * A trigger of {@code t} on a link's or join's source table: its writes to the other table run
   * with the transition paused, so the triggers there take them for no writer's and write
   * nothing back (which MariaDB would refuse with error 1442, failing the older release's
   * write). The handler restores the pause as it found it should a write fail.
   */
  static String pausingTrigger(Transition t, String purpose, String event,
      List<String> body) {
    String paused = SYNTAX.stringLiteral(t.id());
    return "CREATE OR REPLACE TRIGGER " + quote(Naming.syncTrigger(t, purpose)) + " " + event
        + "\nFOR EACH ROW BEGIN"
        + "\n  DECLARE paused_before VARCHAR(255) DEFAULT @accordion_sync_pause;"
        + "\n  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN SET @accordion_sync_pause = paused_before;"
        + " RESIGNAL; END;"
        + "\n  IF NOT (" + SYNTAX.syncPaused(t.id()) + ") THEN"
        + "\n    SET @accordion_sync_pause = " + paused + ";\n"
        + body.stream().map(line -> "  " + line).collect(Collectors.joining("\n"))
        + "\n    SET @accordion_sync_pause = paused_before;"
        + "\n  END IF;\nEND;";
  }

  static List<String> triggers(Transition t, List<String> purposes) {
    return purposes.stream().map(purpose -> Naming.syncTrigger(t, purpose)).toList();
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
      ddl.add(dropColumn(before, old));
    }
    for (String column : t.newColumns()) {
      giveConstraints(t.table(), op.after().requireColumn(column), ddl);
    }
    return new Sections(sql.guards(op.after()), ddl, List.of(), false,
        Optional.empty(), Optional.empty());
  }

  /**
   * Drops a contract's old column: instantly, unless an index covers it, which MariaDB cannot
   * change instantly.
   */
  static String dropColumn(Table table, String column) {
    return "ALTER TABLE " + quote(table.name()) + " DROP COLUMN IF EXISTS " + quote(column)
        + (table.isIndexed(column) ? IN_PLACE : ", ALGORITHM=INSTANT") + ";";
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
      ddl.add(createIndex(table, Naming.uniqueIndex(table, column.name()), true));
    }
  }

  @Override
  public Sections expandLink(Operation.ExpandLink op) {
    return MysqlRelationSql.expandLink(op);
  }

  @Override
  public Sections expandJoin(Operation.ExpandJoin op) {
    return MysqlRelationSql.expandJoin(op);
  }

  @Override
  public Sections contractJoin(Operation.ContractJoin op) {
    return MysqlRelationSql.contractJoin(op);
  }

  @Override
  public Sections expandTable(Operation.ExpandTable op) {
    return MysqlRelationSql.expandTable(op);
  }

  @Override
  public Sections contractTable(Operation.ContractTable op) {
    return MysqlRelationSql.contractTable(op);
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

  @Override
  public Sections contractLink(Operation.ContractLink op) {
    return MysqlRelationSql.contractLink(op);
  }

  // ---- tables

  static List<String> createTable(Table table) {
    List<String> parts = new ArrayList<>();
    for (Column column : table.columns()) {
      parts.add("  " + columnDefinition(column));
    }
    parts.add("  PRIMARY KEY (" + columns(table.primaryKey()) + ")");
    for (Column column : table.columns()) {
      if (column.unique()) {
        parts.add("  CONSTRAINT " + quote(Naming.uniqueKey(table.name(), column.name()))
            + " UNIQUE (" + quote(column.name()) + ")");
      }
    }
    List<String> statements = new ArrayList<>();
    statements.add("CREATE TABLE IF NOT EXISTS " + quote(table.name()) + " (\n"
        + String.join(",\n", parts) + "\n) ENGINE=InnoDB;");
    for (Index index : table.indexes()) {
      statements.add(createIndex(table.name(), index, false));
    }
    return statements;
  }

  /** The unique index of a unique column is its own statement, built without locking writers. */
  private static List<String> addColumn(String table, Column column) {
    String add = "ALTER TABLE " + quote(table) + " ADD COLUMN IF NOT EXISTS "
        + columnDefinition(column) + ", ALGORITHM=INSTANT;";
    if (!column.unique()) {
      return List.of(add);
    }
    return List.of(add, createIndex(table, Naming.uniqueIndex(table, column.name()), true));
  }

  /** {@code online}: the table is in use, so the index is built without blocking writers. */
  private static String createIndex(String table, Index index, boolean online) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS "
        + quote(index.name()) + " ON " + quote(table) + " (" + columns(index.columns()) + ")"
        + (online ? " ALGORITHM=INPLACE LOCK=NONE" : "") + ";";
  }

  /** Constraints are table-level and named (see {@link Naming}). */
  static String columnDefinition(Column column) {
    return quote(column.name()) + " " + typeName(column)
        + (column.nullable() && !column.identity() ? "" : " NOT NULL")
        + (column.identity() ? " AUTO_INCREMENT" : "");
  }

  /** The types Hibernate 6.6's MariaDB dialect validates for the same mapping. */
  static String typeName(Column column) {
    ColumnType type = column.type();
    return switch (type.kind()) {
      case BIGINT -> "bigint";
      case INTEGER -> "integer";
      case SMALLINT -> "smallint";
      case TINYINT, ENUM_ORDINAL -> "tinyint";
      case BOOLEAN -> "boolean";
      case FLOAT -> "float(23)";
      case DOUBLE -> "float(53)";
      case DECIMAL -> "decimal(" + type.precision() + "," + type.scale() + ")";
      case CHAR -> "char(1)";
      case VARCHAR, ENUM_STRING -> "varchar(" + type.length() + ")";
      case CLOB -> "longtext";
      case DATE -> "date";
      case TIME -> "time(6)";
      case TIMESTAMP, TIMESTAMP_WITH_ZONE -> "datetime(6)";
      case UUID -> "uuid";
      case BLOB -> "varbinary(255)";
    };
  }

  private static String columns(List<String> names) {
    return names.stream().map(MysqlDialect::quote).collect(Collectors.joining(", "));
  }

  static String quote(String identifier) {
    return SYNTAX.quote(identifier);
  }
}
