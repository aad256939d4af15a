package dev.accordion.internal;

import dev.accordion.AccordionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code <directory>/<dialect>/V*.sql}: the source tree's files, for the CLI and tests. */
record DirectorySource(Path directory) implements MigrationSource {

  @Override
  public List<MigrationFile> load(String dialect) {
    Path folder = directory.resolve(dialect);
    if (!Files.isDirectory(folder)) {
      throw new AccordionException("No migrations directory " + folder.toAbsolutePath()
          + ". Point --dir (Accordion.builder().directory(...)) at the folder that holds the "
          + "dialect folders (sqlite, postgresql, mysql).");
    }
    List<MigrationFile> migrations = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "V*.sql")) {
      for (Path file : files) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        migrations.add(MigrationParser.parse(file.getFileName().toString(), text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migrations in " + folder, e);
    }
    return MigrationSource.inVersionOrder(migrations, folder.toString());
  }
}
