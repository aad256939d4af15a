package dev.accordion.sample;

import java.lang.reflect.Method;

/** Release 1's Reading (type-change): views an Integer, ref a UUID as text, a note. */
final class ReadingRelease1 extends ReshapingRelease {

  private final Method setViews = method("Reading", "setViews", Integer.class);
  private final Method getViews = method("Reading", "getViews");
  private final Method setRef = method("Reading", "setRef", String.class);
  private final Method getRef = method("Reading", "getRef");
  private final Method setNote = method("Reading", "setNote", String.class);
  private final Method getNote = method("Reading", "getNote");

  ReadingRelease1(Release release) {
    super(release);
  }

  void setViews(Object reading, Integer views) {
    call(setViews, reading, views);
  }

  Integer views(Object reading) {
    return (Integer) call(getViews, reading);
  }

  void setRef(Object reading, String ref) {
    call(setRef, reading, ref);
  }

  String ref(Object reading) {
    return (String) call(getRef, reading);
  }

  void setNote(Object reading, String note) {
    call(setNote, reading, note);
  }

  String note(Object reading) {
    return (String) call(getNote, reading);
  }
}
