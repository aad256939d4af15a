package dev.accordion.format;

/**
 * A migration file, or the index, that does not follow the format: {@code line} (1-based, 0 when
 * the problem is not on one line) and the problem, in words for the person who fixes the file.
 * The reader that knows the file's name wraps it into its own message.
 */
public final class FormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int line;

  public FormatException(int line, String problem) {
    super(problem);
    this.line = line;
  }

  public int line() {
    return line;
  }

  /** What is wrong, without the line. */
  public String problem() {
    return getMessage();
  }
}
