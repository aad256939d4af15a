package dev.accordion.internal;

import dev.accordion.AccordionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code <root>/<dialect>/index.list} from the class path, then each file it names: no
 * class path scanning, so it works the same from a jar, a directory or a native image.
 */
record ClasspathSource(String root, ClassLoader classLoader) implements MigrationSource {

  @Override
  public List<MigrationFile> load(String dialect) {
    String directory = trimSlashes(root) + "/" + dialect;
    String indexPath = directory + "/index.list";
    String index = read(indexPath);
    if (index == null) {
      throw new AccordionException("No migration index at classpath:" + indexPath + ". The "
          + "Accordion processor writes it when the entities compile: check that "
          + "accordion-processor is on the annotation processor path and that the location "
          + "(Accordion.builder().location(...), default db/accordion) is right.");
    }
    List<MigrationFile> migrations = new ArrayList<>();
    String[] lines = Checksums.normaliseLineEndings(index).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      migrations.add(load(directory, indexPath, i + 1, line));
    }
    return MigrationSource.inVersionOrder(migrations, "classpath:" + directory);
  }

  private MigrationFile load(String directory, String indexPath, int lineNumber, String line) {
    String[] fields = line.split("\t");
    String where = indexPath + ", line " + lineNumber;
    if (fields.length != 4) {
      throw new AccordionException(where + ": expected version, kind, transition and file name "
          + "separated by tabs. The index is written by the processor: rebuild the project.");
    }
    String fileName = fields[3];
    String text = read(directory + "/" + fileName);
    if (text == null) {
      throw new AccordionException(where + " names " + fileName + ", which is not on the class "
          + "path next to it. Rebuild the project so the index and the files agree.");
    }
    MigrationFile migration = MigrationParser.parse(fileName, text);
    String transition = fields[2].equals("-") ? null : fields[2];
    boolean agrees = Versions.ORDER.compare(fields[0], migration.version()) == 0
        && fields[1].equals(migration.kind().word())
        && Objects.equals(transition, migration.transition());
    if (!agrees) {
      throw new AccordionException(where + " says version " + fields[0] + ", kind " + fields[1]
          + ", transition " + fields[2] + " but " + fileName + " says version "
          + migration.version() + ", kind " + migration.kind().word() + ", transition "
          + (migration.transition() == null ? "-" : migration.transition())
          + ". Rebuild the project so the index and the files agree.");
    }
    return migration;
  }

  private String read(String path) {
    try (InputStream in = classLoader.getResourceAsStream(path)) {
      return in == null ? null : MigrationSource.decode(in.readAllBytes(), "classpath:" + path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath:" + path, e);
    }
  }

  private static String trimSlashes(String path) {
    String trimmed = path;
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
