package dev.accordion.format;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A migration file's first line, {@code -- accordion:migration kind=<kind> [transition=<id>]}:
 * what the runtime must know of a file before it reads any section.
 */
public record Header(MigrationKind kind, Optional<String> transition) {

  /** Starts the first line of every migration file. */
  public static final String START = Section.MARKER + "migration";
  public static final String KIND = "kind";
  public static final String TRANSITION = "transition";

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final Set<String> ATTRIBUTES = Set.of(KIND, TRANSITION);

  /** The line as written: {@code -- accordion:migration kind=expand transition=Post.status}. */
  public String line() {
    return START + " " + Attributes.format(KIND, kind.word())
        + transition.map(id -> " " + Attributes.format(TRANSITION, id)).orElse("");
  }

  /**
   * The header of a file's text: its first line after a byte order mark, ending at {@code \n}
   * or {@code \r\n}.
   */
  public static Header of(String text) {
    String rest = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    int end = rest.indexOf('\n');
    String line = end < 0 ? rest : rest.substring(0, end);
    return parse(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
  }

  /** The header in {@code line}, the file's first line. */
  public static Header parse(String line) {
    if (!line.startsWith(START)) {
      throw new FormatException(1, "the first line must be '" + START + " kind=<kind>'");
    }
    Map<String, String> attributes = Attributes.parse(line.substring(START.length()), 1);
    Attributes.requireOnly(attributes, ATTRIBUTES, 1);
    String word = Attributes.required(attributes, KIND, 1);
    Optional<MigrationKind> kind = MigrationKind.fromWord(word);
    if (kind.isEmpty()) {
      throw new FormatException(1,
          "unknown kind '" + word + "' (kinds: baseline, schema, rename, expand, contract)");
    }
    return new Header(kind.get(), Optional.ofNullable(attributes.get(TRANSITION)));
  }
}
