package dev.accordion.format;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum of a migration file, independent of the line endings of its checkout: CRC-32 of
 * its UTF-8 bytes, as eight lower-case hex digits (Flyway's checksum is a CRC-32 too). It is
 * there to catch an applied file that was edited, not a forger, and a boot checks every one:
 * CRC-32 runs as one intrinsic even before the JIT has compiled anything.
 */
public final class Checksums {

  private Checksums() {}

  public static String normaliseLineEndings(String text) {
    if (text.indexOf('\r') < 0) {
      return text; // one scan for the usual file, not two replacements
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The checksum of a text whose line endings are normalised ({@link #normaliseLineEndings}). */
  public static String ofNormalised(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    String hex = Long.toHexString(crc.getValue());
    return "00000000".substring(hex.length()) + hex;
  }
}
