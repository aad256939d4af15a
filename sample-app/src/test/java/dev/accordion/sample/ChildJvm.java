package dev.accordion.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Accordion's command line in a JVM of its own, as a separately started application instance. */
final class ChildJvm {

  private ChildJvm() {}

  /** Starts {@code dev.accordion.Cli <args>} with this test's class path; output goes to {@code log}. */
  static Process cli(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.accordion.Cli");
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
