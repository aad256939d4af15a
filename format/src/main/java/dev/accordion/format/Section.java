package dev.accordion.format;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The sections of a migration file, in the only order they may appear, each with the attributes
 * its marker line takes ({@code -- accordion:backfill batch=1000 key-type=integer start=0}).
 * What each holds is in docs/migration-files.md.
 */
public enum Section {
  FOOTPRINT(Set.of()),
  GUARD(Set.of()),
  DDL(Set.of(Section.FOREIGN_KEYS)),
  ONLINE(Set.of()),
  BACKFILL(Set.of(Section.BATCH, Section.KEY_TYPE, Section.START)),
  VERIFY(Set.of(Section.ON_MISMATCH));

  /** Starts every line the runtime reads beyond SQL: the header and the section markers. */
  public static final String MARKER = "-- accordion:";

  /** {@code ddl}: {@code off} on SQLite for a table rebuild, else {@code on} (the default). */
  public static final String FOREIGN_KEYS = "foreign-keys";
  /** {@code backfill}: the rows of one batch. */
  public static final String BATCH = "batch";
  /** {@code backfill}: {@code integer} or {@code text}, the type of the key walked. */
  public static final String KEY_TYPE = "key-type";
  /** {@code backfill}: the smallest key of its type, where the walk starts, inclusive. */
  public static final String START = "start";
  /** {@code verify}: {@code wait} (the default) or {@code refuse}. */
  public static final String ON_MISMATCH = "on-mismatch";

  private final Set<String> attributes;

  Section(Set<String> attributes) {
    this.attributes = attributes;
  }

  /** As written after {@link #MARKER}: {@code footprint}, {@code guard}, ... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The attributes its marker may carry. */
  public Set<String> attributes() {
    return attributes;
  }

  /** The marker line without attributes: {@code -- accordion:ddl}. */
  public String marker() {
    return MARKER + word();
  }

  public static Optional<Section> fromWord(String word) {
    for (Section section : values()) {
      if (section.word().equals(word)) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }

  /** Every word in order, for messages: {@code footprint, guard, ddl, online, backfill, verify}. */
  public static String words() {
    StringBuilder words = new StringBuilder();
    for (Section section : values()) {
      words.append(words.length() == 0 ? "" : ", ").append(section.word());
    }
    return words.toString();
  }
}
