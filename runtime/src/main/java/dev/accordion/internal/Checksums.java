package dev.accordion.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checksum of a migration file, independent of the line endings of its checkout. */
final class Checksums {

  private Checksums() {}

  static String normaliseLineEndings(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** SHA-256, lower-case hex, of the text with {@code \r\n} and {@code \r} turned into {@code \n}. */
  static String of(String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha256.digest(normaliseLineEndings(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
