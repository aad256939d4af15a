package dev.accordion.processor.write;

import dev.accordion.format.DialectName;
import dev.accordion.format.Header;
import dev.accordion.format.MigrationFileName;
import dev.accordion.format.MigrationIndex;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes migrations and the snapshot into the source tree, all or nothing, and mirrors every
 * migration plus an index into {@code CLASS_OUTPUT} so the jar of the same build carries them.
 * Everything is {@linkplain #prepare prepared} in memory before anything is written. An existing
 * migration file is never rewritten: new files take the next free version.
 *
 * @param directory the source tree's migrations folder ({@code -Aaccordion.migrations})
 * @param classpathRoot where the runtime looks on the class path ({@code db/accordion})
 */
public record MigrationWriter(Path directory, Filer filer, String classpathRoot) {

  /** A migration's file text with its description and header; named when written. */
  public record NewMigration(String description, Header header, String text) {}

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
      String timestamp, Map<DialectName, List<NewMigration>> migrations, String snapshot)
      throws IOException {
    Map<Path, String> sourceTree = new LinkedHashMap<>();
    Map<String, String> classpath = new LinkedHashMap<>();
    for (Map.Entry<DialectName, List<NewMigration>> dialect : migrations.entrySet()) {
      Path dir = directory.resolve(dialect.getKey().word());
      Map<String, String> texts = new LinkedHashMap<>();
      List<MigrationIndex.Entry> index = new ArrayList<>();
      int next = 1;
      for (Path file : migrationFiles(dir)) {
        MigrationFileName name = MigrationFileName.parse(file.getFileName().toString()).orElseThrow();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        texts.put(name.fileName(), text);
        index.add(MigrationIndex.entryOf(name, text));
        next = Math.max(next, name.sequenceAt(timestamp) + 1);
      }
      for (NewMigration migration : dialect.getValue()) {
        String fileName = MigrationFileName.of(timestamp, next++, migration.description());
        Path file = dir.resolve(fileName);
        if (Files.exists(file)) {
          throw new IOException(file + " exists already; migrations are never rewritten");
        }
        sourceTree.put(file, migration.text());
        texts.put(fileName, migration.text());
        MigrationFileName name = MigrationFileName.parse(fileName).orElseThrow();
        index.add(new MigrationIndex.Entry(name.version(), Optional.of(migration.header().kind()),
            migration.header().transition(), fileName));
      }
      classpath.putAll(publication(dialect.getKey(), texts, index));
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

  /**
   * The class path copies of {@code texts} (file name to text) and their index, by resource path.
   * The index says what the runtime will read from each file: the version from its name, kind
   * and transition from its header.
   */
  private Map<String, String> publication(DialectName dialect, Map<String, String> texts,
      List<MigrationIndex.Entry> index) {
    String prefix = classpathRoot + "/" + dialect.word() + "/";
    Map<String, String> resources = new LinkedHashMap<>();
    texts.forEach((name, text) -> resources.put(prefix + name, text));
    resources.put(prefix + MigrationIndex.FILE_NAME, MigrationIndex.render(index));
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
          .filter(f -> Files.isRegularFile(f)
              && MigrationFileName.parse(f.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    }
  }
}
