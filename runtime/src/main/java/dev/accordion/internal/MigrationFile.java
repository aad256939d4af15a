package dev.accordion.internal;

import java.util.List;

/**
 * A parsed migration file.
 *
 * @param transition the transition id, or null
 * @param notes the comment lines for people between the header and the first section
 * @param online statements run one by one outside a transaction after the DDL commits
 * @param backfill the backfill section, or null
 * @param verify the verification statement, or null
 */
record MigrationFile(
    String version,
    String description,
    String fileName,
    MigrationKind kind,
    String transition,
    String checksum,
    List<String> notes,
    List<String> guards,
    List<String> ddl,
    boolean foreignKeysOff,
    List<String> online,
    BackfillSection backfill,
    String verify,
    boolean refuseOnMismatch) {

  boolean isContract() {
    return kind == MigrationKind.CONTRACT;
  }

  /** How logs name what is happening: the transition if there is one, else the file. */
  String subject() {
    return transition != null ? transition + " (" + fileName + ")" : fileName;
  }
}
