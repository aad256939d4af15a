package dev.accordion.processor.read;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import java.util.Comparator;

/**
 * The order of a composite primary key's columns as Hibernate 7 declares them (its standard
 * column ordering): by physical size, at least 4 bytes, then whether that is over 2,048 bytes,
 * then by name. The key's index follows this order, so an existing database created by
 * Hibernate has it.
 */
final class KeyOrder {

  /** Hibernate's default {@code length}, which it sizes as the database's longest varchar. */
  private static final int DEFAULT_LENGTH = 255;

  private static final int LONGEST = Integer.MAX_VALUE;

  /** Decimal digits per byte, as Hibernate sizes a numeric: 8 bits of log2(10) each. */
  private static final double DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

  static final Comparator<Column> HIBERNATE = Comparator
      .<Column>comparingInt(c -> Math.max(bytes(c.type()), 4))
      .thenComparing(c -> bytes(c.type()) > 2048)
      .thenComparing(Column::name);

  private KeyOrder() {}

  private static int bytes(ColumnType type) {
    return switch (type.kind()) {
      case BOOLEAN, TINYINT, ENUM_ORDINAL -> 1;
      case SMALLINT -> 2;
      case INTEGER, FLOAT, DATE, TIME -> 4;
      case BIGINT, DOUBLE, TIMESTAMP, TIMESTAMP_WITH_ZONE -> 8;
      case UUID -> 16;
      case DECIMAL -> (int) Math.ceil(type.precision() / DIGITS_PER_BYTE);
      case CHAR -> 1;
      case VARCHAR, ENUM_STRING, BLOB -> type.length() == DEFAULT_LENGTH ? LONGEST : type.length();
      case CLOB, BINARY_LOB -> LONGEST;
    };
  }
}
