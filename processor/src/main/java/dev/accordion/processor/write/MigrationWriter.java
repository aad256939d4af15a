package dev.accordion.processor.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes migrations and the snapshot into the source tree, all or nothing, and mirrors every
 * migration plus an index into {@code CLASS_OUTPUT} so the jar of the same build carries them.
 * Everything is {@linkplain #prepare prepared} in memory before anything is written. An existing
 * migration file is never rewritten: new files take the next free version.
 */
public final class MigrationWriter {

  /**
   * Every name the runtime accepts (its {@code MigrationFileName}): Flyway's
   * {@code V<version>__<description>.sql}, the version's underscores read as dots. Hand-written
   * files such as {@code V2__fix.sql} are migrations too and go into the index.
   */
  private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");

  /** Accordion's own names, {@code V<yyyyMMddHHmmss>_<n>__<description>.sql}: for the next n. */
  private static final Pattern ACCORDION_NAME =
      Pattern.compile("V(\\d+)_(\\d+)__([A-Za-z0-9_]+)\\.sql");

  private static final String HEADER = "-- accordion:migration";
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final Path directory;
  private final Filer filer;
  private final String classpathRoot;

  public MigrationWriter(Path directory, Filer filer, String classpathRoot) {
    this.directory = directory;
    this.filer = filer;
    this.classpathRoot = classpathRoot;
  }

  /** A migration's file text with its description; named when written. */
  public record NewMigration(String description, String text) {}

  /**
   * Everything one compile writes, rendered before anything is written: {@code sourceTree} holds
   * the new migrations and the snapshot (if it changed) by path; {@code classpath} holds, by
   * resource path in {@code CLASS_OUTPUT}, every migration of each dialect and its index.
   */
  public record Output(Map<Path, String> sourceTree, Map<String, String> classpath) {
    public Output {
      sourceTree = Collections.unmodifiableMap(new LinkedHashMap<>(sourceTree));
      classpath = Collections.unmodifiableMap(new LinkedHashMap<>(classpath));
    }
  }

  /**
   * Names {@code migrations} (per dialect, in order) and renders the index of every migration,
   * the existing ones and these, without writing anything.
   */
  public Output prepare(
      String timestamp, Map<String, List<NewMigration>> migrations, String snapshot)
      throws IOException {
    Map<Path, String> sourceTree = new LinkedHashMap<>();
    Map<String, String> classpath = new LinkedHashMap<>();
    for (Map.Entry<String, List<NewMigration>> dialect : migrations.entrySet()) {
      Path dir = directory.resolve(dialect.getKey());
      Map<String, String> texts = new LinkedHashMap<>();
      for (Path file : migrationFiles(dir)) {
        texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
      int next = nextSequence(texts.keySet(), timestamp);
      for (NewMigration migration : dialect.getValue()) {
        String name = "V" + timestamp + "_" + next++ + "__" + migration.description() + ".sql";
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
          throw new IOException(file + " exists already; migrations are never rewritten");
        }
        sourceTree.put(file, migration.text());
        texts.put(name, migration.text());
      }
      classpath.putAll(publication(dialect.getKey(), texts));
    }
    Path snapshotFile = directory.resolve(SnapshotStore.FILE_NAME);
    if (!Files.exists(snapshotFile)
        || !Files.readString(snapshotFile, StandardCharsets.UTF_8).equals(snapshot)) {
      sourceTree.put(snapshotFile, snapshot);
    }
    return new Output(sourceTree, classpath);
  }

  /** Writes the new migrations and the snapshot into the source tree, all or nothing. */
  public void writeSourceTree(Output output) throws IOException {
    commit(output.sourceTree());
  }

  /** Writes every file to a temporary sibling first, then moves them all into place. */
  private static void commit(Map<Path, String> staged) throws IOException {
    Map<Path, Path> temporaries = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, String> file : staged.entrySet()) {
        Files.createDirectories(file.getKey().getParent());
        Path temporary = file.getKey().resolveSibling(file.getKey().getFileName() + ".accordion-tmp");
        Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
        temporaries.put(temporary, file.getKey());
      }
      for (Map.Entry<Path, Path> move : temporaries.entrySet()) {
        try {
          Files.move(move.getKey(), move.getValue(), StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      for (Path temporary : temporaries.keySet()) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** One more than the highest {@code n} of Accordion's names at {@code timestamp}. */
  private static int nextSequence(Collection<String> names, String timestamp) {
    int highest = 0;
    for (String name : names) {
      Matcher m = ACCORDION_NAME.matcher(name);
      if (m.matches() && m.group(1).equals(timestamp)) {
        highest = Math.max(highest, Integer.parseInt(m.group(2)));
      }
    }
    return highest + 1;
  }

  /**
   * The class path copies of {@code texts} (file name to text) and their index, by resource path.
   * The index says what the runtime will read from each file: the version from its name, kind
   * and transition from its header.
   */
  private Map<String, String> publication(String dialect, Map<String, String> texts) {
    String prefix = classpathRoot + "/" + dialect + "/";
    Map<String, String> resources = new LinkedHashMap<>();
    StringBuilder index = new StringBuilder("# version\tkind\ttransition\tfile (generated by Accordion)\n");
    List<String> names = new ArrayList<>(texts.keySet());
    names.sort(Comparator.comparing(MigrationWriter::version, VERSION_ORDER)
        .thenComparing(Comparator.naturalOrder()));
    for (String name : names) {
      String text = texts.get(name);
      Map<String, String> header = header(text);
      // A file without a readable kind is listed anyway: the runtime then stops at it with the
      // parser's message naming the file and line, instead of the file being left out unseen.
      index.append(version(name)).append('\t')
          .append(header.getOrDefault("kind", "-")).append('\t')
          .append(header.getOrDefault("transition", "-")).append('\t')
          .append(name).append('\n');
      resources.put(prefix + name, text);
    }
    resources.put(prefix + "index.list", index.toString());
    return resources;
  }

  /** Copies every migration and index of {@code output} into {@code CLASS_OUTPUT}. */
  public void publish(Output output) throws IOException {
    for (Map.Entry<String, String> resource : output.classpath().entrySet()) {
      writeResource(resource.getKey(), resource.getValue());
    }
  }

  /** As UTF-8, what the runtime reads, whatever javac's {@code -encoding} or the platform's. */
  private void writeResource(String path, String text) throws IOException {
    FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
    try (OutputStream out = resource.openOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The dialect's migration files: every file whose name the runtime accepts. */
  static List<Path> migrationFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> Files.isRegularFile(f) && NAME.matcher(f.getFileName().toString()).matches())
          .sorted()
          .toList();
    }
  }

  /** The version of a migration file name, as the runtime reads it: underscores become dots. */
  static String version(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      throw new IllegalArgumentException(fileName + " is not V<version>__<description>.sql");
    }
    return m.group(1).replace('_', '.');
  }

  /** The runtime's order of versions: part by part as numbers; a prefix comes first. */
  static final Comparator<String> VERSION_ORDER = (left, right) -> {
    String[] a = left.split("\\.");
    String[] b = right.split("\\.");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int byPart = new BigInteger(a[i]).compareTo(new BigInteger(b[i]));
      if (byPart != 0) {
        return byPart;
      }
    }
    return Integer.compare(a.length, b.length);
  };

  /**
   * The attributes of a migration's header line, read as the runtime's parser reads them: a
   * leading byte order mark is skipped, the line ends at {@code \n} or {@code \r\n}, attributes
   * are {@code key=value} in any order, a value in single quotes may hold spaces ({@code ''} is
   * one quote). Empty when the first line is no header.
   */
  static Map<String, String> header(String text) {
    String line = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    int end = line.indexOf('\n');
    line = end < 0 ? line : line.substring(0, end);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (!line.startsWith(HEADER)) {
      return Map.of();
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    String rest = line.substring(HEADER.length());
    int i = 0;
    while (i < rest.length()) {
      if (Character.isWhitespace(rest.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < rest.length()
          && rest.charAt(i) != '='
          && !Character.isWhitespace(rest.charAt(i))) {
        i++;
      }
      if (i >= rest.length() || rest.charAt(i) != '=') {
        continue; // not key=value: the runtime reports it
      }
      String key = rest.substring(start, i++);
      StringBuilder value = new StringBuilder();
      if (i < rest.length() && rest.charAt(i) == '\'') {
        for (i++; i < rest.length(); i++) {
          char c = rest.charAt(i);
          if (c == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
            value.append('\'');
            i++;
          } else if (c == '\'') {
            i++;
            break;
          } else {
            value.append(c);
          }
        }
      } else {
        while (i < rest.length() && !Character.isWhitespace(rest.charAt(i))) {
          value.append(rest.charAt(i++));
        }
      }
      attributes.putIfAbsent(key, value.toString());
    }
    return attributes;
  }
}
