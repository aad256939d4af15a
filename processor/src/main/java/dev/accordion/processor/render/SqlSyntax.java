package dev.accordion.processor.render;

import dev.accordion.format.DialectName;
import dev.accordion.processor.model.ColumnType;

/**
 * How one database spells what the SQL shared by every dialect is made of ({@link
 * TransitionSql}): identifiers, values, and comparison that counts two NULLs as equal.
 */
interface SqlSyntax {

  /** The dialect, which picks a converter's {@code @DialectSql}. */
  DialectName dialect();

  String quote(String identifier);

  String booleanLiteral(boolean value);

  /** A condition true when {@code a} and {@code b}, both of {@code type}, differ; NULL is a value. */
  String distinct(String a, String b, ColumnType type);

  /** The negation of {@link #distinct}. */
  String same(String a, String b, ColumnType type);

  /**
   * True while {@code transition}'s sync triggers stand still in this session: during a backfill
   * batch, whose writes are not an application's, and while a trigger of the transition writes
   * (its echo is not a writer either). The runtime sets it per dialect (docs/migration-files.md).
   */
  String syncPaused(String transition);

  /** {@code expression} as text, for a list whose rows come from columns of different types. */
  String text(String expression);

  /** How the catalog spells an identifier this dialect quotes as {@link #quote} does. */
  default String catalogName(String identifier) {
    return identifier;
  }

  default String stringLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * A value of a value map (as Java prints it) the way Hibernate stores it: booleans by the
   * dialect's rule, ordinal enums as their position, numbers as written, the rest as text.
   */
  default String literal(String value, ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN -> booleanLiteral(Boolean.parseBoolean(value));
      case ENUM_ORDINAL -> String.valueOf(type.enumConstants().indexOf(value));
      case BIGINT, INTEGER, SMALLINT, TINYINT, FLOAT, DOUBLE, DECIMAL -> value;
      default -> stringLiteral(value);
    };
  }
}
