package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.format.DialectName;
import dev.accordion.format.MigrationFileName;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code <directory>/<dialect>/V*.sql}: the source tree's files, for the CLI and tests. */
record DirectorySource(Path directory) implements MigrationSource {

  @Override
  public List<MigrationFile> load(DialectName dialect) {
    Path folder = directory.resolve(dialect.word());
    if (!Files.isDirectory(folder)) {
      throw new AccordionException("No migrations directory " + folder.toAbsolutePath()
          + ". Point --dir (Accordion.builder().directory(...)) at the folder that holds the "
          + "dialect folders (sqlite, postgresql, mysql).");
    }
    List<MigrationFile> migrations = new ArrayList<>();
    // Filtered by hand and read through FileInputStream: a glob compiles a regular expression,
    // and Files.readString opens a channel, which cost a cold boot twice the time of the reads.
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (!MigrationFileName.looksLikeMigration(name)) {
          continue;
        }
        byte[] bytes;
        if (file.getFileSystem() == FileSystems.getDefault()) {
          try (FileInputStream in = new FileInputStream(file.toFile())) {
            bytes = in.readAllBytes();
          }
        } else {
          bytes = Files.readAllBytes(file); // a zip or in-memory file system
        }
        migrations.add(
            MigrationParser.parse(name, MigrationSource.decode(bytes, file.toString()), bytes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migrations in " + folder, e);
    }
    return MigrationSource.inVersionOrder(migrations, folder.toString());
  }
}
