package dev.accordion.bench;

import dev.accordion.sample.AccessorBenchmark;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The measured goals of SPEC section 7, each beside the peer it is measured against in the same
 * run: prints every figure with its goal and whether it was met, and writes them with the
 * machine, JDK and database versions to {@code benchmarks/results/<mode>.md}.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Mode mode = Mode.of(args.length == 0 ? "quick" : args[0]);
    // A second argument picks some: boot,backfill,triggers,processor,accessors (a partial run
    // is printed, not written to the results file).
    java.util.Set<String> only = args.length > 1 ? java.util.Set.of(args[1].split(",")) : null;
    Path scratch = Files.createTempDirectory("accordion-bench");
    Databases databases = new Databases(scratch);
    long start = System.nanoTime();
    List<Figure> figures = new ArrayList<>();
    figures.addAll(step("boot and apply", only == null || only.contains("boot"), () -> new BootBenchmark(mode, databases, scratch).run()));
    figures.addAll(step("backfill", only == null || only.contains("backfill"), () -> new BackfillBenchmark(mode, databases, scratch).run()));
    figures.addAll(step("triggers", only == null || only.contains("triggers"), () -> new TriggerBenchmark(mode, databases, scratch).run()));
    figures.addAll(step("processor", only == null || only.contains("processor"), () -> new ProcessorBenchmark(mode, scratch).run()));
    figures.addAll(step("application shape", only == null || only.contains("shape"),
        () -> List.of(new ApplicationShapeBenchmark(mode, scratch).run())));
    figures.addAll(step("accessors", only == null || only.contains("accessors"), () -> accessors(mode)));
    String report = report(mode, figures, System.nanoTime() - start);
    System.out.println();
    System.out.println(report);
    if (only != null) {
      return;
    }
    Path results = Path.of("benchmarks/results");
    Files.createDirectories(results);
    Files.writeString(results.resolve(mode.name() + ".md"), report);
    System.out.println("Written to " + results.resolve(mode.name() + ".md"));
  }

  interface Step {
    List<Figure> run() throws Exception;
  }

  private static List<Figure> step(String name, boolean selected, Step step) throws Exception {
    if (!selected) {
      return List.of();
    }
    System.out.println("== " + name);
    System.gc(); // what the step before left behind is not collected during this one
    long start = System.nanoTime();
    List<Figure> figures = step.run();
    figures.forEach(f -> System.out.println("   " + f.row()));
    System.out.println("   (" + Stats.ms(System.nanoTime() - start) + ")");
    return figures;
  }

  /**
   * JMH, in forked JVMs: the generated dual-write accessor against the field set directly, and
   * against the same two writes by hand (what a dual write costs whoever writes it).
   */
  private static List<Figure> accessors(Mode mode) throws Exception {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(AccessorBenchmark.class.getName())
        .forks(2) // one fork's figure can differ from the next by more than the accessor's cost
        .warmupIterations(Math.min(3, mode.jmhIterations()))
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(mode.jmhIterations())
        .measurementTime(TimeValue.seconds(1))
        .build()).run();
    Map<String, Double> nanos = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      nanos.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    double setter = nanos.get("generatedSetter") / nanos.get("directSetter");
    double getter = nanos.get("generatedGetter") / nanos.get("directGetter");
    double byHand = nanos.get("generatedSetter") / nanos.get("handWrittenDualWrite");
    return List.of(
        new Figure("Generated dual-write setter vs direct field write (JMH)",
            String.format(Locale.ROOT, "%.2f ns vs %.2f ns: **%s**", nanos.get("generatedSetter"),
                nanos.get("directSetter"), Stats.ratio(setter)),
            "within 1.1x", setter <= 1.1),
        new Figure("Generated dual-write setter vs the same two writes by hand (JMH)",
            String.format(Locale.ROOT, "%.2f ns vs %.2f ns: **%s**", nanos.get("generatedSetter"),
                nanos.get("handWrittenDualWrite"), Stats.ratio(byHand)),
            null, true),
        new Figure("Generated getter vs direct field read (JMH)",
            String.format(Locale.ROOT, "%.2f ns vs %.2f ns: **%s**", nanos.get("generatedGetter"),
                nanos.get("directGetter"), Stats.ratio(getter)),
            null, true));
  }

  private static String report(Mode mode, List<Figure> figures, long nanos) {
    StringBuilder out = new StringBuilder();
    out.append("# Accordion benchmarks: ").append(mode.name()).append(" mode\n\n");
    out.append("Run with `benchmarks/run").append(mode.name().equals("quick") ? "" : " full")
        .append("` on ").append(LocalDate.now(ZoneOffset.UTC)).append(" in ")
        .append(Stats.ms(nanos)).append(".\n\n");
    out.append("| benchmark | measured | goal | result |\n|---|---|---|---|\n");
    figures.forEach(f -> out.append(f.row()).append('\n'));
    out.append("\n## Machine\n\n");
    Runtime runtime = Runtime.getRuntime();
    out.append("- ").append(cpu()).append(", ").append(runtime.availableProcessors())
        .append(" cores, ").append(memory()).append('\n');
    out.append("- ").append(System.getProperty("os.name")).append(' ')
        .append(System.getProperty("os.version")).append('\n');
    out.append("- Java ").append(System.getProperty("java.version")).append(" (")
        .append(System.getProperty("java.vm.name")).append("), max heap ")
        .append(runtime.maxMemory() / (1024 * 1024)).append(" MiB\n");
    out.append("- SQLite ").append(Databases.version("jdbc:sqlite::memory:"))
        .append(" (sqlite-jdbc), PostgreSQL ").append(Databases.version(Databases.POSTGRES_ADMIN))
        .append(", MariaDB ").append(Databases.version(Databases.MARIADB_ADMIN)).append('\n');
    out.append("- Flyway ").append(flywayVersion()).append('\n');
    out.append("\nRows, runs and iterations: ").append(mode).append('\n');
    return out.toString();
  }

  private static String flywayVersion() {
    try (var in = Benchmarks.class.getResourceAsStream(
        "/META-INF/maven/org.flywaydb/flyway-core/pom.properties")) {
      java.util.Properties properties = new java.util.Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
    } catch (Exception e) {
      return "unknown CPU";
    }
  }

  private static String memory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return (os.getTotalMemorySize() / (1024L * 1024 * 1024)) + " GiB";
    }
    return "unknown memory";
  }
}
