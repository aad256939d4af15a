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
  private static String trigger(Transition t, String purpose, String event, List<String> body) {
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
  private static String pausingTrigger(Transition t, String purpose, String event,
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

  private static List<String> triggers(Transition t, List<String> purposes) {
    return purposes.stream().map(purpose -> Naming.syncTrigger(t, purpose)).toList();
  }

  /** Counts what {@code footprint} names in the connection's database. */
  private static String footprint(Footprint footprint) {
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
  private static String dropColumn(Table table, String column) {
    return "ALTER TABLE " + quote(table.name()) + " DROP COLUMN IF EXISTS " + quote(column)
        + (table.isIndexed(column) ? IN_PLACE : ", ALGORITHM=INSTANT") + ";";
  }

  /**
   * A contract's new column gets its declared NOT NULL (in place, writers not blocked, in strict
   * mode, MariaDB's default; the guard proved no row is NULL) and UNIQUE (an online index).
   */
  private static void giveConstraints(String table, Column column, List<String> ddl) {
    if (!column.nullable()) {
      ddl.add("ALTER TABLE " + quote(table) + " MODIFY " + quote(column.name()) + " "
          + typeName(column) + " NOT NULL" + IN_PLACE + ";");
    }
    if (column.unique()) {
      ddl.add(createIndex(table, Naming.uniqueIndex(table, column.name()), true));
    }
  }

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

  @Override
  public Sections contractJoin(Operation.ContractJoin op) {
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
  @Override
  public Sections expandTable(Operation.ExpandTable op) {
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
  @Override
  public Sections contractTable(Operation.ContractTable op) {
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

  /**
   * The unique keys named after the table's old name get its new one. Each rename runs only
   * while the old name is there, so the statement can run again after a crash.
   */
  private static List<String> renameUniqueKeys(Table table, String to) {
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

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static final List<String> LINK_TRIGGERS =
      List.of("src_ins", "src_upd", "src_del", "refill", "own_ins", "own_upd");

  private static final List<String> JOIN_TRIGGERS =
      List.of("src_ins", "src_upd", "src_del", "join_ins", "join_upd", "join_del");

  @Override
  public Sections contractLink(Operation.ContractLink op) {
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

  // ---- tables

  private static List<String> createTable(Table table) {
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
  private static String columnDefinition(Column column) {
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
