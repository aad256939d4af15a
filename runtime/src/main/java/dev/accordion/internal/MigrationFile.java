package dev.accordion.internal;

import dev.accordion.format.MigrationKind;
import java.util.List;
import java.util.function.Supplier;

/**
 * A migration file: its name, header and checksum, read when the file is loaded, and its
 * sections, parsed on first use. A boot with nothing pending needs only the checksums of the
 * applied files; the runtime parses every pending file before it applies any, so a broken one
 * still stops the boot before anything runs.
 */
final class MigrationFile {

  /**
   * The sections.
   *
   * @param footprint the count of what the migration leaves in the schema, or null
   * @param online statements run one by one outside a transaction after the DDL commits
   * @param backfill the backfill section, or null
   * @param verify the verification, or null
   */
  record Body(
      String footprint,
      List<String> guards,
      List<String> ddl,
      boolean foreignKeysOff,
      List<String> online,
      BackfillSection backfill,
      VerifySection verify,
      boolean refuseOnMismatch) {}

  private final String version;
  private final String description;
  private final String fileName;
  private final MigrationKind kind;
  private final String transition;
  private final String checksum;
  private final boolean mentionsVerify;
  private final boolean mentionsOnline;
  private final List<String> notes;
  private Supplier<Body> parse;
  private Body body;

  /**
   * @param transition the transition id, or null
   * @param mentionsVerify whether the text has a verify marker at all, and
   * @param mentionsOnline an online one: a boot tells the files without those sections from the
   *     rest without parsing them
   * @param notes the comment lines for people between the header and the first section
   */
  MigrationFile(String version, String description, String fileName, MigrationKind kind,
      String transition, String checksum, boolean mentionsVerify,
      boolean mentionsOnline, List<String> notes, Supplier<Body> parse) {
    this.mentionsVerify = mentionsVerify;
    this.mentionsOnline = mentionsOnline;
    this.notes = List.copyOf(notes);
    this.version = version;
    this.description = description;
    this.fileName = fileName;
    this.kind = kind;
    this.transition = transition;
    this.checksum = checksum;
    this.parse = parse;
  }

  String version() {
    return version;
  }

  String description() {
    return description;
  }

  String fileName() {
    return fileName;
  }

  MigrationKind kind() {
    return kind;
  }

  /** The transition id, or null. */
  String transition() {
    return transition;
  }

  String checksum() {
    return checksum;
  }

  /** The sections, parsed now if they were not yet; a broken file throws here. */
  synchronized Body body() {
    if (body == null) {
      body = parse.get();
      parse = null;
    }
    return body;
  }

  List<String> notes() {
    return notes;
  }

  List<String> guards() {
    return body().guards();
  }

  List<String> ddl() {
    return body().ddl();
  }

  boolean foreignKeysOff() {
    return body().foreignKeysOff();
  }

  List<String> online() {
    return mentionsOnline ? body().online() : List.of();
  }

  /** The backfill section, or null. */
  BackfillSection backfill() {
    return body().backfill();
  }

  /** The verification, or null. */
  VerifySection verify() {
    return mentionsVerify ? body().verify() : null;
  }

  /** The query counting what this migration leaves in the schema, or null. */
  String footprint() {
    return body().footprint();
  }

  boolean refuseOnMismatch() {
    return body().refuseOnMismatch();
  }

  boolean isContract() {
    return kind == MigrationKind.CONTRACT;
  }

  /** How logs name what is happening: the transition if there is one, else the file. */
  String subject() {
    return transition != null ? transition + " (" + fileName + ")" : fileName;
  }

  @Override
  public String toString() {
    return fileName;
  }
}
