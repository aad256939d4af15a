package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.format.DialectName;
import dev.accordion.format.Versions;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Where the migration files of one dialect come from. */
interface MigrationSource {

  /** The dialect's migrations, sorted by version. */
  List<MigrationFile> load(DialectName dialect);

  /** A class, not a lambda: a boot sorts in a cold JVM, where a lambda's first call spins one. */
  Comparator<MigrationFile> BY_VERSION = new Comparator<>() {
    @Override
    public int compare(MigrationFile a, MigrationFile b) {
      return Versions.compare(a.version(), b.version());
    }
  };

  /** Sorts by version and refuses two files with the same version. */
  static List<MigrationFile> inVersionOrder(List<MigrationFile> migrations, String where) {
    List<MigrationFile> sorted = new ArrayList<>(migrations);
    sorted.sort(BY_VERSION);
    for (int i = 1; i < sorted.size(); i++) {
      MigrationFile previous = sorted.get(i - 1);
      MigrationFile next = sorted.get(i);
      if (Versions.ORDER.compare(previous.version(), next.version()) == 0) {
        throw new AccordionException(previous.fileName() + " and " + next.fileName() + " in " + where
            + " have the same version " + next.version() + ". Every migration needs its own "
            + "version: rename one of them (only one that was never applied).");
      }
    }
    return List.copyOf(sorted);
  }

  /**
   * A file's bytes as UTF-8. Decoded leniently first (the fast path for the files of a boot);
   * only a text with a replacement character is decoded again strictly, to refuse a file that
   * is not UTF-8 rather than run SQL with characters replaced.
   */
  static String decode(byte[] bytes, String where) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AccordionException(where + " is not valid UTF-8. Save it as UTF-8 (the encoding "
          + "the processor writes) and start again.");
    }
  }
}
