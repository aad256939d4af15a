package dev.accordion.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code key=value} attributes of a header or section marker, separated by spaces; a value
 * in single quotes may hold spaces or be empty ({@code ''} inside it is one quote).
 */
public final class Attributes {

  private Attributes() {}

  /** The attributes written in {@code text}, in order; {@code line} is where they stand. */
  public static Map<String, String> parse(String text, int line) {
    Map<String, String> attributes = new LinkedHashMap<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int equals = text.indexOf('=', i);
      int space = indexOfWhitespace(text, i);
      if (equals < 0 || equals > space) {
        throw new FormatException(line, "expected key=value, found '" + text.substring(i, space)
            + "'");
      }
      String key = text.substring(i, equals);
      StringBuilder value = new StringBuilder();
      i = equals + 1;
      if (i < text.length() && text.charAt(i) == '\'') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new FormatException(line, "unterminated ' in the value of " + key);
          }
          char c = text.charAt(i++);
          if (c == '\'' && i < text.length() && text.charAt(i) == '\'') {
            value.append('\'');
            i++;
          } else if (c == '\'') {
            break;
          } else {
            value.append(c);
          }
        }
      } else {
        int end = indexOfWhitespace(text, i);
        value.append(text, i, end);
        i = end;
      }
      if (attributes.put(key, value.toString()) != null) {
        throw new FormatException(line, "attribute " + key + " appears twice");
      }
    }
    return attributes;
  }

  /** Refuses an attribute not in {@code allowed}, naming those that are. */
  public static void requireOnly(Map<String, String> attributes, Set<String> allowed, int line) {
    for (String key : attributes.keySet()) {
      if (!allowed.contains(key)) {
        throw new FormatException(line, "unknown attribute '" + key + "'"
            + (allowed.isEmpty() ? " (this marker takes none)" : " (allowed: "
            + String.join(", ", List.copyOf(new java.util.TreeSet<>(allowed))) + ")"));
      }
    }
  }

  /** The value of {@code key}, which must be there. */
  public static String required(Map<String, String> attributes, String key, int line) {
    String value = attributes.get(key);
    if (value == null) {
      throw new FormatException(line, "missing attribute " + key + "=");
    }
    return value;
  }

  /** {@code key=value}, the value quoted when it holds a space or a quote or is empty. */
  public static String format(String key, String value) {
    boolean plain = !value.isEmpty();
    for (int i = 0; i < value.length() && plain; i++) {
      plain = !Character.isWhitespace(value.charAt(i)) && value.charAt(i) != '\'';
    }
    return key + "=" + (plain ? value : "'" + value.replace("'", "''") + "'");
  }

  private static int indexOfWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
