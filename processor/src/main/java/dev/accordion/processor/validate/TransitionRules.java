package dev.accordion.processor.validate;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.ExpandDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules a column transition's fields must meet whatever its transform: the old fields take NULL
 * (the new release writes only the new ones), the generated accessors can reach every field,
 * the backfill can walk the key, and it has a batch size.
 */
public final class TransitionRules {

  private TransitionRules() {}

  /**
   * {@code field}'s {@code @Expand} from {@code oldFields} into {@code newFields}, on
   * {@code entity}.
   */
  public static ValidationReport fields(EntityDeclaration entity, FieldDeclaration field,
      ExpandDeclaration expand, List<FieldDeclaration> newFields,
      List<FieldDeclaration> oldFields) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (FieldDeclaration oldField : oldFields) {
      if (!oldField.column().nullable()) {
        report.report(Message.EXPAND_SOURCE_NOT_NULLABLE, oldField.element(), oldField.name());
      }
    }
    List<FieldDeclaration> accessed = new ArrayList<>(newFields);
    accessed.addAll(oldFields);
    for (FieldDeclaration one : accessed) {
      if (one.isPrivate()) {
        report.report(
            Message.FIELD_NOT_ACCESSIBLE,
            one.element(),
            one.name(),
            entity.type().getSimpleName() + "Accessors");
      }
    }
    // The backfill walks the key upwards from below the smallest integer or text key. Any other
    // storage (a UUID's BLOB, REAL, dates) sorts apart from that start: SQLite puts BLOB above
    // all TEXT, so such a walk would never finish.
    FieldDeclaration key = entity.keys().get(0);
    ColumnType keyType = key.column().type();
    if (!keyType.isIntegral() && !keyType.isText()) {
      report.report(
          Message.KEY_NOT_WALKABLE,
          field.element(),
          expand.mirror(),
          field.name(),
          entity.type().getSimpleName(),
          key.name(),
          keyType.javaType() + " (a " + keyType.kind() + " column)");
    }
    if (expand.batchSize() <= 0) {
      report.report(
          Message.BATCH_SIZE_NOT_POSITIVE,
          field.element(),
          expand.mirror(),
          expand.batchSizeValue(),
          field.name(),
          expand.batchSize());
    }
    return report.build();
  }
}
