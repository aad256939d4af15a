package dev.accordion.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of the processor in a build: 500 entities compiled by javac in this JVM with
 * Accordion's processor (writing each one's baseline for three dialects, from an empty
 * migrations directory each time) and without any, alternately; the median of each.
 */
final class ProcessorBenchmark {

  static final int ENTITIES = 500;

  private final Mode mode;
  private final Path scratch;

  ProcessorBenchmark(Mode mode, Path scratch) {
    this.mode = mode;
    this.scratch = scratch;
  }

  List<Figure> run() throws Exception {
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < ENTITIES; i++) {
      sources.put("bench.entities.Entity" + i, """
          package bench.entities;

          import jakarta.persistence.*;

          @Entity
          @Table(indexes = @Index(name = "entity%1$d_name", columnList = "name"))
          public class Entity%1$d {
            @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
            @Column(nullable = false) String name;
            String description;
            Integer quantity;
            Boolean active;
            java.time.LocalDate since;
          }
          """.formatted(i));
    }
    List<Long> with = new ArrayList<>();
    List<Long> without = new ArrayList<>();
    int warmup = 4;
    for (int run = 0; run < warmup + mode.processorRuns(); run++) {
      long plain = time(sources, null, run);
      long processed = time(sources, scratch.resolve("processor-migrations-" + run), run);
      if (run >= warmup) {
        without.add(plain);
        with.add(processed);
      }
    }
    double ratio = Stats.median(with) / Stats.median(without);
    return List.of(new Figure("Compile " + ENTITIES + " entities",
        "with the processor " + Stats.ms(Stats.median(with)) + ", without "
            + Stats.ms(Stats.median(without)) + ": **" + Stats.ratio(ratio) + "**",
        "within 1.25x", ratio <= 1.25));
  }

  private long time(Map<String, String> sources, Path migrations, int run) throws Exception {
    long start = System.nanoTime();
    Javac.compile(sources, scratch.resolve("processor-classes-" + run
        + (migrations == null ? "-plain" : "")), migrations, "20260101120000");
    return System.nanoTime() - start;
  }
}
