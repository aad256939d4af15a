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
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PostgreSQL's SQL. Types are the ones Hibernate's PostgreSQL dialect creates, so its schema
 * validation passes. The {@code ddl} section is one transaction the runtime runs under
 * {@code lock_timeout}; what must not run in a transaction or should not hold its locks while it
 * scans (indexes built {@code CONCURRENTLY}, validating a check) goes to {@code online}. A
 * transition never rewrites the table: columns are added and dropped in place, and NOT NULL
 * arrives through a {@code NOT VALID} check validated online, which {@code SET NOT NULL} then
 * trusts instead of scanning again.
 */
public final class PostgresDialect implements SqlDialect {

  /**
   * Hibernate writes names unquoted, so PostgreSQL folds them to lower case: quoting the
   * declared {@code Post} would create a table Hibernate never finds.
   */
  static final SqlSyntax SYNTAX =
      new SqlSyntax() {
        @Override
        public DialectName dialect() {
          return DialectName.POSTGRESQL;
        }

        @Override
        public String quote(String identifier) {
          String name = QuotedNames.note(identifier.toLowerCase(Locale.ROOT));
          return "\"" + name.replace("\"", "\"\"") + "\"";
        }

        @Override
        public String booleanLiteral(boolean value) {
          return value ? "true" : "false";
        }

        @Override
        public String distinct(String a, String b, ColumnType type) {
          return a + " IS DISTINCT FROM " + b;
        }

        @Override
        public String same(String a, String b, ColumnType type) {
          return a + " IS NOT DISTINCT FROM " + b;
        }

        @Override
        public String syncPaused(String transition) {
          return "current_setting(" + stringLiteral(SYNC_PAUSE) + ", true) = "
              + stringLiteral(transition);
        }

        @Override
        public String catalogName(String identifier) {
          return identifier.toLowerCase(Locale.ROOT);
        }

        @Override
        public String text(String expression) {
          return "CAST(" + expression + " AS varchar)";
        }
      };

  /**
   * The setting that pauses a transition's sync triggers for the rest of a transaction (a
   * placeholder any role may set); a trigger that writes restores it as it found it.
   */
  private static final String SYNC_PAUSE = "accordion.sync_pause";

  private static final TransitionSql.Procedural PLPGSQL =
      new TransitionSql.Procedural() {
        @Override
        public String elseIf() {
          return "ELSIF";
        }

        @Override
        public String assign(String target, String value) {
          return target + " := " + value + ";";
        }

        @Override
        public List<String> catching(String indent, List<String> statements,
            List<String> otherwise) {
          List<String> lines = new ArrayList<>();
          lines.add(indent + "BEGIN");
          statements.forEach(statement -> lines.add(indent + "  " + statement));
          lines.add(indent + "EXCEPTION WHEN OTHERS THEN");
          otherwise.forEach(statement -> lines.add(indent + "  " + statement));
          lines.add(indent + "END;");
          return lines;
        }
      };

  @Override
  public SqlSyntax syntax() {
    return SYNTAX;
  }

  @Override
  public DialectName dialect() {
    return DialectName.POSTGRESQL;
  }

  @Override
  public Sections createTable(Operation.CreateTable op) {
    return Sections.ddl(createTable(op.table()));
  }

  @Override
  public Sections addColumn(Operation.AddColumn op) {
    return addColumn(op.table(), op.column());
  }

  @Override
  public Sections createIndex(Operation.CreateIndex op) {
    return Sections.online(List.of(createIndexConcurrently(op.table(), op.index())));
  }

  @Override
  public Sections dropIndex(Operation.DropIndex op) {
    return Sections.online(
        List.of("DROP INDEX CONCURRENTLY IF EXISTS " + quote(op.index().name()) + ";"));
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
    return Sections.ddl(renameTable(op.table(), op.to()));
  }

  /** Renaming an index that backs a constraint renames the constraint too. */
  private static List<String> renameTable(Table table, String to) {
    List<String> ddl = new ArrayList<>();
    ddl.add("ALTER TABLE " + quote(table.name()) + " RENAME TO " + quote(to) + ";");
    for (List<String> key : Naming.uniqueKeysRenamed(table, to)) {
      ddl.add("ALTER INDEX IF EXISTS " + quote(key.get(0)) + " RENAME TO " + quote(key.get(1)) + ";");
    }
    return ddl;
  }

  // ---- expand and contract

  /**
   * A longer VARCHAR is a catalog change on PostgreSQL (no rewrite, no index rebuild); a wider
   * integer rewrites the table under an exclusive lock.
   */
  @Override
  public boolean changesInPlace(ColumnType from, ColumnType to) {
    return from.kind() == ColumnType.Kind.VARCHAR && to.kind() == ColumnType.Kind.VARCHAR
        && to.length() > from.length();
  }

  @Override
  public Sections changeColumnType(Operation.ChangeColumnType op) {
    return Sections.ddl(List.of("ALTER TABLE " + quote(op.table()) + " ALTER COLUMN "
        + quote(op.after().name()) + " TYPE " + typeName(op.after()) + ";"));
  }

  @Override
  public Sections expand(Operation.Expand op) {
    Transition t = op.transition();
    TransitionSql sql = new TransitionSql(SYNTAX, t, op.after());
    List<String> ddl = new ArrayList<>();
    for (String column : t.newColumns()) {
      ddl.add("ALTER TABLE " + sql.table() + " ADD COLUMN "
          + columnDefinition(op.after().requireColumn(column)) + ";");
    }
    for (String column : t.oldColumns()) {
      Column oldBefore = op.before().requireColumn(column);
      if (!oldBefore.nullable()) {
        ddl.add("ALTER TABLE " + sql.table() + " ALTER COLUMN " + quote(column)
            + " DROP NOT NULL;");
      }
      if (oldBefore.unique()) {
        // Several new values may map back to one old value: the old column cannot stay unique.
        // Created by CREATE TABLE it is a constraint, by ADD COLUMN a unique index.
        String key = quote(Naming.uniqueKey(t.table(), column));
        ddl.add("ALTER TABLE " + sql.table() + " DROP CONSTRAINT IF EXISTS " + key + ";");
        ddl.add("DROP INDEX IF EXISTS " + key + ";");
      }
    }
    String function = quote(Naming.syncTrigger(t, "sync"));
    List<String> body = new ArrayList<>();
    body.add("CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$");
    body.add("BEGIN");
    body.add("  IF " + SYNTAX.syncPaused(t.id()) + " THEN");
    body.add("    RETURN NEW;");
    body.add("  END IF;");
    body.add("  IF TG_OP = 'INSERT' THEN");
    body.addAll(sql.onInsert(PLPGSQL, "    "));
    body.add("  ELSE");
    body.addAll(sql.onUpdate(PLPGSQL, "    "));
    body.add("  END IF;");
    body.add("  RETURN NEW;");
    body.add("END;");
    body.add("$$;");
    ddl.add(String.join("\n", body));
    ddl.add("CREATE TRIGGER " + function + " BEFORE INSERT OR UPDATE ON " + sql.table()
        + "\nFOR EACH ROW EXECUTE FUNCTION " + function + "();");
    return sql.expandSections(ddl, List.of(), false, footprint(new Footprint(t.table(),
        t.newColumns(), List.of(Naming.syncTrigger(t, "sync")), List.of())));
  }

  @Override
  public Sections contract(Operation.Contract op) {
    Transition t = op.transition();
    TransitionSql sql = new TransitionSql(SYNTAX, t, op.before());
    String table = sql.table();
    String function = quote(Naming.syncTrigger(t, "sync"));
    List<String> ddl = new ArrayList<>();
    ddl.add("DROP TRIGGER IF EXISTS " + function + " ON " + table + ";");
    ddl.add("DROP FUNCTION IF EXISTS " + function + "();");
    for (String old : t.oldColumns()) {
      ddl.add("ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + quote(old) + ";");
    }
    List<String> online = new ArrayList<>();
    for (String column : t.newColumns()) {
      giveConstraints(t.table(), op.after().requireColumn(column), ddl, online);
    }
    return new Sections(sql.guards(op.after()), ddl, online, false,
        Optional.empty(), Optional.empty());
  }

  /**
   * A contract's new column gets its declared NOT NULL and UNIQUE without blocking writers: NOT
   * VALID checks only new writes, so the DDL transaction holds its lock briefly; VALIDATE scans
   * without blocking them, and SET NOT NULL trusts the valid check; the unique index is built
   * concurrently.
   */
  private static void giveConstraints(String tableName, Column column, List<String> ddl,
      List<String> online) {
    String table = quote(tableName);
    if (!column.nullable()) {
      String check = quote(tableName + "_" + column.name() + "_not_null");
      ddl.add("ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK ("
          + quote(column.name()) + " IS NOT NULL) NOT VALID;");
      online.add("ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check + ";");
      online.add("ALTER TABLE " + table + " ALTER COLUMN " + quote(column.name()) + " SET NOT NULL;");
      online.add("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + check + ";");
    }
    if (column.unique()) {
      online.add(createIndexConcurrently(tableName, Naming.uniqueIndex(tableName, column.name())));
    }
  }

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

  private static final List<String> LINK_TRIGGERS = List.of("source", "refill", "owner");

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

  private static final List<String> JOIN_TRIGGERS = List.of("source", "join");

  @Override
  public Sections contractJoin(Operation.ContractJoin op) {
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
  @Override
  public Sections expandTable(Operation.ExpandTable op) {
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
  @Override
  public Sections contractTable(Operation.ContractTable op) {
    Transition t = op.transition();
    TableRenameSql sql = new TableRenameSql(SYNTAX, t, op.table());
    List<String> ddl = new ArrayList<>();
    ddl.add("DROP VIEW IF EXISTS " + sql.newName() + ";");
    ddl.addAll(renameTable(op.table().withName(t.oldTable()), t.table()));
    return new Sections(List.of(sql.countDifferences()), ddl, List.of(), false, Optional.empty(),
        Optional.empty());
  }

  /**
   * A trigger function of {@code t} that returns {@code paused} at once while the transition's
   * triggers are paused, and otherwise runs {@code body}. {@code previous} holds the pause as
   * the function found it, for {@link #pausing} to restore.
   */
  private static String function(Transition t, String purpose, String paused, List<String> body) {
    return "CREATE FUNCTION " + quote(Naming.syncTrigger(t, purpose))
        + "() RETURNS trigger LANGUAGE plpgsql AS $$\nDECLARE\n  previous text := current_setting("
        + SYNTAX.stringLiteral(SYNC_PAUSE) + ", true);\nBEGIN\n  IF " + SYNTAX.syncPaused(t.id())
        + " THEN\n    RETURN " + paused + ";\n  END IF;\n" + String.join("\n", body) + "\nEND;\n$$;";
  }

  /** {@code statements} with {@code t}'s triggers paused: what they write is no writer's. */
  private static List<String> pausing(Transition t, String indent, List<String> statements) {
    List<String> lines = new ArrayList<>();
    lines.add(indent + "PERFORM set_config(" + SYNTAX.stringLiteral(SYNC_PAUSE) + ", "
        + SYNTAX.stringLiteral(t.id()) + ", true);");
    statements.forEach(statement -> lines.add(indent + statement));
    lines.add(indent + "PERFORM set_config(" + SYNTAX.stringLiteral(SYNC_PAUSE)
        + ", COALESCE(previous, ''), true);");
    return lines;
  }

  private static List<String> triggers(Transition t, List<String> purposes) {
    return purposes.stream().map(purpose -> Naming.syncTrigger(t, purpose)).toList();
  }

  /** Counts what {@code footprint} names in the connection's current schema. */
  private static String footprint(Footprint footprint) {
    return footprint.query(SYNTAX,
        columns -> "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema ="
            + " current_schema() AND table_name = "
            + SYNTAX.stringLiteral(SYNTAX.catalogName(footprint.table()))
            + " AND column_name IN (" + columns + ")",
        triggers -> "SELECT COUNT(*) FROM pg_trigger JOIN pg_class ON pg_class.oid ="
            + " pg_trigger.tgrelid JOIN pg_namespace ON pg_namespace.oid = pg_class.relnamespace"
            + " WHERE pg_namespace.nspname = current_schema() AND pg_trigger.tgname IN ("
            + triggers + ")",
        relations -> "SELECT COUNT(*) FROM pg_class JOIN pg_namespace ON pg_namespace.oid ="
            + " pg_class.relnamespace WHERE pg_namespace.nspname = current_schema() AND"
            + " pg_class.relname IN (" + relations + ")");
  }

  @Override
  public Sections contractLink(Operation.ContractLink op) {
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

  // ---- tables

  /** A new table is empty: its indexes are built in the DDL transaction, not concurrently. */
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
    statements.add(
        "CREATE TABLE " + quote(table.name()) + " (\n" + String.join(",\n", parts) + "\n);");
    for (Index index : table.indexes()) {
      statements.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX "
          + quote(index.name()) + " ON " + quote(table.name()) + " (" + columns(index.columns())
          + ");");
    }
    return statements;
  }

  /** A unique column added to a table in use gets its unique index built concurrently. */
  private static Sections addColumn(String table, Column column) {
    Sections add = Sections.ddl(List.of(
        "ALTER TABLE " + quote(table) + " ADD COLUMN " + columnDefinition(column) + ";"));
    if (!column.unique()) {
      return add;
    }
    return add.then(Sections.online(
        List.of(createIndexConcurrently(table, Naming.uniqueIndex(table, column.name())))));
  }

  /**
   * Re-runnable once it succeeded. A build that failed (a duplicate, a cancelled statement)
   * leaves an INVALID index that {@code IF NOT EXISTS} would then skip: drop it before running
   * the statement again.
   */
  private static String createIndexConcurrently(String table, Index index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY IF NOT EXISTS "
        + quote(index.name()) + " ON " + quote(table) + " (" + columns(index.columns()) + ");";
  }

  /** Constraints are table-level and named (see {@link Naming}); identity implies NOT NULL. */
  private static String columnDefinition(Column column) {
    if (column.identity()) {
      return quote(column.name()) + " " + typeName(column) + " GENERATED BY DEFAULT AS IDENTITY";
    }
    return quote(column.name()) + " " + typeName(column) + (column.nullable() ? "" : " NOT NULL");
  }

  /** The types Hibernate 6.6's PostgreSQLDialect creates for the same mapping. */
  static String typeName(Column column) {
    ColumnType type = column.type();
    return switch (type.kind()) {
      case BIGINT -> "bigint";
      case INTEGER -> "integer";
      case SMALLINT, TINYINT, ENUM_ORDINAL -> "smallint";
      case BOOLEAN -> "boolean";
      case FLOAT -> "float4";
      case DOUBLE -> "float(53)";
      case DECIMAL -> "numeric(" + type.precision() + "," + type.scale() + ")";
      case CHAR -> "char(1)";
      case VARCHAR, ENUM_STRING -> "varchar(" + type.length() + ")";
      case CLOB -> "oid";
      case DATE -> "date";
      case TIME -> "time(6)";
      // Hibernate maps Instant to a zoned timestamp here (not on SQLite or MariaDB).
      case TIMESTAMP -> type.isInstant()
          ? "timestamp(6) with time zone"
          : "timestamp(6)";
      case TIMESTAMP_WITH_ZONE -> "timestamp(6) with time zone";
      case UUID -> "uuid";
      case BLOB -> "bytea";
    };
  }

  private static String columns(List<String> names) {
    return names.stream().map(PostgresDialect::quote).collect(Collectors.joining(", "));
  }

  static String quote(String identifier) {
    return SYNTAX.quote(identifier);
  }
}
