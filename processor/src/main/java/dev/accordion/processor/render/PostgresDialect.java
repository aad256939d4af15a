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
import java.util.Locale;
import java.util.Optional;

/**
 * PostgreSQL's SQL. Types are the ones Hibernate's PostgreSQL dialect creates, so its schema
 * validation passes. The {@code ddl} section is one transaction the runtime runs under
 * {@code lock_timeout}; what must not run in a transaction or should not hold its locks while it
 * scans (indexes built {@code CONCURRENTLY}, validating a check) goes to {@code online}. A
 * transition never rewrites the table: columns are added and dropped in place, and NOT NULL
 * arrives through a {@code NOT VALID} check validated online, which {@code SET NOT NULL} then
 * trusts instead of scanning again.
 */
public final class PostgresDialect extends AbstractSqlDialect {

  /**
   * Double quotes, SQL's booleans and {@code IS [NOT] DISTINCT FROM}. Hibernate writes names
   * unquoted, so PostgreSQL folds them to lower case: quoting the declared {@code Post} would
   * create a table Hibernate never finds.
   */
  static final SqlSyntax SYNTAX =
      new SqlSyntax(DialectName.POSTGRESQL, "\"", "true", "false", " IS NOT DISTINCT FROM ",
          " IS DISTINCT FROM ", "varchar") {
        @Override
        String catalogName(String identifier) {
          return identifier.toLowerCase(Locale.ROOT);
        }

        @Override
        String syncPaused(String transition) {
          return "current_setting(" + stringLiteral(SYNC_PAUSE) + ", true) = "
              + stringLiteral(transition);
        }
      };

  /** An identifier as {@link #SYNTAX} quotes it. */
  static String quote(String identifier) {
    return SYNTAX.quote(identifier);
  }

  /**
   * The setting that pauses a transition's sync triggers for the rest of a transaction (a
   * placeholder any role may set); a trigger that writes restores it as it found it.
   */
  private static final String SYNC_PAUSE = "accordion.sync_pause";

  /**
   * A column transition's triggers, by the name suffix each is created with: "fill" keeps the
   * new side of a stale save ({@link TransitionSql#staleSave}), "sync" keeps the two sides in
   * step.
   */
  private static final List<String> SYNC_TRIGGERS = List.of("fill", "sync");

  public PostgresDialect() {
    super(SYNTAX, new PostgresRelationSql());
  }

  @Override
  public boolean copiesRenamedTable() {
    return false;
  }

  @Override
  public Sections createTable(Operation.CreateTable op) {
    return Sections.ddl(TableSql.createTableAndSequence(SYNTAX, op,
        PostgresDialect::columnDefinition, "", ""));
  }

  /**
   * On a table in use, the constraint is added {@code NOT VALID} (no scan under the DDL's lock)
   * and validated online, which lets writers go on.
   */
  @Override
  public Sections addForeignKey(Operation.AddForeignKey op) {
    if (!op.tableInUse()) {
      return Sections.ddl(List.of(TableSql.addForeignKey(SYNTAX, "", op, "")));
    }
    return Sections.ddl(List.of(TableSql.addForeignKey(SYNTAX, "", op, " NOT VALID")))
        .then(Sections.online(List.of("ALTER TABLE " + quote(op.table()) + " VALIDATE CONSTRAINT "
            + quote(Naming.foreignKey(op.table(), op.key().firstColumn())) + ";")));
  }

  @Override
  public String addColumnStatement(String table, Column column) {
    return "ALTER TABLE " + quote(table) + " ADD COLUMN " + columnDefinition(column) + ";";
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
  public Sections renameTable(Operation.RenameTable op) {
    return Sections.ddl(renameTable(op.table(), op.to()));
  }

  /** Renaming an index that backs a constraint renames the constraint too. */
  static List<String> renameTable(Table table, String to) {
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
    List<String> ddl = sql.expandColumns(op.before(),
        column -> "ALTER TABLE " + sql.table() + " ADD COLUMN " + columnDefinition(column) + ";",
        old -> "ALTER TABLE " + sql.table() + " ALTER COLUMN " + quote(old.name())
            + " DROP NOT NULL;",
        old -> {
          // Created by CREATE TABLE it is a constraint, by ADD COLUMN a unique index.
          String key = quote(Naming.uniqueKey(t.table(), old.name()));
          return List.of("ALTER TABLE " + sql.table() + " DROP CONSTRAINT IF EXISTS " + key + ";",
              "DROP INDEX IF EXISTS " + key + ";");
        });
    // The triggers of one event fire in the order of their names: "fill" before "sync".
    ddl.add(syncFunction(t, "fill", sql.onUpdateOfOld(Procedural.PLPGSQL, "  ")));
    ddl.add(trigger(t, "fill", "BEFORE UPDATE OF " + SYNTAX.columns(t.oldColumns()) + " ON "
        + sql.table()));
    List<String> sync = new ArrayList<>(List.of("  IF TG_OP = 'INSERT' THEN"));
    sync.addAll(sql.onInsert(Procedural.PLPGSQL, "    "));
    sync.add("  ELSE");
    sync.addAll(sql.onUpdate(Procedural.PLPGSQL, "    ", TransitionSql.StaleSaves.OWN_TRIGGER));
    sync.add("  END IF;");
    ddl.add(syncFunction(t, "sync", sync));
    ddl.add(trigger(t, "sync", "BEFORE INSERT OR UPDATE ON " + sql.table()));
    return sql.expandSections(ddl, List.of(), false, footprint(new Footprint(t.table(),
        t.newColumns(), Naming.syncTriggers(t, SYNC_TRIGGERS), List.of())));
  }

  @Override
  public Sections contract(Operation.Contract op) {
    Transition t = op.transition();
    TransitionSql sql = new TransitionSql(SYNTAX, t, op.before());
    String table = sql.table();
    List<String> ddl = new ArrayList<>();
    SYNC_TRIGGERS.forEach(purpose -> ddl.addAll(dropTrigger(quote(Naming.syncTrigger(t, purpose)),
        table)));
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
  static void giveConstraints(String tableName, Column column, List<String> ddl,
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
   * A column transition's trigger function of {@code purpose}: unless the transition is paused,
   * it runs {@code body}; it returns the row as {@code body} leaves it.
   */
  private static String syncFunction(Transition t, String purpose, List<String> body) {
    return "CREATE FUNCTION " + quote(Naming.syncTrigger(t, purpose))
        + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  IF " + SYNTAX.syncPaused(t.id())
        + " THEN\n    RETURN NEW;\n  END IF;\n" + String.join("\n", body)
        + "\n  RETURN NEW;\nEND;\n$$;";
  }

  /**
   * A trigger function of {@code t} that returns {@code paused} at once while the transition's
   * triggers are paused, and otherwise runs {@code body}. {@code previous} holds the pause as
   * the function found it, for {@link #pausing} to restore.
   */
  static String function(Transition t, String purpose, String paused, List<String> body) {
    return "CREATE FUNCTION " + quote(Naming.syncTrigger(t, purpose))
        + "() RETURNS trigger LANGUAGE plpgsql AS $$\nDECLARE\n  previous text := current_setting("
        + SYNTAX.stringLiteral(SYNC_PAUSE) + ", true);\nBEGIN\n  IF " + SYNTAX.syncPaused(t.id())
        + " THEN\n    RETURN " + paused + ";\n  END IF;\n" + String.join("\n", body) + "\nEND;\n$$;";
  }

  /** The trigger that runs {@code t}'s function of {@code purpose} {@code when} it fires. */
  static String trigger(Transition t, String purpose, String when) {
    String name = quote(Naming.syncTrigger(t, purpose));
    return "CREATE TRIGGER " + name + " " + when + "\nFOR EACH ROW EXECUTE FUNCTION " + name
        + "();";
  }

  /** Drops trigger {@code name} on {@code table}, and its function of the same name. */
  static List<String> dropTrigger(String name, String table) {
    return List.of("DROP TRIGGER IF EXISTS " + name + " ON " + table + ";",
        "DROP FUNCTION IF EXISTS " + name + "();");
  }

  /** {@code statements} with {@code t}'s triggers paused: what they write is no writer's. */
  static List<String> pausing(Transition t, String indent, List<String> statements) {
    List<String> lines = new ArrayList<>();
    lines.add(indent + "PERFORM set_config(" + SYNTAX.stringLiteral(SYNC_PAUSE) + ", "
        + SYNTAX.stringLiteral(t.id()) + ", true);");
    statements.forEach(statement -> lines.add(indent + statement));
    lines.add(indent + "PERFORM set_config(" + SYNTAX.stringLiteral(SYNC_PAUSE)
        + ", COALESCE(previous, ''), true);");
    return lines;
  }

  /** Counts what {@code footprint} names in the connection's current schema. */
  static String footprint(Footprint footprint) {
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

  // ---- tables

  /**
   * Re-runnable once it succeeded. A build that failed (a duplicate, a cancelled statement)
   * leaves an INVALID index that {@code IF NOT EXISTS} would then skip: drop it before running
   * the statement again.
   */
  static String createIndexConcurrently(String table, Index index) {
    return TableSql.createIndex(SYNTAX, "CONCURRENTLY IF NOT EXISTS ", table, index, "");
  }

  /** Constraints are table-level and named (see {@link Naming}); identity implies NOT NULL. */
  static String columnDefinition(Column column) {
    if (column.identity()) {
      return quote(column.name()) + " " + typeName(column) + " GENERATED BY DEFAULT AS IDENTITY";
    }
    return quote(column.name()) + " " + typeName(column) + (column.nullable() ? "" : " NOT NULL");
  }

  /** The types Hibernate 7's PostgreSQLDialect creates for the same mapping. */
  static String typeName(Column column) {
    ColumnType type = column.type();
    if (type.hasDefinition()) {
      return type.definition();
    }
    return switch (type.kind()) {
      case TINYINT, ENUM_ORDINAL -> "smallint";
      case FLOAT -> "float4";
      case CLOB, BINARY_LOB -> "oid";
      case TIME -> "time(0)";
      // Hibernate maps Instant to a zoned timestamp here (not on SQLite or MariaDB).
      case TIMESTAMP -> type.isInstant()
          ? "timestamp(6) with time zone"
          : "timestamp(6)";
      case BLOB -> "bytea";
      default -> TableSql.typeName(type);
    };
  }
}
