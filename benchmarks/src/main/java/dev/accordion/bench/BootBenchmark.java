package dev.accordion.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Boot with 200 applied migrations and nothing pending, and applying the 200, Accordion against
 * Flyway: the same SQL files (Accordion's header is a comment to Flyway), the same database, a
 * fresh JVM for every run, the median of the runs.
 */
final class BootBenchmark {

  static final int MIGRATIONS = 200;

  private final Mode mode;
  private final Databases databases;
  private final Path files;

  BootBenchmark(Mode mode, Databases databases, Path scratch) {
    this.mode = mode;
    this.databases = databases;
    this.files = scratch.resolve("boot-migrations");
  }

  List<Figure> run() throws Exception {
    writeMigrations();
    List<Figure> figures = new ArrayList<>();
    for (String kind : List.of("sqlite", "postgresql")) {
      String label = Databases.label(kind);
      List<Long> applyAccordion = new ArrayList<>();
      List<Long> applyFlyway = new ArrayList<>();
      String accordionUrl = null;
      String flywayUrl = null;
      for (int run = 0; run < mode.applyRuns(); run++) {
        accordionUrl = databases.fresh(kind, "bench_boot_accordion");
        flywayUrl = databases.fresh(kind, "bench_boot_flyway");
        applyAccordion.add(child("accordion", accordionUrl, MIGRATIONS));
        applyFlyway.add(child("flyway", flywayUrl, MIGRATIONS));
      }
      List<Long> bootAccordion = new ArrayList<>();
      List<Long> bootFlyway = new ArrayList<>();
      for (int run = 0; run < mode.bootRuns(); run++) {
        bootAccordion.add(child("accordion", accordionUrl, 0));
        bootFlyway.add(child("flyway", flywayUrl, 0));
      }
      double boot = Stats.median(bootFlyway) / Stats.median(bootAccordion);
      figures.add(new Figure("Boot, " + MIGRATIONS + " applied, nothing pending (" + label + ")",
          "Accordion " + Stats.ms(Stats.median(bootAccordion)) + ", Flyway "
              + Stats.ms(Stats.median(bootFlyway)) + ": **" + Stats.ratio(boot) + " faster**",
          "at least 10x faster", boot >= 10));
      double apply = Stats.median(applyAccordion) / Stats.median(applyFlyway);
      figures.add(new Figure("Apply " + MIGRATIONS + " pending (" + label + ")",
          "Accordion " + Stats.ms(Stats.median(applyAccordion)) + ", Flyway "
              + Stats.ms(Stats.median(applyFlyway)) + ": **" + Stats.ratio(apply)
              + " of Flyway's time**", "no slower (at most 1x)", apply <= 1.0));
    }
    return figures;
  }

  /**
   * Tables, columns and indexes as a project's history has them; SQL both SQLite and PostgreSQL
   * run. Accordion reads the directory's dialect folders, Flyway the copy in {@code flyway/}.
   */
  private void writeMigrations() throws Exception {
    for (String folder : List.of("sqlite", "postgresql", "flyway")) {
      Files.createDirectories(files.resolve(folder));
    }
    for (int i = 1; i <= MIGRATIONS; i++) {
      int table = (i + 3) / 4;
      String t = "\"t" + table + "\"";
      String sql = switch (i % 4) {
        case 1 -> "CREATE TABLE " + t + " (\"id\" BIGINT PRIMARY KEY, \"name\" VARCHAR(100) NOT NULL);";
        case 2 -> "ALTER TABLE " + t + " ADD COLUMN \"note\" VARCHAR(255);";
        case 3 -> "CREATE INDEX \"t" + table + "_name\" ON " + t + " (\"name\");";
        default -> "INSERT INTO " + t + " (\"id\", \"name\", \"note\") VALUES (1, 'first', NULL),"
            + " (2, 'second', 'two');";
      };
      String text = "-- accordion:migration kind=schema\n-- Step " + i + " of the history.\n\n"
          + sql + "\n";
      String name = "V" + i + "__step_" + i + ".sql";
      for (String folder : List.of("sqlite", "postgresql", "flyway")) {
        Files.writeString(files.resolve(folder).resolve(name), text);
      }
    }
  }

  /** One run of {@code tool} in a fresh JVM; its nanoseconds. */
  private long child(String tool, String url, int expectApplied) throws Exception {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        BootChild.class.getName(), tool, url, files.toString())
        .redirectErrorStream(true)
        .start();
    String result = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.append(line).append('\n');
        if (line.startsWith("RESULT ")) {
          result = line;
        }
      }
    }
    if (process.waitFor() != 0 || result == null) {
      throw new IllegalStateException(tool + " failed:\n" + output);
    }
    String[] parts = result.split(" ");
    if (Integer.parseInt(parts[2]) != expectApplied) {
      throw new IllegalStateException(tool + " applied " + parts[2] + ", expected "
          + expectApplied + ":\n" + output);
    }
    return Long.parseLong(parts[1]);
  }
}
