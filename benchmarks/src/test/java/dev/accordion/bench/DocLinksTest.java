package dev.accordion.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is a front page: under 150 lines, linking every file of {@code docs/}. Every relative
 * link of the README and of {@code docs/*.md}, {@code [text](path)} or {@code [text](path#anchor)},
 * reaches a file that exists, and its anchor a heading of that file (GitHub's rule: lower case,
 * spaces to '-', punctuation other than '-' and '_' dropped, a repeated heading numbered -1, -2).
 * Links in code blocks and code spans are not links.
 */
class DocLinksTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path README = ROOT.resolve("README.md");
  private static final Path DOCS = ROOT.resolve("docs");
  private static final int README_MAX_LINES = 150;

  /** An inline link or image: [text](target) or [text](target "title"). */
  private static final Pattern INLINE = Pattern.compile(
      "!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*(<[^>]*>|[^\\s()]*(?:\\([^\\s()]*\\)[^\\s()]*)*)"
          + "(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
  /** A reference definition: [label]: target. */
  private static final Pattern REFERENCE =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern HTML_ANCHOR =
      Pattern.compile("<a\\s[^>]*(?:name|id)\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final Map<Path, Set<String>> anchors = new HashMap<>();

  @Test
  void everyRelativeLinkReachesAFileAndAHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : markdownFiles()) {
      for (Link link : links(file)) {
        String problem = check(file, link.target());
        if (problem != null) {
          broken.add(ROOT.relativize(file) + ":" + link.line() + ": (" + link.target() + ") "
              + problem);
        }
      }
    }
    assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
  }

  @Test
  void theReadmeLinksEveryDoc() throws IOException {
    Set<Path> linked = new LinkedHashSet<>();
    for (Link link : links(README)) {
      if (!isExternal(link.target())) {
        linked.add(resolve(README, link.target()));
      }
    }
    List<String> missing = new ArrayList<>();
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(Files::isRegularFile).sorted()
          .filter(doc -> !linked.contains(doc.normalize()))
          .forEach(doc -> missing.add(ROOT.relativize(doc).toString()));
    }
    assertTrue(missing.isEmpty(), "README.md links no " + missing);
  }

  @Test
  void theReadmeFitsOnTwoScreens() throws IOException {
    int lines = Files.readAllLines(README).size();
    assertTrue(lines < README_MAX_LINES, "README.md has " + lines + " lines; keep it under "
        + README_MAX_LINES + " and move the rest to docs/");
  }

  private static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(README);
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  /** What is wrong with a link from {@code file}, or null. */
  private String check(Path file, String target) throws IOException {
    if (isExternal(target)) {
      return null;
    }
    Path to = resolve(file, target);
    if (!Files.exists(to)) {
      return "no file " + ROOT.relativize(to);
    }
    int hash = target.indexOf('#');
    if (hash < 0) {
      return null;
    }
    String anchor = decode(target.substring(hash + 1));
    if (!to.toString().endsWith(".md")) {
      return "an anchor on " + ROOT.relativize(to) + ", which has no headings";
    }
    Set<String> known = anchors(to);
    if (!known.contains(anchor)) {
      return "no heading #" + anchor + " in " + ROOT.relativize(to) + " (it has: "
          + String.join(", ", known) + ")";
    }
    return null;
  }

  private static boolean isExternal(String target) {
    return target.startsWith("//") || SCHEME.matcher(target).find();
  }

  /** The file a link names, relative to the file it is in; the file itself for "#anchor". */
  private static Path resolve(Path from, String target) {
    int hash = target.indexOf('#');
    String path = decode(hash < 0 ? target : target.substring(0, hash));
    return path.isEmpty() ? from.normalize() : from.getParent().resolve(path).normalize();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private record Link(int line, String target) {}

  /** Every link of a markdown file, outside code blocks and code spans, with its line. */
  static List<Link> links(Path file) throws IOException {
    String text = prose(Files.readString(file));
    List<Link> links = new ArrayList<>();
    for (Pattern pattern : List.of(INLINE, REFERENCE)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("<") && target.endsWith(">")) {
          target = target.substring(1, target.length() - 1);
        }
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        links.add(new Link(line, target));
      }
    }
    return links;
  }

  /**
   * The text with fenced code blocks emptied and the content of code spans blanked, line breaks
   * kept, so that what looks like a link in code is not read as one and lines still count.
   */
  static String prose(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String fence = null;
    for (String line : text.split("\n", -1)) {
      String stripped = line.stripLeading();
      if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
        fence = stripped.substring(0, 3);
        out.append('\n');
      } else if (fence != null) {
        if (stripped.startsWith(fence)) {
          fence = null;
        }
        out.append('\n');
      } else {
        out.append(line).append('\n');
      }
    }
    Matcher span = Pattern.compile("(`+)((?:(?!\\n[ \\t]*\\n).)+?)\\1", Pattern.DOTALL).matcher(out);
    StringBuilder blanked = new StringBuilder();
    while (span.find()) {
      String body = span.group(2).replaceAll("[^\n]", " ");
      span.appendReplacement(blanked, Matcher.quoteReplacement(span.group(1) + body + span.group(1)));
    }
    span.appendTail(blanked);
    return blanked.substring(0, blanked.length() - 1);
  }

  /** The anchors GitHub gives a markdown file's headings, and its explicit HTML anchors. */
  private Set<String> anchors(Path file) throws IOException {
    Set<String> known = anchors.get(file);
    if (known != null) {
      return known;
    }
    known = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    String fence = null;
    for (String line : Files.readAllLines(file)) {
      String stripped = line.stripLeading();
      if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
        fence = stripped.substring(0, 3);
        continue;
      }
      if (fence != null) {
        if (stripped.startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(2));
        int count = seen.merge(slug, 1, Integer::sum);
        known.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
      Matcher html = HTML_ANCHOR.matcher(line);
      while (html.find()) {
        known.add(html.group(1));
      }
    }
    anchors.put(file, known);
    return known;
  }

  /**
   * GitHub's anchor of a heading: its text (links as their text), lower case, every character
   * other than a letter, a digit, a space, '-' or '_' dropped, then each space a '-'.
   */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
        .replace(' ', '-');
  }
}
