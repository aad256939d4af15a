package dev.accordion.processor.validate;

import dev.accordion.format.DialectName;
import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.read.ExpandDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Checks that an {@code @Expand}'s transform fits its columns: a copy needs the same type (Java
 * and column) or a wider integer; a value map must name only real values, say what every old
 * value becomes (where the old type's values are known), and send each new value back to one old
 * value, since the sync triggers run it in both directions; a converter needs SQL of the right
 * shape for every generated dialect, type arguments that are the fields' types (a record of
 * them for a side of several fields) and a constructor the accessors can call.
 */
public final class TransformRules {

  /** A transform, present when its rules found no error, and what they found. */
  public record Checked(Optional<Transform> transform, ValidationReport report) {}

  /** The dialects the build generates: a converter needs SQL for each. */
  private final List<DialectName> dialects;

  public TransformRules(List<DialectName> dialects) {
    this.dialects = List.copyOf(dialects);
  }

  /**
   * The transform of {@code field}'s {@code @Expand}, from {@code oldFields} into
   * {@code newFields} ({@code field} alone unless it splits one field into several).
   */
  public Checked check(FieldDeclaration field, List<FieldDeclaration> newFields,
      ExpandDeclaration expand, List<FieldDeclaration> oldFields) {
    ValidationReport.Builder report = ValidationReport.builder();
    Optional<Transform> transform = expand.converter().isPresent()
        ? converter(report, field, newFields, expand, expand.converter().get(), oldFields)
        : transform(report, field, newFields, expand, oldFields);
    return new Checked(transform, report.build());
  }

  /** A copy or a value map. */
  private Optional<Transform> transform(ValidationReport.Builder report, FieldDeclaration field,
      List<FieldDeclaration> newFields, ExpandDeclaration expand,
      List<FieldDeclaration> oldFields) {
    if (oldFields.size() != 1 || newFields.size() != 1) {
      report.report(
          Message.SEVERAL_FIELDS_NEED_CONVERTER,
          field.element(),
          expand.mirror(),
          field.name(),
          names(oldFields),
          names(newFields));
      return Optional.empty();
    }
    FieldDeclaration oldField = oldFields.get(0);
    ColumnType oldType = oldField.column().type();
    ColumnType newType = field.column().type();
    if (expand.map().isEmpty()) {
      boolean sameType = oldType.kind() == newType.kind()
          && oldField.boxedType().equals(field.boxedType());
      if (!sameType && !oldType.widensTo(newType)) {
        report.report(
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
      ok &= valid(report, field, expand, entry.from(), oldType, entry.fromValue());
      for (String to : entry.to()) {
        ok &= valid(report, field, expand, to, newType, entry.toValue());
        String earlier = backwards.putIfAbsent(to, entry.from());
        if (earlier != null && !earlier.equals(entry.from())) {
          report.report(
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
        report.report(
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
          report.report(
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
      ValidationReport.Builder report,
      FieldDeclaration field,
      List<FieldDeclaration> newFields,
      ExpandDeclaration expand,
      ExpandDeclaration.ConverterClass converter,
      List<FieldDeclaration> oldFields) {
    if (!expand.map().isEmpty()) {
      report.report(Message.CONVERTER_WITH_MAP, field.element(), expand.mirror(), field.name());
      return Optional.empty();
    }
    boolean ok = true;
    for (ExpandDeclaration.DialectSqlEntry entry : expand.sql().dialects()) {
      if (DialectName.fromWord(entry.dialect()).filter(dialects::contains).isEmpty()) {
        report.report(
            Message.DIALECT_SQL_UNKNOWN,
            field.element(),
            expand.mirror(),
            entry.at(),
            field.name(),
            entry.dialect(),
            words(dialects));
        ok = false;
      }
    }
    List<String> withoutSql = new ArrayList<>();
    for (DialectName dialect : dialects) {
      var own = expand.sql().of(dialect);
      List<String> up = own.map(ExpandDeclaration.DialectSqlEntry::up).orElse(expand.sql().up());
      List<String> down =
          own.map(ExpandDeclaration.DialectSqlEntry::down).orElse(expand.sql().down());
      if (up.stream().allMatch(String::isBlank) || down.stream().allMatch(String::isBlank)) {
        withoutSql.add(dialect.word());
        continue;
      }
      Optional<String> problem = sqlProblem("sqlUp", up, newFields, oldFields)
          .or(() -> sqlProblem("sqlDown", down, oldFields, newFields));
      if (problem.isPresent()) {
        report.report(Message.CONVERTER_SQL_SHAPE, field.element(), expand.mirror(),
            field.name(), dialect.word(), problem.get());
        ok = false;
      }
    }
    if (!withoutSql.isEmpty()) {
      report.report(
          Message.CONVERTER_WITHOUT_SQL,
          field.element(),
          expand.mirror(),
          field.name(),
          String.join(", ", withoutSql),
          withoutSql.get(0));
      ok = false;
    }
    Optional<String> oldSide = converterSide(converter, 0, oldFields);
    Optional<String> newSide = converterSide(converter, 1, newFields);
    if (oldSide.isPresent() || newSide.isPresent()) {
      report.report(
          Message.CONVERTER_TYPES_DIFFER,
          field.element(),
          expand.mirror(),
          converter.value(),
          field.name(),
          converter.name(),
          converter.typeArguments()
              .map(a -> "Converter<" + String.join(", ", a) + ">")
              .orElse("raw Converter"),
          names(oldFields),
          describeSide(oldFields),
          describeSide(newFields),
          describeSide(oldFields),
          describeSide(newFields));
      ok = false;
    }
    if (converter.notInstantiable().isPresent()) {
      report.report(
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
        ? Optional.of(Transform.converter(converter.name(), expand.sql().up(), expand.sql().down(),
            expand.sql().dialects().stream()
                .map(e -> new Transform.DialectSql(
                    DialectName.fromWord(e.dialect()).orElseThrow(), e.up(), e.down()))
                .toList()))
        : Optional.empty();
  }

  /**
   * What is wrong with one direction's SQL: one expression per target field, each reading the
   * other side through {@code :value} (one source field) or {@code :field} (several).
   */
  private static Optional<String> sqlProblem(String attribute, List<String> expressions,
      List<FieldDeclaration> targets, List<FieldDeclaration> sources) {
    if (expressions.size() != targets.size()) {
      return Optional.of(attribute + " has " + expressions.size() + " expression"
          + (expressions.size() == 1 ? "" : "s") + " but needs one per field of " + names(targets)
          + ", in that order");
    }
    List<String> allowed = sources.size() == 1
        ? List.of("value")
        : sources.stream().map(FieldDeclaration::name).toList();
    for (String expression : expressions) {
      Matcher placeholders = Transform.PLACEHOLDER.matcher(expression);
      boolean any = false;
      while (placeholders.find()) {
        any = true;
        if (!allowed.contains(placeholders.group(1))) {
          return Optional.of(attribute + " uses :" + placeholders.group(1) + ", but it may only use "
              + allowed.stream().map(a -> ":" + a).collect(Collectors.joining(", ")));
        }
      }
      if (!any) {
        return Optional.of(attribute + " expression '" + expression + "' reads none of "
            + allowed.stream().map(a -> ":" + a).collect(Collectors.joining(", ")));
      }
    }
    return Optional.empty();
  }

  /**
   * Why the converter's type argument {@code index} does not fit {@code fields}: one field's
   * boxed type, or for several a record whose components are those fields, by name and type.
   */
  private static Optional<String> converterSide(
      ExpandDeclaration.ConverterClass converter, int index, List<FieldDeclaration> fields) {
    Optional<String> argument = converter.typeArguments().map(a -> a.get(index));
    if (argument.isEmpty()) {
      return Optional.of("raw");
    }
    if (fields.size() == 1) {
      return argument.get().equals(fields.get(0).boxedType())
          ? Optional.empty() : Optional.of(argument.get());
    }
    List<ExpandDeclaration.Component> expected = fields.stream()
        .map(f -> new ExpandDeclaration.Component(f.name(), f.boxedType()))
        .toList();
    return expected.equals(converter.records().get(argument.get()))
        ? Optional.empty() : Optional.of(argument.get());
  }

  private static String describeSide(List<FieldDeclaration> fields) {
    if (fields.size() == 1) {
      return fields.get(0).boxedType();
    }
    return "a record (" + fields.stream().map(f -> f.boxedType() + " " + f.name())
        .collect(Collectors.joining(", ")) + ")";
  }

  private static String names(List<FieldDeclaration> fields) {
    return fields.stream().map(FieldDeclaration::name).collect(Collectors.joining(", "));
  }

  private boolean valid(
      ValidationReport.Builder report,
      FieldDeclaration field,
      ExpandDeclaration expand,
      String value,
      ColumnType type,
      javax.lang.model.element.AnnotationValue at) {
    Optional<List<String>> allowed = values(type);
    boolean ok =
        allowed.map(a -> a.contains(value)).orElseGet(() -> parses(value, type));
    if (!ok) {
      report.report(
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

  /** The dialects' words, for messages: {@code sqlite, postgresql}. */
  private static String words(List<DialectName> dialects) {
    return String.join(", ", dialects.stream().map(DialectName::word).toList());
  }
}
