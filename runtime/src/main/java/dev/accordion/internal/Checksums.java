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

  /**
   * Looked up once and cloned per file: each {@code getInstance} creates the digest through
   * reflection, and a boot hashing hundreds of files would have the JDK generate accessor
   * bytecode for it.
   */
  private static final MessageDigest SHA_256;

  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** SHA-256, lower-case hex, of the text with {@code \r\n} and {@code \r} turned into {@code \n}. */
  static String of(String text) {
    return ofNormalised(normaliseLineEndings(text));
  }

  /** {@link #of} of a text whose line endings are normalised already. */
  static String ofNormalised(String text) {
    MessageDigest sha256;
    try {
      sha256 = (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      try {
        sha256 = MessageDigest.getInstance("SHA-256"); // a provider whose digest cannot be cloned
      } catch (NoSuchAlgorithmException impossible) {
        throw new IllegalStateException("every Java runtime has SHA-256", impossible);
      }
    }
    byte[] hash = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash);
  }
}
