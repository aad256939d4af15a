package dev.accordion.processor.write;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.write.SnapshotJson.SchemaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and renders the committed snapshot, {@code schema.json}, in the format of
 * {@link SnapshotJson}: pretty-printed, keys in a fixed order, {@code \n} line endings, so it
 * diffs well in review and is identical on every machine.
 */
public final class SnapshotStore {

  public static final String FILE_NAME = "schema.json";

  /**
   * Shared, as Jackson intends once configured: a mapper builds its serializers on first use,
   * which would cost every compile in a build daemon or an IDE that keeps the processor loaded.
   * It sees the fields of {@link SnapshotJson}'s records and what {@link OneOrMany} marks for
   * itself, so a method on a record never becomes a key; a key no record has makes the snapshot
   * unreadable.
   */
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /** A snapshot as read: the schema, and the file's text. */
  public record Snapshot(Schema schema, String text) {}

  /** The snapshot in {@code directory}, or empty when there is none yet (the first compile). */
  public Optional<Snapshot> read(Path directory) throws IOException {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    // Parsed from the bytes, so Jackson detects the encoding and skips a byte order mark.
    byte[] bytes = Files.readAllBytes(file);
    return Optional.of(new Snapshot(schemaOf(MAPPER.readValue(bytes, SchemaJson.class)),
        new String(bytes, StandardCharsets.UTF_8)));
  }

  /**
   * The schema {@code json} describes. Well-formed JSON can still hold what no schema has (a
   * null in a list of columns), and that too is a snapshot that cannot be read.
   */
  private static Schema schemaOf(SchemaJson json) throws IOException {
    try {
      return json.toModel();
    } catch (RuntimeException e) {
      throw new IOException(
          "not a schema: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }
  }

  /**
   * The text of the snapshot of {@code next}: the file's own when {@code previous} has the same
   * schema (the everyday compile with nothing changed, which then renders nothing), otherwise
   * {@link #render}.
   */
  public String textOf(Schema next, Optional<Snapshot> previous) {
    if (previous.isPresent() && previous.get().schema().equals(next)) {
      return previous.get().text();
    }
    return render(next);
  }

  public String render(Schema schema) {
    try {
      return WRITER.writeValueAsString(SchemaJson.of(schema)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
