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
    return ofUtf8(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The checksum of a file's UTF-8 bytes as read, when its text holds no {@code \r}: the same
   * as {@link #ofNormalised} of its text, without encoding the text again.
   */
  public static String ofUtf8(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    String hex = Long.toHexString(crc.getValue());
    return "00000000".substring(hex.length()) + hex;
  }
}
