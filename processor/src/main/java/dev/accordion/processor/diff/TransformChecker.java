package dev.accordion.processor.diff;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.Reporter;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.read.ExpandDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that an {@code @Expand}'s transform fits the two columns: a copy needs the same column
 * type or a wider integer; a value map must name only real values, say what every old value becomes (where the old
 * type's values are known), and send each new value back to one old value, since the sync
 * triggers run it in both directions; a converter needs its SQL, the two fields' types and a
 * constructor the accessors can call.
 */
final class TransformChecker {

  private final Reporter reporter;
  /** The dialects the build generates: a converter needs SQL for each. */
  private final List<String> dialects;

  TransformChecker(Reporter reporter, List<String> dialects) {
    this.reporter = reporter;
    this.dialects = List.copyOf(dialects);
  }

  Optional<Transform> check(
      FieldDeclaration field, ExpandDeclaration expand, FieldDeclaration oldField) {
    ColumnType oldType = oldField.column().type();
    ColumnType newType = field.column().type();
    if (expand.converter().isPresent()) {
      return converter(field, expand, expand.converter().get(), oldField);
    }
    if (expand.map().isEmpty()) {
      if (oldType.kind() != newType.kind() && !oldType.widensTo(newType)) {
        reporter.report(
            Message.MAP_TYPES_DIFFER,
            field.element(),
            expand.mirror(),
            field.name(),
            oldField.name(),
            oldType.kind(),
            newType.kind());
        return Optional.empty();
      }
      return Optional.of(Transform.copy());
    }
    boolean ok = true;
    Map<String, String> backwards = new HashMap<>();
    List<Transform.Pair> pairs = new ArrayList<>();
    for (ExpandDeclaration.MapEntry entry : expand.map()) {
      ok &= valid(field, expand, entry.from(), oldType, entry.fromValue());
      for (String to : entry.to()) {
        ok &= valid(field, expand, to, newType, entry.toValue());
        String earlier = backwards.putIfAbsent(to, entry.from());
        if (earlier != null && !earlier.equals(entry.from())) {
          reporter.report(
              Message.MAP_NOT_REVERSIBLE,
              field.element(),
              expand.mirror(),
              entry.toValue(),
              field.name(),
              to,
              earlier,
              entry.from());
          ok = false;
        }
      }
      if (entry.to().isEmpty()) {
        reporter.report(
            Message.MAP_VALUE_INVALID,
            field.element(),
            expand.mirror(),
            entry.toValue(),
            "(empty)",
            newType.javaType(),
            String.join(", ", values(newType).orElse(List.of("any value"))));
        ok = false;
      }
      pairs.add(new Transform.Pair(entry.from(), entry.to()));
    }
    Optional<List<String>> oldValues = values(oldType);
    if (ok && oldValues.isPresent()) {
      for (String value : oldValues.get()) {
        if (pairs.stream().noneMatch(p -> p.from().equals(value))) {
          reporter.report(
              Message.MAP_NOT_TOTAL, field.element(), expand.mirror(), field.name(), value, value);
          ok = false;
        }
      }
    }
    return ok ? Optional.of(Transform.map(pairs)) : Optional.empty();
  }

  /**
   * A converter must be the only transform, come with its SQL, convert between exactly the two
   * fields' types, and be a class the accessors can create with {@code new}.
   */
  private Optional<Transform> converter(
      FieldDeclaration field,
      ExpandDeclaration expand,
      ExpandDeclaration.ConverterClass converter,
      FieldDeclaration oldField) {
    if (!expand.map().isEmpty()) {
      reporter.report(Message.CONVERTER_WITH_MAP, field.element(), expand.mirror(), field.name());
      return Optional.empty();
    }
    boolean ok = true;
    for (ExpandDeclaration.DialectSqlEntry entry : expand.dialectSql()) {
      if (!dialects.contains(entry.dialect())) {
        reporter.report(
            Message.DIALECT_SQL_UNKNOWN,
            field.element(),
            expand.mirror(),
            entry.at(),
            field.name(),
            entry.dialect(),
            String.join(", ", dialects));
        ok = false;
      }
    }
    List<String> withoutSql =
        dialects.stream()
            .filter(d -> {
              var own = expand.dialectSql().stream().filter(e -> e.dialect().equals(d)).findFirst();
              String up = own.map(ExpandDeclaration.DialectSqlEntry::up).orElse(expand.sqlUp());
              String down = own.map(ExpandDeclaration.DialectSqlEntry::down).orElse(expand.sqlDown());
              return !up.contains(Transform.VALUE) || !down.contains(Transform.VALUE);
            })
            .toList();
    if (!withoutSql.isEmpty()) {
      reporter.report(
          Message.CONVERTER_WITHOUT_SQL,
          field.element(),
          expand.mirror(),
          field.name(),
          String.join(", ", withoutSql),
          withoutSql.get(0));
      ok = false;
    }
    List<String> expected = List.of(oldField.boxedType(), field.boxedType());
    if (!converter.typeArguments().equals(Optional.of(expected))) {
      reporter.report(
          Message.CONVERTER_TYPES_DIFFER,
          field.element(),
          expand.mirror(),
          converter.value(),
          field.name(),
          converter.name(),
          converter.typeArguments()
              .map(a -> "Converter<" + String.join(", ", a) + ">")
              .orElse("raw Converter"),
          oldField.name(),
          expected.get(0),
          expected.get(1),
          expected.get(0),
          expected.get(1));
      ok = false;
    }
    if (converter.notInstantiable().isPresent()) {
      reporter.report(
          Message.CONVERTER_NOT_INSTANTIABLE,
          field.element(),
          expand.mirror(),
          converter.value(),
          field.name(),
          converter.name(),
          converter.name(),
          converter.notInstantiable().get());
      ok = false;
    }
    return ok
        ? Optional.of(Transform.converter(converter.name(), expand.sqlUp(), expand.sqlDown(),
            expand.dialectSql().stream()
                .map(e -> new Transform.DialectSql(e.dialect(), e.up(), e.down()))
                .toList()))
        : Optional.empty();
  }

  private boolean valid(
      FieldDeclaration field,
      ExpandDeclaration expand,
      String value,
      ColumnType type,
      javax.lang.model.element.AnnotationValue at) {
    Optional<List<String>> allowed = values(type);
    boolean ok =
        allowed.map(a -> a.contains(value)).orElseGet(() -> parses(value, type));
    if (!ok) {
      reporter.report(
          Message.MAP_VALUE_INVALID,
          field.element(),
          expand.mirror(),
          at,
          value,
          type.javaType(),
          allowed.map(a -> String.join(", ", a)).orElse("a " + type.kind() + " literal"));
    }
    return ok;
  }

  /** The complete list of values of a type, where there is one. */
  static Optional<List<String>> values(ColumnType type) {
    if (type.kind() == ColumnType.Kind.BOOLEAN) {
      return Optional.of(List.of("true", "false"));
    }
    if (type.isEnum()) {
      return Optional.of(type.enumConstants());
    }
    return Optional.empty();
  }

  private static boolean parses(String value, ColumnType type) {
    try {
      switch (type.kind()) {
        case BIGINT, INTEGER, SMALLINT, TINYINT -> Long.parseLong(value);
        case FLOAT, DOUBLE, DECIMAL -> new java.math.BigDecimal(value);
        case VARCHAR, CHAR, CLOB -> {
          return true;
        }
        default -> {
          return false;
        }
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
