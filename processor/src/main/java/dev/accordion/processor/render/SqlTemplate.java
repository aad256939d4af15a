package dev.accordion.processor.render;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * SQL written with {@code {name}} where a quoted identifier goes and {@code {0}}, {@code {1}}
 * where a finished expression goes, so that a trigger's body reads as the SQL it becomes. A
 * template is filled in one pass: what goes in is never read for placeholders again, whatever
 * a name holds.
 */
final class SqlTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private final Supplier<Map<String, String>> quoting;
  private Map<String, String> names;

  /**
   * {@code names} gives each placeholder's name and what stands for it. It is asked once, when
   * a template is first filled: quoting notes a name for the identifier check ({@link
   * QuotedNames}), and the names go there in the order it quotes them.
   */
  SqlTemplate(Supplier<Map<String, String>> names) {
    this.quoting = names;
  }

  String fill(String template, String... expressions) {
    if (names == null) {
      names = quoting.get();
    }
    Matcher placeholders = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (placeholders.find()) {
      String placeholder = placeholders.group(1);
      String value = Character.isDigit(placeholder.charAt(0))
          ? expressions[Integer.parseInt(placeholder)]
          : names.get(placeholder);
      if (value == null) {
        throw new IllegalArgumentException("No {" + placeholder + "} in " + names.keySet());
      }
      placeholders.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    placeholders.appendTail(out);
    return out.toString();
  }

  /** Each of {@code templates}, filled. */
  List<String> fillAll(String... templates) {
    return List.of(templates).stream().map(this::fill).toList();
  }
}
