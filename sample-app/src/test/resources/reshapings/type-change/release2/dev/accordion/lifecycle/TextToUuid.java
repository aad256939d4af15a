package dev.accordion.lifecycle;

import dev.accordion.Converter;
import java.util.UUID;

/** A UUID kept as text, and back. */
public class TextToUuid implements Converter<String, UUID> {
  @Override
  public UUID up(String text) {
    return UUID.fromString(text);
  }

  @Override
  public String down(UUID uuid) {
    return uuid.toString();
  }
}
