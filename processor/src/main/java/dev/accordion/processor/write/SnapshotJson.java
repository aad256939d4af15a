package dev.accordion.processor.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.accordion.format.DialectName;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Sequence;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.model.Transition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The format of {@code schema.json}: one record per JSON object, whose components are its keys
 * in the order they are written. Each record is made from the model with {@code of} and turns
 * back into it with {@code toModel}. The model is free to change shape; what is committed in
 * users' repositories changes only here.
 *
 * <p>Properties holding lists and objects must be present (a missing one makes the snapshot
 * unreadable); a transition leaves out what it does not have, see {@link TransitionJson}.
 */
final class SnapshotJson {

  private SnapshotJson() {}

  /** The whole file: the format number, tables by name, transitions by id. */
  record SchemaJson(int format, List<TableJson> tables, List<TransitionJson> transitions) {
    SchemaJson {
      required(tables, "tables");
      required(transitions, "transitions");
    }

    static SchemaJson of(Schema schema) {
      return new SchemaJson(schema.format(), map(schema.tables(), TableJson::of),
          map(schema.transitions(), TransitionJson::of));
    }

    Schema toModel() {
      return new Schema(format, map(tables, TableJson::toModel),
          map(transitions, TransitionJson::toModel));
    }
  }

  /** {@code keySequence} is left out when the table's keys come from no sequence. */
  record TableJson(String name, String entity, List<ColumnJson> columns, List<String> primaryKey,
      List<IndexJson> indexes, @JsonInclude(JsonInclude.Include.NON_NULL) SequenceJson keySequence) {
    TableJson {
      required(columns, "columns");
      required(primaryKey, "primaryKey");
      required(indexes, "indexes");
    }

    static TableJson of(Table table) {
      return new TableJson(table.name(), table.entity(), map(table.columns(), ColumnJson::of),
          table.primaryKey(), map(table.indexes(), IndexJson::of),
          table.keySequence().map(SequenceJson::of).orElse(null));
    }

    Table toModel() {
      return new Table(name, entity, map(columns, ColumnJson::toModel), primaryKey,
          map(indexes, IndexJson::toModel),
          Optional.ofNullable(keySequence).map(SequenceJson::toModel));
    }
  }

  record SequenceJson(String name, long start, int increment) {
    static SequenceJson of(Sequence sequence) {
      return new SequenceJson(sequence.name(), sequence.start(), sequence.increment());
    }

    Sequence toModel() {
      return new Sequence(name, start, increment);
    }
  }

  /** {@code references} is left out when no foreign key constrains the column. */
  record ColumnJson(String name, String field, ColumnTypeJson type, boolean nullable,
      boolean unique, boolean identity,
      @JsonInclude(JsonInclude.Include.NON_NULL) ReferenceJson references) {
    ColumnJson {
      required(type, "type");
    }

    static ColumnJson of(Column column) {
      return new ColumnJson(column.name(), column.field(), ColumnTypeJson.of(column.type()),
          column.nullable(), column.unique(), column.identity(),
          column.references().map(r -> new ReferenceJson(r.table(), r.column(),
              r.partOf().orElse(null))).orElse(null));
    }

    Column toModel() {
      return new Column(name, field, type.toModel(), nullable, unique, identity,
          Optional.ofNullable(references).map(r -> new Column.Reference(r.table(), r.column(),
              Optional.ofNullable(r.partOf()))));
    }
  }

  /** {@code partOf} is left out for a foreign key of the column alone. */
  record ReferenceJson(String table, String column,
      @JsonInclude(JsonInclude.Include.NON_NULL) String partOf) {}

  /** Every size is written, 0 where the kind has none; enum constants always as an array. */
  record ColumnTypeJson(ColumnType.Kind kind, String javaType, int length, int precision,
      int scale, List<String> enumConstants,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) String definition) {
    ColumnTypeJson {
      required(enumConstants, "enumConstants");
    }

    static ColumnTypeJson of(ColumnType type) {
      return new ColumnTypeJson(type.kind(), type.javaType(), type.length(), type.precision(),
          type.scale(), type.enumConstants(), type.definition());
    }

    ColumnType toModel() {
      return new ColumnType(kind, javaType, length, precision, scale, enumConstants,
          definition == null ? "" : definition);
    }
  }

  record IndexJson(String name, List<String> columns, boolean unique) {
    IndexJson {
      required(columns, "columns");
    }

    static IndexJson of(Index index) {
      return new IndexJson(index.name(), index.columns(), index.unique());
    }

    Index toModel() {
      return new Index(name, columns, unique);
    }
  }

  /**
   * A transition in flight. Its columns and fields are {@link OneOrMany}, under singular keys:
   * {@code "oldColumn" : "bio"} for the one-column transition, an array when there are several.
   * {@code oldTable} is written only for a link or a table rename, and a table rename, which
   * moves every column, has no columns or fields.
   */
  record TransitionJson(
      String table,
      @JsonInclude(JsonInclude.Include.NON_NULL) String oldTable,
      @JsonInclude(JsonInclude.Include.NON_NULL) OneOrMany oldColumn,
      @JsonInclude(JsonInclude.Include.NON_NULL) OneOrMany newColumn,
      @JsonInclude(JsonInclude.Include.NON_NULL) OneOrMany oldField,
      @JsonInclude(JsonInclude.Include.NON_NULL) OneOrMany newField,
      TransformJson transform,
      int batchSize) {
    TransitionJson {
      required(transform, "transform");
    }

    static TransitionJson of(Transition transition) {
      return new TransitionJson(
          transition.table(),
          transition.oldTable().isEmpty() ? null : transition.oldTable(),
          OneOrMany.orAbsent(transition.oldColumns()),
          OneOrMany.orAbsent(transition.newColumns()),
          OneOrMany.orAbsent(transition.oldFields()),
          OneOrMany.orAbsent(transition.newFields()),
          TransformJson.of(transition.transform()),
          transition.batchSize());
    }

    Transition toModel() {
      return new Transition(
          table,
          oldTable == null ? "" : oldTable,
          OneOrMany.valuesOf(oldColumn),
          OneOrMany.valuesOf(newColumn),
          OneOrMany.valuesOf(oldField),
          OneOrMany.valuesOf(newField),
          transform.toModel(),
          batchSize);
    }
  }

  /**
   * Every transform has all of these but {@code dialectSql}, written only when a converter has
   * SQL of its own for some dialect: a copy or a value map has an empty converter and one empty
   * expression each way ({@code "sqlUp" : ""}). An absent converter or SQL reads as none.
   */
  record TransformJson(
      List<PairJson> pairs,
      String converter,
      OneOrMany sqlUp,
      OneOrMany sqlDown,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DialectSqlJson> dialectSql) {
    TransformJson {
      required(pairs, "pairs");
    }

    static TransformJson of(Transform transform) {
      return new TransformJson(
          map(transform.pairs(), PairJson::of),
          transform.converter(),
          new OneOrMany(transform.sqlUp()),
          new OneOrMany(transform.sqlDown()),
          map(transform.dialectSql(), DialectSqlJson::of));
    }

    Transform toModel() {
      return new Transform(
          map(pairs, PairJson::toModel),
          converter == null ? "" : converter,
          OneOrMany.valuesOf(sqlUp),
          OneOrMany.valuesOf(sqlDown),
          dialectSql == null ? List.of() : map(dialectSql, DialectSqlJson::toModel));
    }
  }

  /** One entry of a value map; {@code to} is always an array. */
  record PairJson(String from, List<String> to) {
    PairJson {
      required(to, "to");
    }

    static PairJson of(Transform.Pair pair) {
      return new PairJson(pair.from(), pair.to());
    }

    Transform.Pair toModel() {
      return new Transform.Pair(from, to);
    }
  }

  record DialectSqlJson(String dialect, OneOrMany up, OneOrMany down) {
    DialectSqlJson {
      required(up, "up");
      required(down, "down");
    }

    static DialectSqlJson of(Transform.DialectSql sql) {
      return new DialectSqlJson(
          sql.dialect().word(), new OneOrMany(sql.up()), new OneOrMany(sql.down()));
    }

    Transform.DialectSql toModel() {
      return new Transform.DialectSql(DialectName.fromWord(dialect).orElseThrow(() ->
              new IllegalArgumentException("unknown dialect \"" + dialect + "\" (dialects: "
                  + DialectName.words() + ")")),
          up.values(), down.values());
    }
  }

  private static void required(Object value, String property) {
    if (value == null) {
      throw new IllegalArgumentException("missing \"" + property + "\"");
    }
  }

  private static <A, B> List<B> map(List<A> list, Function<A, B> mapping) {
    return list.stream().map(mapping).toList();
  }
}
