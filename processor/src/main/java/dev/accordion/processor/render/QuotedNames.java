package dev.accordion.processor.render;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The identifiers a dialect quoted while one migration rendered, as they stand in its SQL: the
 * names the entities declare and those Accordion builds ({@link Naming}), which the identifier
 * limits are checked on. Every dialect quotes through one function, called from static helpers
 * all over the dialect's code; that function notes the name here, for the render running on
 * this thread, so the renderer learns the names without reading its SQL back.
 */
final class QuotedNames {

  private static final ThreadLocal<Set<String>> RENDERING = new ThreadLocal<>();

  private QuotedNames() {}

  /** {@code identifier}, as it will stand between the quotes, noted for the current render. */
  static String note(String identifier) {
    Set<String> names = RENDERING.get();
    if (names != null) {
      names.add(identifier);
    }
    return identifier;
  }

  /** Runs {@code render}, adding every name it quotes to {@code names}. */
  static <T> T collect(Set<String> names, Supplier<T> render) {
    Set<String> outer = RENDERING.get();
    Set<String> own = new LinkedHashSet<>();
    RENDERING.set(own);
    try {
      return render.get();
    } finally {
      RENDERING.set(outer);
      names.addAll(own);
      if (outer != null) {
        outer.addAll(own);
      }
    }
  }
}
