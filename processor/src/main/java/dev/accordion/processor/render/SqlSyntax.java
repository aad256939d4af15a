package dev.accordion.processor.render;

import dev.accordion.format.DialectName;
import dev.accordion.processor.model.ColumnType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one database spells what the SQL shared by every dialect is made of ({@link
 * TransitionSql}): identifiers, values, and comparison that counts two NULLs as equal. Where the
 * databases differ only in a word, the word is given to the constructor; a database overrides
 * what it writes in another form.
 */
abstract class SqlSyntax {

  private final DialectName dialect;
  private final String quoteMark;
  private final String trueLiteral;
  private final String falseLiteral;
  private final String sameOperator;
  private final String distinctOperator;
  private final String textType;

  /**
   * @param quoteMark what stands around a quoted identifier, and doubled inside it
   * @param trueLiteral how a boolean column stores true; {@code falseLiteral} false
   * @param sameOperator the operator of {@link #same}, spaced
   * @param distinctOperator the operator of {@link #distinct}, spaced; null where the database
   *     has none, and {@link #distinct} negates {@link #same}
   * @param textType the type {@link #text} casts to
   */
  SqlSyntax(DialectName dialect, String quoteMark, String trueLiteral, String falseLiteral,
      String sameOperator, String distinctOperator, String textType) {
    this.dialect = dialect;
    this.quoteMark = quoteMark;
    this.trueLiteral = trueLiteral;
    this.falseLiteral = falseLiteral;
    this.sameOperator = sameOperator;
    this.distinctOperator = distinctOperator;
    this.textType = textType;
  }

  /** The dialect, which picks a converter's {@code @DialectSql}. */
  final DialectName dialect() {
    return dialect;
  }

  /**
   * Every dialect quotes through here, so {@link QuotedNames} learns each name as it will stand
   * between the quotes.
   */
  final String quote(String identifier) {
    return quoteMark + QuotedNames.note(catalogName(identifier)).replace(quoteMark,
        quoteMark + quoteMark) + quoteMark;
  }

  /** {@code names} quoted, comma-separated: a column list. */
  final String columns(List<String> names) {
    return names.stream().map(this::quote).collect(Collectors.joining(", "));
  }

  /** How the catalog spells an identifier this dialect quotes as {@link #quote} does. */
  String catalogName(String identifier) {
    return identifier;
  }

  final String booleanLiteral(boolean value) {
    return value ? trueLiteral : falseLiteral;
  }

  String stringLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * A value of a value map (as Java prints it) the way Hibernate stores it: booleans by the
   * dialect's rule, ordinal enums as their position, numbers as written, the rest as text.
   */
  final String literal(String value, ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> booleanLiteral(Boolean.parseBoolean(value));
      case ENUM_ORDINAL -> String.valueOf(type.enumConstants().indexOf(value));
      case BIGINT, INTEGER, SMALLINT, TINYINT, FLOAT, DOUBLE, DECIMAL -> value;
      default -> stringLiteral(value);
    };
  }

  /**
   * A condition true when {@code a} and {@code b}, both of {@code type}, are the same; NULL is
   * a value.
   */
  String same(String a, String b, ColumnType type) {
    return a + sameOperator + b;
  }

  /** The negation of {@link #same}. */
  final String distinct(String a, String b, ColumnType type) {
    return distinctOperator == null
        ? "NOT (" + same(a, b, type) + ")"
        : a + distinctOperator + b;
  }

  /** {@code expression} as text, for a list whose rows come from columns of different types. */
  final String text(String expression) {
    return "CAST(" + expression + " AS " + textType + ")";
  }

  /**
   * True while {@code transition}'s sync triggers stand still in this session: during a backfill
   * batch, whose writes are not an application's, and while a trigger of the transition writes
   * (its echo is not a writer either). The runtime sets it per dialect (docs/migration-files.md).
   */
  abstract String syncPaused(String transition);
}
