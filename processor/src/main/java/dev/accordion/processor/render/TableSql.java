package dev.accordion.processor.render;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.ForeignKey;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.plan.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The SQL every dialect writes alike for a table: its {@code CREATE TABLE}, its indexes, and
 * the type names the dialects share. What a dialect adds to a statement is given as words.
 */
final class TableSql {

  private TableSql() {}

  /**
   * A new table's statements: {@code CREATE TABLE} with a line for each column as
   * {@code definition} spells it, then the primary key (a join table may have none) and, with {@code namedUniqueKeys}, a
   * named UNIQUE constraint for each unique column (for definitions that leave UNIQUE out);
   * then each of its indexes. A new table is empty, so nothing is built concurrently.
   *
   * @param ifNotExists {@code IF NOT EXISTS } where a statement must be safe to run again, or
   *     empty; it goes before the table's and each index's name
   * @param options what follows the column list
   * @param constraints more lines of the column list, after the keys: the foreign keys a
   *     dialect declares with its table
   */
  static List<String> createTable(SqlSyntax sql, Table table, Function<Column, String> definition,
      boolean namedUniqueKeys, String ifNotExists, String options, List<String> constraints) {
    List<String> parts = new ArrayList<>();
    for (Column column : table.columns()) {
      parts.add("  " + definition.apply(column));
    }
    if (!table.primaryKey().isEmpty()) {
      parts.add("  PRIMARY KEY (" + sql.columns(table.primaryKey()) + ")");
    }
    for (Column column : table.columns()) {
      if (namedUniqueKeys && column.unique()) {
        parts.add("  CONSTRAINT " + sql.quote(Naming.uniqueKey(table.name(), column.name()))
            + " UNIQUE (" + sql.quote(column.name()) + ")");
      }
    }
    constraints.forEach(constraint -> parts.add("  " + constraint));
    List<String> statements = new ArrayList<>();
    statements.add("CREATE TABLE " + ifNotExists + sql.quote(table.name()) + " (\n"
        + String.join(",\n", parts) + "\n)" + options + ";");
    for (Index index : table.indexes()) {
      statements.add(createIndex(sql, ifNotExists, table.name(), index, ""));
    }
    return statements;
  }

  /**
   * {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}, named after table and column, with
   * {@code options} (such as {@code NOT VALID}, with its space) at the end.
   */
  static String addForeignKey(SqlSyntax sql, String ifNotExists, Operation.AddForeignKey op,
      String options) {
    return "ALTER TABLE " + sql.quote(op.table()) + " ADD CONSTRAINT "
        + sql.quote(Naming.foreignKey(op.table(), op.key().firstColumn())) + " "
        + foreignKeyClause(sql, ifNotExists, op.key()) + options + ";";
  }

  /** {@code FOREIGN KEY (...) REFERENCES table (...)}, {@code ifNotExists} before the columns. */
  static String foreignKeyClause(SqlSyntax sql, String ifNotExists, ForeignKey key) {
    return "FOREIGN KEY " + ifNotExists + "(" + sql.columns(key.columns()) + ") REFERENCES "
        + sql.quote(key.table()) + " (" + sql.columns(key.referencedColumns()) + ")";
  }

  /**
   * A new table as {@link #createTable} creates it with named unique keys, then the sequence its
   * keys come from, if no table before it created that sequence, as Hibernate creates one where
   * the database has sequences.
   */
  static List<String> createTableAndSequence(SqlSyntax sql, Operation.CreateTable op,
      Function<Column, String> definition, String ifNotExists, String options) {
    List<String> statements =
        createTable(sql, op.table(), definition, true, ifNotExists, options, List.of());
    op.newSequence().ifPresent(sequence -> statements.add("CREATE SEQUENCE " + ifNotExists
        + sql.quote(sequence.name()) + " START WITH " + sequence.start() + " INCREMENT BY "
        + sequence.increment() + ";"));
    return statements;
  }

  /**
   * {@code CREATE [UNIQUE] INDEX}, with {@code how} (such as {@code CONCURRENTLY} or
   * {@code IF NOT EXISTS}, each with its space) before the index's name and {@code options}
   * after the column list.
   */
  static String createIndex(SqlSyntax sql, String how, String table, Index index, String options) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + how + sql.quote(index.name())
        + " ON " + sql.quote(table) + " (" + sql.columns(index.columns()) + ")" + options + ";";
  }

  /**
   * The name most dialects give {@code type}, as Hibernate 7 creates it; each dialect's
   * {@code typeName} lists where it departs from these.
   */
  static String typeName(ColumnType type) {
    return switch (type.kind()) {
      case BIGINT -> "bigint";
      case INTEGER -> "integer";
      case SMALLINT -> "smallint";
      case TINYINT, ENUM_ORDINAL -> "tinyint";
      case BOOLEAN -> "boolean";
      case FLOAT -> "float";
      case DOUBLE -> "float(53)";
      case DECIMAL -> "numeric(" + type.precision() + "," + type.scale() + ")";
      case CHAR -> "char(1)";
      case VARCHAR, ENUM_STRING -> "varchar(" + type.length() + ")";
      case CLOB -> "clob";
      case DATE -> "date";
      case TIME -> "time(6)";
      case TIMESTAMP -> "timestamp(6)";
      case TIMESTAMP_WITH_ZONE -> "timestamp(6) with time zone";
      case UUID -> "uuid";
      case BLOB, BINARY_LOB -> "blob";
    };
  }
}
