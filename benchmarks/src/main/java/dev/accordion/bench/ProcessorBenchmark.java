package dev.accordion.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost of the processor in a build: 500 entities compiled by javac in this JVM, in turn
 * without a processor, with one that does nothing (javac's own annotation-processing rounds),
 * with Accordion writing every baseline for three dialects (a first compile) and with Accordion
 * finding nothing changed (the everyday build); the median of each.
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
    // The recompile's migrations directory holds what the first compile wrote, as in a project.
    Path committed = scratch.resolve("processor-migrations-committed");
    Javac.compile(sources, scratch.resolve("processor-classes-committed"), committed, TIMESTAMP);
    List<Long> without = new ArrayList<>();
    List<Long> idle = new ArrayList<>();
    List<Long> first = new ArrayList<>();
    List<Long> again = new ArrayList<>();
    int warmup = 4;
    for (int i = 0; i < warmup + mode.processorRuns(); i++) {
      int run = i;
      long plain =
          Timed.nanos(() -> Javac.compile(sources, classes(run, "plain"), null, TIMESTAMP));
      long idling = Timed.nanos(() -> Javac.compile(sources, classes(run, "idle"),
          new IdleProcessor(), List.of()));
      long baseline = Timed.nanos(() -> Javac.compile(sources, classes(run, "first"),
          scratch.resolve("processor-migrations-" + run), TIMESTAMP));
      long unchanged = Timed.nanos(() -> Javac.compile(sources, classes(run, "again"), committed,
          TIMESTAMP));
      if (i >= warmup) {
        without.add(plain);
        idle.add(idling);
        first.add(baseline);
        again.add(unchanged);
      }
    }
    double none = Stats.median(without);
    double floor = Stats.median(idle) / none;
    String idleText = "a processor that does nothing " + Stats.ms(Stats.median(idle)) + " ("
        + Stats.ratio(floor) + ")";
    double firstRatio = Stats.median(first) / none;
    double againRatio = Stats.median(again) / none;
    return List.of(
        new Figure("Compile " + ENTITIES + " entities, first compile (writes their baselines)",
            "with Accordion " + Stats.ms(Stats.median(first)) + ", without a processor "
                + Stats.ms(none) + ": **" + Stats.ratio(firstRatio) + "**; " + idleText,
            "within 1.25x", firstRatio <= 1.25),
        new Figure("Recompile " + ENTITIES + " entities, nothing changed (writes nothing)",
            "with Accordion " + Stats.ms(Stats.median(again)) + ", without a processor "
                + Stats.ms(none) + ": **" + Stats.ratio(againRatio) + "**; " + idleText,
            "within 1.25x", againRatio <= 1.25),
        new Figure("Accordion's own work: the compiles above against a processor that does nothing",
            "first compile **" + Stats.ratio(Stats.median(first) / Stats.median(idle))
                + "**, recompile **" + Stats.ratio(Stats.median(again) / Stats.median(idle))
                + "** (javac's own rounds with any processor: " + Stats.ratio(floor) + ")",
            null, false));
  }

  private static final String TIMESTAMP = "20260101120000";

  private Path classes(int run, String kind) {
    return scratch.resolve("processor-classes-" + run + "-" + kind);
  }
}
