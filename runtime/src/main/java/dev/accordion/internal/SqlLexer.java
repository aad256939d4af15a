package dev.accordion.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL text into the few kinds of token the runtime cares about: words (to find trigger
 * bodies), quoted text and comments (inside which nothing counts), {@code ;} and named
 * parameters. Everything else is passed through as {@link Kind#OTHER}.
 */
final class SqlLexer {

  enum Kind { WORD, QUOTED, COMMENT, WHITESPACE, SEMICOLON, NAMED_PARAMETER, OTHER }

  record Token(Kind kind, int start, int end, String text) {

    boolean isCode() {
      return kind != Kind.WHITESPACE && kind != Kind.COMMENT;
    }

    /** The word in upper case, for keyword comparison; only meaningful for {@link Kind#WORD}. */
    String keyword() {
      return text.toUpperCase(java.util.Locale.ROOT);
    }
  }

  /** Thrown for a quote or block comment that is never closed. */
  static final class UnterminatedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final int offset;

    UnterminatedException(String what, int offset) {
      super("unterminated " + what);
      this.offset = offset;
    }
  }

  private SqlLexer() {}

  static List<Token> tokens(String sql) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int end;
      Kind kind;
      if (Character.isWhitespace(c)) {
        end = i + 1;
        while (end < n && Character.isWhitespace(sql.charAt(end))) {
          end++;
        }
        kind = Kind.WHITESPACE;
      } else if (c == '-' && startsWith(sql, i, "--")) {
        int newline = sql.indexOf('\n', i);
        end = newline < 0 ? n : newline;
        kind = Kind.COMMENT;
      } else if (c == '/' && startsWith(sql, i, "/*")) {
        int close = sql.indexOf("*/", i + 2);
        if (close < 0) {
          throw new UnterminatedException("/* comment", i);
        }
        end = close + 2;
        kind = Kind.COMMENT;
      } else if (c == '\'' || c == '"' || c == '`') {
        end = closingQuote(sql, i, c);
        kind = Kind.QUOTED;
      } else if (c == '$' && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int close = sql.indexOf(tag, i + tag.length());
        if (close < 0) {
          throw new UnterminatedException(tag + " quote", i);
        }
        end = close + tag.length();
        kind = Kind.QUOTED;
      } else if (isWordStart(c)) {
        end = wordEnd(sql, i);
        kind = Kind.WORD;
      } else if (c == ';') {
        end = i + 1;
        kind = Kind.SEMICOLON;
      } else if (c == ':' && isNamedParameter(sql, i)) {
        end = wordEnd(sql, i + 1);
        kind = Kind.NAMED_PARAMETER;
      } else {
        end = i + 1;
        kind = Kind.OTHER;
      }
      tokens.add(new Token(kind, i, end, sql.substring(i, end)));
      i = end;
    }
    return tokens;
  }

  /** A doubled quote character inside quotes stands for itself, as in {@code 'it''s'}. */
  private static int closingQuote(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    throw new UnterminatedException(quote + " quote", open);
  }

  /** PostgreSQL's {@code $tag$...$tag$}; {@code $1} is a positional parameter, not a quote. */
  private static String dollarTag(String sql, int i) {
    int j = i + 1;
    if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
      return null;
    }
    while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
  }

  /** {@code :name}, but not PostgreSQL's {@code ::type} cast. */
  private static boolean isNamedParameter(String sql, int i) {
    boolean afterColon = i > 0 && sql.charAt(i - 1) == ':';
    return !afterColon && i + 1 < sql.length() && isWordStart(sql.charAt(i + 1));
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static int wordEnd(String sql, int start) {
    int i = start;
    while (i < sql.length()
        && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
      i++;
    }
    return i;
  }

  private static boolean startsWith(String sql, int i, String prefix) {
    return sql.startsWith(prefix, i);
  }
}
