package dev.accordion.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * An {@code @Expand}: {@code from} is the attribute as written (empty when the source comes from
 * {@code @RenamedFrom}); each map entry keeps its annotation value for diagnostics;
 * {@code converter} is the converter class's qualified name, empty when there is none.
 */
public record ExpandDeclaration(
    AnnotationMirror mirror,
    String from,
    List<MapEntry> map,
    String converter,
    String sqlUp,
    String sqlDown,
    int batchSize) {

  public ExpandDeclaration {
    map = List.copyOf(map);
  }

  /** One {@code @ValueMap}, with the attribute values to underline. */
  public record MapEntry(
      String from, List<String> to, AnnotationValue fromValue, AnnotationValue toValue) {
    public MapEntry {
      to = List.copyOf(to);
    }
  }
}
