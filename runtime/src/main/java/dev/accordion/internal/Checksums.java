package dev.accordion.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The checksum of a migration file, independent of the line endings of its checkout: CRC-32 of
 * its UTF-8 bytes, as eight lower-case hex digits (Flyway's checksum is a CRC-32 too). It is
 * there to catch an applied file that was edited, not a forger, and a boot checks every one:
 * CRC-32 runs as one intrinsic even before the JIT has compiled anything, where SHA-256 ran
 * interpreted and cost a third of a boot with 200 applied files.
 *
 * <p>Histories written before kept SHA-256 (64 hex digits); {@link MigrationFile#hasChecksum}
 * still reads them.
 */
final class Checksums {

  private Checksums() {}

  static String normaliseLineEndings(String text) {
    if (text.indexOf('\r') < 0) {
      return text; // one scan for the usual file, not two replacements
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The checksum of a text whose line endings are normalised ({@link #normaliseLineEndings}). */
  static String ofNormalised(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    String hex = Long.toHexString(crc.getValue());
    return "00000000".substring(hex.length()) + hex;
  }

  /** The length of a SHA-256 checksum in hex, as histories written before CRC-32 hold. */
  private static final int SHA_256_HEX_LENGTH = 64;

  /** Whether a history row's checksum is SHA-256, written before Accordion used CRC-32. */
  static boolean isSha256(String recorded) {
    return recorded.length() == SHA_256_HEX_LENGTH;
  }

  /** SHA-256, lower-case hex, of a text whose line endings are normalised already. */
  static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
