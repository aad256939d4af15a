package dev.accordion;

import static dev.accordion.AccordionSqlite.BASELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration file added without a processor run (the build found no Java source to compile, so
 * {@code index.list} was not written again) is found, reported and applied, whether the class
 * path holds the migrations in a folder or in a jar.
 */
class StaleIndexTest {

  private static final String FIX = "V20260104100000_1__fix.sql";

  @TempDir Path folder;

  @Test
  void aFileTheIndexDoesNotListIsAppliedFromAFolder() throws Exception {
    Path classes = folder.resolve("classes");
    writeMigrations(classes);

    assertFixApplied(new URLClassLoader(new URL[] {classes.toUri().toURL()}, null));
  }

  @Test
  void aFileTheIndexDoesNotListIsAppliedFromAJar() throws Exception {
    Path classes = folder.resolve("classes");
    writeMigrations(classes);
    Path jar = jar(classes, "");

    assertFixApplied(new URLClassLoader(new URL[] {jar.toUri().toURL()}, null));
  }

  /**
   * A Spring Boot executable jar: the classes under BOOT-INF/classes, read by Spring Boot's
   * launcher's class loader through its {@code jar:nested:} URLs.
   */
  @Test
  void aFileTheIndexDoesNotListIsAppliedFromASpringBootExecutableJar() throws Exception {
    Path classes = folder.resolve("classes");
    writeMigrations(classes);
    Path jar = jar(classes, "BOOT-INF/classes/");
    org.springframework.boot.loader.net.protocol.Handlers.register();

    assertFixApplied(new org.springframework.boot.loader.launch.LaunchedClassLoader(false,
        new URL[] {new URL("jar:nested:" + jar.toAbsolutePath() + "/!BOOT-INF/classes/!/")},
        null));
  }

  /**
   * A jar of {@code classes}, under {@code prefix}, as a build writes it: an entry for each
   * folder, then the files in it (Spring Boot's launcher reads BOOT-INF/classes as a folder).
   */
  private Path jar(Path classes, String prefix) throws IOException {
    Path jar = folder.resolve("app.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream entries = new JarOutputStream(out);
        var files = Files.walk(classes)) {
      for (int slash = prefix.indexOf('/'); slash >= 0 && slash < prefix.length() - 1;
          slash = prefix.indexOf('/', slash + 1)) {
        entries.putNextEntry(new JarEntry(prefix.substring(0, slash + 1)));
        entries.closeEntry();
      }
      for (Path file : files.sorted().toList()) {
        String name = prefix + classes.relativize(file).toString().replace('\\', '/');
        if (Files.isDirectory(file)) {
          if (!name.isEmpty()) {
            entries.putNextEntry(new JarEntry(name.endsWith("/") ? name : name + "/"));
          }
        } else {
          entries.putNextEntry(new JarEntry(name));
          entries.write(Files.readAllBytes(file));
        }
        entries.closeEntry();
      }
    }
    return jar;
  }

  private void assertFixApplied(URLClassLoader classPath) throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder);
    try (URLClassLoader loader = classPath; CapturedWarnings warnings = new CapturedWarnings()) {
      StatusReport report = Accordion.builder().dataSource(db.dataSource()).classLoader(loader)
          .build().migrate();

      assertEquals(List.of(BASELINE, FIX),
          report.appliedByThisCall().stream().map(StatusReport.Migration::file).toList());
      assertEquals(1, db.count("SELECT COUNT(*) FROM \"Marker\""));
      assertTrue(warnings.messages().stream().anyMatch(w -> w.startsWith(
          "classpath:db/accordion/sqlite/index.list does not list " + FIX + ", next to it")),
          warnings.messages().toString());
    }
  }

  /** The baseline, listed in the index as the processor wrote it, and a file added after. */
  private static void writeMigrations(Path classes) throws IOException {
    Path sqlite = classes.resolve("db/accordion/sqlite");
    Files.createDirectories(sqlite);
    try (InputStream in = StaleIndexTest.class.getResourceAsStream("/db/accordion/sqlite/"
        + BASELINE)) {
      Files.write(sqlite.resolve(BASELINE), in.readAllBytes());
    }
    Files.writeString(sqlite.resolve("index.list"), "# version\tkind\ttransition\tfile\n"
        + "20260101100000.1\tbaseline\t-\t" + BASELINE + "\n", StandardCharsets.UTF_8);
    Files.writeString(sqlite.resolve(FIX), """
        -- accordion:migration kind=schema
        CREATE TABLE "Marker" ("id" INTEGER PRIMARY KEY);
        INSERT INTO "Marker" VALUES (1);
        """);
  }
}
