package dev.accordion;

import dev.accordion.internal.DriverManagerDataSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands from a shell:
 * {@code java dev.accordion.Cli <migrate|status|complete|verify|resolve> --url <jdbc-url> ...}.
 * Prints the status report after each command; exits 0 on success, 1 on failure, 2 on bad usage.
 */
public final class Cli {

  private static final List<String> COMMANDS =
      List.of("migrate", "status", "complete", "verify", "resolve");
  private static final Set<String> RESOLUTIONS = Set.of("--applied", "--rolled-back");
  private static final Set<String> OPTIONS_WITH_VALUE =
      Set.of("--url", "--user", "--password", "--location", "--dir");

  private static final String USAGE = String.join("\n",
      "Usage: java -cp <application, accordion-runtime and JDBC driver jars> dev.accordion.Cli \\",
      "         <command> --url <jdbc-url> [options]",
      "",
      "Commands:",
      "  migrate    apply pending migrations, run their backfills and verifications",
      "             (contracts too on SQLite)",
      "  status     show every migration, backfill and verification; changes nothing",
      "  verify     run every verification again",
      "  complete   also apply pending contracts: run it once every instance runs the release",
      "             that no longer uses what they drop",
      "  resolve <version> --applied|--rolled-back",
      "             after a migration failed where DDL cannot be rolled back (MySQL, MariaDB)",
      "             and was repaired by hand: --applied once its remaining statements were run,",
      "             --rolled-back once the statements that ran were undone (migrate applies it",
      "             again from the start)",
      "",
      "Options:",
      "  --url <jdbc-url>     the database, for example jdbc:sqlite:app.db (required)",
      "  --user <name>        database user",
      "  --password <secret>  database password",
      "  --location <path>    class path folder of the migrations (default db/accordion)",
      "  --dir <path>         read <path>/<dialect>/V*.sql instead of the class path",
      "  --applied            (resolve) the failed migration's remaining statements were run,",
      "                       or it ran here and its history row is gone",
      "  --rolled-back        (resolve) the statements that ran were undone",
      "  --debug              print the stack trace of a failure",
      "");

  private Cli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns the exit code instead of exiting. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.print(USAGE);
      return 0;
    }
    Map<String, String> options = new HashMap<>();
    String problem = parse(args, options);
    if (problem != null) {
      err.println("accordion: " + problem);
      err.print(USAGE);
      return 2;
    }
    try {
      Accordion accordion = accordion(options);
      StatusReport report = switch (options.get("command")) {
        case "migrate" -> accordion.migrate();
        case "complete" -> accordion.complete();
        case "verify" -> accordion.verify();
        case "resolve" -> accordion.resolve(options.get("version"),
            options.containsKey("--applied") ? Resolution.APPLIED : Resolution.ROLLED_BACK);
        default -> accordion.status();
      };
      out.print(report.render());
      return 0;
    } catch (RuntimeException e) {
      err.println("accordion " + options.get("command") + " failed: " + e.getMessage());
      if (options.containsKey("--debug")) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }

  /** Fills {@code options} (the command under "command"); returns what is wrong, or null. */
  private static String parse(String[] args, Map<String, String> options) {
    if (args.length == 0) {
      return "missing command";
    }
    if (!COMMANDS.contains(args[0])) {
      return "unknown command '" + args[0] + "' (commands: " + String.join(", ", COMMANDS) + ")";
    }
    options.put("command", args[0]);
    int first = 1;
    if (args[0].equals("resolve")) {
      if (args.length < 2 || args[1].startsWith("--")) {
        return "resolve needs the version of the failed migration: resolve <version> "
            + "--applied|--rolled-back";
      }
      options.put("version", args[1]);
      first = 2;
    }
    for (int i = first; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--debug") || RESOLUTIONS.contains(option)) {
        options.put(option, "true");
      } else if (OPTIONS_WITH_VALUE.contains(option)) {
        if (i + 1 >= args.length) {
          return option + " needs a value";
        }
        options.put(option, args[++i]);
      } else {
        return "unknown option '" + option + "'";
      }
    }
    if (!options.containsKey("--url")) {
      return "--url is required";
    }
    if (options.containsKey("--location") && options.containsKey("--dir")) {
      return "give --location or --dir, not both";
    }
    long resolutions = RESOLUTIONS.stream().filter(options::containsKey).count();
    if (options.get("command").equals("resolve") && resolutions != 1) {
      return "resolve needs one of --applied (its remaining statements were run by hand) or "
          + "--rolled-back (the statements that ran were undone by hand)";
    }
    if (!options.get("command").equals("resolve") && resolutions > 0) {
      return "--applied and --rolled-back are for resolve only";
    }
    return null;
  }

  private static Accordion accordion(Map<String, String> options) {
    Accordion.Builder builder = Accordion.builder().dataSource(new DriverManagerDataSource(
        options.get("--url"), options.get("--user"), options.get("--password")));
    if (options.containsKey("--location")) {
      builder.location(options.get("--location"));
    }
    if (options.containsKey("--dir")) {
      builder.directory(Path.of(options.get("--dir")));
    }
    return builder.build();
  }
}
