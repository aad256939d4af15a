package dev.accordion.processor.validate;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.ExpandDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules a transition's fields must meet whatever its transform: the old fields take NULL (the
 * new release writes only the new ones), the backfill can walk the key, and it has a batch
 * size; a link moved or become a join table also needs matching key types, or a unique pair of
 * join columns.
 */
public final class TransitionRules {

  private TransitionRules() {}

  /** {@code field}'s {@code @Expand} from {@code oldFields}, on {@code entity}. */
  public static ValidationReport fields(EntityDeclaration entity, FieldDeclaration field,
      ExpandDeclaration expand, List<FieldDeclaration> oldFields) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (FieldDeclaration oldField : oldFields) {
      if (oldField.column().isNotNull()) {
        report.report(Message.EXPAND_SOURCE_NOT_NULLABLE, oldField.element(), oldField.name());
      }
    }
    if (field.column().type().declaresNotNull()) {
      // The expand adds the new column to a table with rows, nullable until its contract.
      report.report(Message.NOT_NULL_WITHOUT_DEFAULT, field.element(), entity.tableName(),
          field.column().name());
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

  /**
   * A link moving to {@code owner}'s {@code field} from {@code oldColumn} of {@code source}
   * (mapped there by {@code oldField}), named {@code from}: the first refusal, if any.
   */
  public static ValidationReport link(EntityDeclaration entity, FieldDeclaration field,
      ExpandDeclaration expand, String from, Table owner, Table source, Column oldColumn,
      FieldDeclaration oldField) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (oldColumn.isNotNull()) {
      // The new release creates source rows without the old link; triggers fill it after.
      return report.report(Message.EXPAND_SOURCE_NOT_NULLABLE, oldField.element(),
          oldField.name()).build();
    }
    if (expand.batchSize() <= 0) {
      return report.report(Message.BATCH_SIZE_NOT_POSITIVE, field.element(), expand.mirror(),
          expand.batchSizeValue(), field.name(), expand.batchSize()).build();
    }
    Column declared = field.column();
    Column ownerKey = owner.key();
    Column sourceKey = source.key();
    if (!oldColumn.type().sameStorageAs(ownerKey.type())
        || !declared.type().sameStorageAs(sourceKey.type())) {
      report.report(Message.LINK_TYPES_DIFFER, field.element(), expand.mirror(),
          field.name(), from, oldColumn.type().describe(), owner.name(),
          ownerKey.type().describe(), declared.type().describe(), source.name(),
          sourceKey.type().describe());
    } else if (!ownerKey.type().isIntegral() && !ownerKey.type().isText()) {
      report.report(Message.KEY_NOT_WALKABLE, field.element(), expand.mirror(),
          field.name(), entity.type().getSimpleName(), ownerKey.name(),
          ownerKey.type().javaType());
    }
    return report.build();
  }

  /**
   * A new join table, {@code join} (a join entity's, or a collection's), filled from
   * {@code source}'s link {@code oldColumn} (mapped there by {@code oldField}) through its
   * fields {@code keyField} (the source's key) and {@code valueField} (the link): the first
   * refusal, if any. The pair must be unique (the table's key, or a unique index), and a link
   * with a foreign key fills only a column with the same one.
   */
  public static ValidationReport join(EntityDeclaration join, Table source,
      EntityDeclaration sourceEntity, FieldDeclaration keyField, FieldDeclaration valueField,
      Column oldColumn, FieldDeclaration oldField) {
    ValidationReport.Builder report = ValidationReport.builder();
    var expand = valueField.expand().get();
    ColumnType sourceKeyType = source.key().type();
    Set<String> pair = Set.of(keyField.column().name(), valueField.column().name());
    boolean pairIsKey =
        Set.copyOf(join.keys().stream().map(f -> f.column().name()).toList()).equals(pair);
    Optional<Column.Reference> reference = oldColumn.references();
    if (oldColumn.isNotNull()) {
      // Removing a post's last author leaves its old link NULL.
      report.report(Message.EXPAND_SOURCE_NOT_NULLABLE, oldField.element(), oldField.name());
    } else if (expand.batchSize() <= 0) {
      report.report(Message.BATCH_SIZE_NOT_POSITIVE, valueField.element(), expand.mirror(),
          expand.batchSizeValue(), valueField.name(), expand.batchSize());
    } else if (!sourceKeyType.isIntegral() && !sourceKeyType.isText()) {
      report.report(Message.KEY_NOT_WALKABLE, valueField.element(), expand.mirror(),
          valueField.name(), sourceEntity.type().getSimpleName(), source.key().name(),
          sourceKeyType.javaType());
    } else if (reference.isPresent() && !valueField.column().references().equals(reference)) {
      // Its keys would break the join column's foreign key, or lose the one they had.
      report.report(Message.EXPAND_FROM_FOREIGN_KEY, valueField.element(), expand.mirror(),
          valueField.name(), source.name(), oldColumn.name(), reference.get().table());
    } else if (!pairIsKey && join.indexes().stream()
        .noneMatch(i -> i.unique() && Set.copyOf(i.columns()).equals(pair))) {
      report.report(Message.JOIN_NOT_UNIQUE, join.type(), join.type().getSimpleName(),
          keyField.column().name(), valueField.column().name(), join.tableName(),
          keyField.column().name(), valueField.column().name());
    }
    return report.build();
  }
}
