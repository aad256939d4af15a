package dev.accordion.internal;

import java.sql.SQLException;

/** A statement of a migration's ddl or online section failed; callers say what that means. */
final class StatementFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String section;
  private final int index;
  private final int total;
  private final String statement;

  StatementFailedException(String section, int index, int total, String statement,
      SQLException cause) {
    super(cause.getMessage(), cause);
    this.section = section;
    this.index = index;
    this.total = total;
    this.statement = statement;
  }

  /** Zero-based. */
  int index() {
    return index;
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }

  /** "DDL statement 2 of 3 failed: <error>\n    <statement>". */
  String describe() {
    return section + " statement " + (index + 1) + " of " + total + " failed: "
        + getCause().getMessage() + "\n    " + statement;
  }
}
