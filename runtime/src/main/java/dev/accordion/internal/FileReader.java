package dev.accordion.internal;

import dev.accordion.format.DialectName;
import dev.accordion.format.Versions;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a command's migration files on a thread of its own, while the command reads the history
 * table: a boot with nothing pending spends about as long on each, and on two cores the two
 * overlap. {@link #files} waits for the reading and throws what it threw.
 */
final class FileReader extends Thread {

  private final MigrationSource source;
  private final DialectName dialect;
  /** The highest version to read, or null for every file. */
  private final String target;
  private List<MigrationFile> files;
  private RuntimeException failure;
  private Error error;

  private FileReader(MigrationSource source, DialectName dialect, String target) {
    super("accordion-read-migrations");
    this.source = source;
    this.dialect = dialect;
    this.target = target;
    setDaemon(true);
  }

  /** Starts reading {@code dialect}'s files from {@code source}, up to {@code target} if set. */
  static FileReader start(MigrationSource source, DialectName dialect, String target) {
    FileReader reader = new FileReader(source, dialect, target);
    reader.start();
    return reader;
  }

  @Override
  public void run() {
    try {
      files = upToTarget(source.load(dialect));
    } catch (RuntimeException e) {
      failure = e;
    } catch (Error e) {
      error = e;
    }
  }

  /** The files, in version order, once read; what the reading threw, thrown here. */
  List<MigrationFile> files() {
    boolean interrupted = false;
    while (isAlive()) {
      try {
        join();
      } catch (InterruptedException e) {
        interrupted = true; // the reading is short: finish it, then pass the interrupt on
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (error != null) {
      throw error;
    }
    if (failure != null) {
      // Thrown again on this thread, whose stack the caller knows, with the reader's as cause.
      failure.addSuppressed(new Exception("while reading the migration files on " + getName()));
      throw failure;
    }
    return files;
  }

  private List<MigrationFile> upToTarget(List<MigrationFile> all) {
    if (target == null) {
      return all;
    }
    List<MigrationFile> upToTarget = new ArrayList<>();
    for (MigrationFile m : all) {
      if (Versions.ORDER.compare(m.version(), target) <= 0) {
        upToTarget.add(m);
      }
    }
    return upToTarget;
  }
}
