package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.UUID;

/**
 * Release 2's Reading (type-change), which release 3 keeps: views widened to viewCount, a Long;
 * ref converted to reference, a UUID; the note longer.
 */
final class ReadingRelease2 extends ReshapingRelease {

  private final Method setViewCount = method("Reading", "setViewCount", Long.class);
  private final Method getViewCount = method("Reading", "getViewCount");
  private final Method setReference = method("Reading", "setReference", UUID.class);
  private final Method getReference = method("Reading", "getReference");
  private final Method setNote = method("Reading", "setNote", String.class);
  private final Method getNote = method("Reading", "getNote");

  ReadingRelease2(Release release) {
    super(release);
  }

  void setViewCount(Object reading, Long viewCount) {
    call(setViewCount, reading, viewCount);
  }

  Long viewCount(Object reading) {
    return (Long) call(getViewCount, reading);
  }

  void setReference(Object reading, UUID reference) {
    call(setReference, reading, reference);
  }

  UUID reference(Object reading) {
    return (UUID) call(getReference, reading);
  }

  void setNote(Object reading, String note) {
    call(setNote, reading, note);
  }

  String note(Object reading) {
    return (String) call(getNote, reading);
  }
}
