package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.format.DialectName;
import dev.accordion.format.FormatException;
import dev.accordion.format.MigrationFileName;
import dev.accordion.format.MigrationIndex;
import dev.accordion.format.MigrationKind;
import dev.accordion.format.Versions;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;

/**
 * Reads {@code <root>/<dialect>/index.list} from the class path, then each file it names, and
 * lists the folder (or the jar's entries) for a file the index does not name: the index can be
 * stale, as the build skips the processor when no Java source changed. Where the folder cannot
 * be listed (a native image, a custom class loader), the index alone says what there is.
 */
record ClasspathSource(String root, ClassLoader classLoader) implements MigrationSource {

  @Override
  public List<MigrationFile> load(DialectName dialect) {
    String directory = trimSlashes(root) + "/" + dialect.word();
    String indexPath = directory + "/" + MigrationIndex.FILE_NAME;
    byte[] indexBytes = read(indexPath);
    String index = indexBytes == null ? null
        : MigrationSource.decode(indexBytes, "classpath:" + indexPath);
    if (index == null) {
      throw new AccordionException("No migration index at classpath:" + indexPath + ". The "
          + "Accordion processor writes it when the entities compile: check that "
          + "accordion-processor is on the annotation processor path and that the location "
          + "(Accordion.builder().location(...), default db/accordion) is right.");
    }
    List<MigrationIndex.Entry> entries;
    try {
      entries = MigrationIndex.parse(index);
    } catch (FormatException e) {
      throw new AccordionException(indexPath + ", line " + e.line() + ": " + e.problem()
          + ". The index is written by the processor: rebuild the project.");
    }
    List<MigrationFile> migrations = new ArrayList<>();
    Set<String> indexed = new HashSet<>();
    for (MigrationIndex.Entry entry : entries) {
      MigrationFile migration = load(directory, indexPath, entry);
      migrations.add(migration);
      indexed.add(migration.fileName());
    }
    List<String> unlisted = new ArrayList<>(listFiles(indexPath));
    unlisted.removeAll(indexed);
    if (!unlisted.isEmpty()) {
      Log.get().log(Level.WARNING, "classpath:" + indexPath + " does not list "
          + String.join(", ", unlisted) + ", next to it: the files changed after the processor "
          + "last ran (a build that found nothing to compile does not run it). This boot reads "
          + "them with the others, in version order; rebuild (mvn clean compile) to bring the "
          + "index up to date.");
      for (String fileName : unlisted) {
        String path = directory + "/" + fileName;
        migrations.add(parse(path, fileName, read(path)));
      }
    }
    return MigrationSource.inVersionOrder(migrations, "classpath:" + directory);
  }

  /**
   * The migration files next to the {@code index.list} read (the first on the class path), in a
   * folder or in a jar (Spring Boot's nested jars included; found through the index, as a jar
   * need not hold entries for its folders), so a file the index does not name is still found. A
   * location the class loader serves from anywhere else cannot be listed, and its index is taken
   * as it is.
   */
  private Set<String> listFiles(String indexPath) {
    Set<String> names = new TreeSet<>();
    URL index = classLoader.getResource(indexPath);
    try {
      if (index == null) {
        return names;
      }
      if (index.getProtocol().equals("file")) {
        String[] files = new File(index.toURI()).getParentFile().list();
        for (String name : files == null ? new String[0] : files) {
          if (MigrationFileName.looksLikeMigration(name)) {
            names.add(name);
          }
        }
      } else if (index.openConnection() instanceof JarURLConnection jar) {
        String entryName = jar.getEntryName();
        String prefix = entryName.substring(0, entryName.lastIndexOf('/') + 1);
        Enumeration<JarEntry> entries = jar.getJarFile().entries();
        while (entries.hasMoreElements()) {
          String entry = entries.nextElement().getName();
          if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0
              && MigrationFileName.looksLikeMigration(entry.substring(prefix.length()))) {
            names.add(entry.substring(prefix.length()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the folder of " + index, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list the folder of " + index, e);
    }
    return names;
  }

  private MigrationFile load(String directory, String indexPath, MigrationIndex.Entry entry) {
    String fileName = entry.fileName();
    byte[] bytes = read(directory + "/" + fileName);
    if (bytes == null) {
      throw new AccordionException(indexPath + " names " + fileName + ", which is not on the "
          + "class path next to it. Rebuild the project so the index and the files agree.");
    }
    MigrationFile migration = parse(directory + "/" + fileName, fileName, bytes);
    boolean agrees = Versions.ORDER.compare(entry.version(), migration.version()) == 0
        && entry.kind().isPresent() && entry.kind().get() == migration.kind()
        && Objects.equals(entry.transition().orElse(null), migration.transition());
    if (!agrees) {
      throw new AccordionException(indexPath + " says version " + entry.version() + ", kind "
          + entry.kind().map(MigrationKind::word).orElse("-") + ", transition "
          + entry.transition().orElse("-") + " for " + fileName + " but the file says version "
          + migration.version() + ", kind " + migration.kind().word() + ", transition "
          + (migration.transition() == null ? "-" : migration.transition())
          + ". Rebuild the project so the index and the files agree.");
    }
    return migration;
  }

  private static MigrationFile parse(String path, String fileName, byte[] bytes) {
    return MigrationParser.parse(fileName, MigrationSource.decode(bytes, "classpath:" + path),
        bytes);
  }

  /** The resource's bytes, or null when there is none. */
  private byte[] read(String path) {
    try (InputStream in = classLoader.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
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
