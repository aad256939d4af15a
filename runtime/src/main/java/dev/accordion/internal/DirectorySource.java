package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.format.DialectName;
import dev.accordion.format.MigrationFileName;
import java.io.File;
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
    boolean local = folder.getFileSystem() == FileSystems.getDefault();
    if (local ? !folder.toFile().isDirectory() : !Files.isDirectory(folder)) {
      throw new AccordionException("No migrations directory " + folder.toAbsolutePath()
          + ". Point --dir (Accordion.builder().directory(...)) at the folder that holds the "
          + "dialect folders (sqlite, postgresql, mysql).");
    }
    List<MigrationFile> migrations = new ArrayList<>();
    try {
      if (local) {
        // java.io, not a directory stream, and filtered by hand: the stream's classes, a glob's
        // regular expression and Files.readString's channel each cost a cold boot more than
        // reading the files does.
        File dir = folder.toFile();
        String[] names = dir.list();
        for (String name : names == null ? new String[0] : names) {
          if (MigrationFileName.looksLikeMigration(name)) {
            File file = new File(dir, name);
            byte[] bytes;
            try (FileInputStream in = new FileInputStream(file)) {
              bytes = in.readAllBytes();
            }
            migrations.add(parse(name, bytes, file.toString()));
          }
        }
      } else {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
          for (Path file : files) { // a zip or in-memory file system
            String name = file.getFileName().toString();
            if (MigrationFileName.looksLikeMigration(name)) {
              migrations.add(parse(name, Files.readAllBytes(file), file.toString()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migrations in " + folder, e);
    }
    return MigrationSource.inVersionOrder(migrations, folder.toString());
  }

  private static MigrationFile parse(String name, byte[] bytes, String where) {
    return MigrationParser.parse(name, MigrationSource.decode(bytes, where), bytes);
  }
}
