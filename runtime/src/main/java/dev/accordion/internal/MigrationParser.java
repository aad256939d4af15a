package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.format.Attributes;
import dev.accordion.format.Checksums;
import dev.accordion.format.FormatException;
import dev.accordion.format.Header;
import dev.accordion.format.MigrationFileName;
import dev.accordion.format.Section;
import dev.accordion.internal.BackfillSection.KeyType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of a migration file as described in {@code docs/migration-files.md}: the name,
 * header and vocabulary through the shared format, the sections' statements here.
 */
final class MigrationParser {

  private static final String MARKER = Section.MARKER;

  /** A section's attributes and its text, padded with blank lines so offsets map to file lines. */
  private record SectionText(Map<String, String> attributes, int markerLine, String text) {}

  private final String fileName;

  private MigrationParser(String fileName) {
    this.fileName = fileName;
  }

  static MigrationFile parse(String fileName, String text) {
    return parse(fileName, text, null);
  }

  /**
   * @param utf8 the bytes {@code text} was decoded from, or null: a file without {@code \r}
   *     is checksummed from them, which spares a boot encoding every file again
   */
  static MigrationFile parse(String fileName, String text, byte[] utf8) {
    MigrationParser parser = new MigrationParser(fileName);
    try {
      return parser.parse(text, utf8);
    } catch (FormatException e) {
      throw parser.invalid(e.line(), e.problem());
    }
  }

  /** The name, header and checksum now; the sections when first used (see MigrationFile). */
  private MigrationFile parse(String text, byte[] utf8) {
    MigrationFileName name = MigrationFileName.parse(fileName).orElse(null);
    if (name == null) {
      throw invalid(0, "the name must be V<version>__<description>.sql");
    }
    // Normalised once: the checksum covers the text as written (a byte order mark included),
    // the parse the text after it.
    String withLineEndings = Checksums.normaliseLineEndings(text);
    String normalised = stripByteOrderMark(withLineEndings);
    int firstLineEnd = normalised.indexOf('\n');
    Header header =
        Header.parse(firstLineEnd < 0 ? normalised : normalised.substring(0, firstLineEnd));
    String transition = header.transition().orElse(null);
    // Which sections the text mentions, in one scan of its markers.
    boolean verify = false;
    boolean online = false;
    for (int i = firstLineEnd < 0 ? -1 : normalised.indexOf(MARKER, firstLineEnd); i >= 0;
        i = normalised.indexOf(MARKER, i + MARKER.length())) {
      verify |= normalised.startsWith(Section.VERIFY.word(), i + MARKER.length());
      online |= normalised.startsWith(Section.ONLINE.word(), i + MARKER.length());
    }
    return new MigrationFile(name.version(), name.description(), fileName, header.kind(),
        transition, utf8 != null && withLineEndings == text
            ? Checksums.ofUtf8(utf8) : Checksums.ofNormalised(withLineEndings),
        verify, online, notes(normalised, firstLineEnd), () -> body(normalised.split("\n", -1)));
  }

  /**
   * The comment lines after the header and before any code or section: for people, shown by
   * {@code status}. Read with the header, so a status needs no parse of the sections.
   */
  private static List<String> notes(String text, int from) {
    List<String> notes = new ArrayList<>();
    int start = from + 1;
    while (from >= 0 && start < text.length()) {
      int end = text.indexOf('\n', start);
      String line = text.substring(start, end < 0 ? text.length() : end);
      if (line.strip().startsWith(MARKER) || (!line.startsWith("--") && !line.isBlank())) {
        break;
      }
      if (line.startsWith("--")) {
        notes.add(line.substring(2).strip());
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return notes;
  }

  /** The sections after the header line. */
  private MigrationFile.Body body(String[] lines) {
    try {
      return sections(lines);
    } catch (FormatException e) {
      throw invalid(e.line(), e.problem());
    }
  }

  private MigrationFile.Body sections(String[] lines) {
    StringBuilder preamble = new StringBuilder("\n");
    Map<Section, SectionText> sections = new EnumMap<>(Section.class);
    Section current = null;
    StringBuilder body = preamble;
    int markerLine = 0;
    Map<String, String> markerAttributes = Map.of();
    for (int i = 1; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i];
      if (line.strip().startsWith(MARKER)) {
        if (current != null) {
          sections.put(current, new SectionText(markerAttributes, markerLine, body.toString()));
        }
        String marker = line.strip().substring(MARKER.length());
        String word = marker.split("\\s+", 2)[0];
        Section next = section(word, lineNumber);
        if (sections.containsKey(next)) {
          throw invalid(lineNumber, "the " + word + " section appears twice");
        }
        if (current != null && next.compareTo(current) < 0) {
          throw invalid(lineNumber, "the " + word + " section must come before the "
              + current.word() + " section (order: " + Section.words() + ")");
        }
        current = next;
        markerLine = lineNumber;
        markerAttributes = Attributes.parse(marker.substring(word.length()), lineNumber);
        body = new StringBuilder("\n".repeat(lineNumber));
      } else {
        body.append(line).append('\n');
      }
    }
    if (current != null) {
      sections.put(current, new SectionText(markerAttributes, markerLine, body.toString()));
    }

    List<String> guards = statements(sections.get(Section.GUARD), Section.GUARD);
    if (sections.containsKey(Section.GUARD) && guards.isEmpty()) {
      throw invalid(sections.get(Section.GUARD).markerLine(), "the guard section has no statement");
    }
    SectionText ddlSection = sections.get(Section.DDL);
    List<String> ddl = new ArrayList<>(split(preamble.toString()));
    ddl.addAll(statements(ddlSection, Section.DDL));
    boolean foreignKeysOff = ddlSection != null && foreignKeysOff(ddlSection);
    List<String> online = statements(sections.get(Section.ONLINE), Section.ONLINE);
    if (sections.containsKey(Section.ONLINE) && online.isEmpty()) {
      throw invalid(sections.get(Section.ONLINE).markerLine(), "the online section has no statement");
    }

    BackfillSection backfill = backfill(sections.get(Section.BACKFILL));
    return new MigrationFile.Body(
        footprint(sections.get(Section.FOOTPRINT)),
        List.copyOf(guards),
        List.copyOf(ddl),
        foreignKeysOff,
        List.copyOf(online),
        backfill,
        verify(sections.get(Section.VERIFY), backfill),
        refuseOnMismatch(sections.get(Section.VERIFY)));
  }

  /** The one query that counts what the migration leaves in the schema, or null. */
  private String footprint(SectionText section) {
    if (section == null) {
      return null;
    }
    List<String> statements = statements(section, Section.FOOTPRINT);
    if (statements.size() != 1) {
      throw invalid(section.markerLine(), "the footprint section needs exactly one SELECT "
          + "statement returning a count, found " + statements.size());
    }
    return statements.get(0);
  }

  private Section section(String word, int lineNumber) {
    return Section.fromWord(word).orElseThrow(() -> invalid(lineNumber, "unknown section '"
        + MARKER + word + "' (sections: " + Section.words() + ")"));
  }

  private boolean foreignKeysOff(SectionText ddl) {
    String value = ddl.attributes().getOrDefault(Section.FOREIGN_KEYS, "on");
    if (!value.equals("on") && !value.equals("off")) {
      throw invalid(ddl.markerLine(), "foreign-keys must be 'off' or 'on', not '" + value + "'");
    }
    return value.equals("off");
  }

  private BackfillSection backfill(SectionText section) {
    if (section == null) {
      return null;
    }
    int line = section.markerLine();
    Map<String, String> attributes = section.attributes();
    List<String> statements = statements(section, Section.BACKFILL);
    if (statements.size() != 2) {
      throw invalid(line, "the backfill section needs exactly two statements (the last key of "
          + "the batch from :from, then the update of :from through :upto), found "
          + statements.size());
    }
    int batchSize = positiveInt(Attributes.required(attributes, Section.BATCH, line), line);
    KeyType keyType = switch (Attributes.required(attributes, Section.KEY_TYPE, line)) {
      case "integer" -> KeyType.INTEGER;
      case "text" -> KeyType.TEXT;
      default -> throw invalid(line, "key-type must be 'integer' or 'text', not '"
          + attributes.get(Section.KEY_TYPE) + "'");
    };
    String start = Attributes.required(attributes, Section.START, line);
    if (keyType == KeyType.INTEGER) {
      try {
        Long.parseLong(start);
      } catch (NumberFormatException e) {
        throw invalid(line, "start must be an integer for key-type=integer, not '" + start + "'");
      }
    }
    return new BackfillSection(batchSize, keyType, start,
        parameters(statements.get(0), BackfillSection.NEXT_BATCH_END_PARAMETERS, line),
        parameters(statements.get(1), BackfillSection.UPDATE_PARAMETERS, line));
  }

  /**
   * {@code on-mismatch=refuse}: a verification that finds rows disagreeing fails the migrate,
   * for a release whose code reads only the new side (a renamed table's copy); the default,
   * {@code wait}, keeps reads on the old side and the contract waiting.
   */
  private boolean refuseOnMismatch(SectionText section) {
    if (section == null) {
      return false;
    }
    String value = section.attributes().getOrDefault(Section.ON_MISMATCH, "wait");
    if (!value.equals("wait") && !value.equals("refuse")) {
      throw invalid(section.markerLine(), "on-mismatch must be 'wait' or 'refuse', not '" + value
          + "'");
    }
    return value.equals("refuse");
  }

  private VerifySection verify(SectionText section, BackfillSection backfill) {
    if (section == null) {
      return null;
    }
    List<String> statements = statements(section, Section.VERIFY);
    if (statements.isEmpty() || statements.size() > 3) {
      throw invalid(section.markerLine(), "the verify section needs one SELECT COUNT(*) "
          + "statement, may list the rows it counts in a second, and count them in a key range "
          + "(:from through :upto) in a third, found " + statements.size() + " statements");
    }
    NamedParameters countInRange = null;
    if (statements.size() == 3) {
      if (backfill == null) {
        throw invalid(section.markerLine(), "the verify section's third statement counts a key "
            + "range of the backfill's walk, and this file has no backfill section");
      }
      countInRange = parameters(statements.get(2), VerifySection.RANGE_PARAMETERS,
          section.markerLine());
    }
    return new VerifySection(statements.get(0), statements.size() >= 2 ? statements.get(1) : null,
        countInRange);
  }

  private List<String> statements(SectionText section, Section kind) {
    if (section == null) {
      return List.of();
    }
    Attributes.requireOnly(section.attributes(), kind.attributes(), section.markerLine());
    return split(section.text());
  }

  private List<String> split(String paddedText) {
    try {
      return StatementSplitter.split(paddedText);
    } catch (SqlLexer.UnterminatedException e) {
      throw invalid(lineOf(paddedText, e.offset), e.getMessage());
    }
  }

  private NamedParameters parameters(String statement, Set<String> allowed, int line) {
    try {
      return NamedParameters.parse(statement, allowed);
    } catch (IllegalArgumentException e) {
      throw invalid(line, "backfill statement '" + statement + "': " + e.getMessage());
    }
  }

  private int positiveInt(String value, int line) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(line, "batch must be a positive whole number, not '" + value + "'");
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String stripByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  AccordionException invalid(int line, String problem) {
    String where = line > 0 ? fileName + ", line " + line : fileName;
    return new AccordionException(where + ": " + problem + ". Fix the migration file (see "
        + "docs/migration-files.md for the format) and start again.");
  }
}
