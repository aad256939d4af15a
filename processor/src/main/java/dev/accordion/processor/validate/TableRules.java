package dev.accordion.processor.validate;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Sequence;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.plan.Operation;
import dev.accordion.processor.plan.Plan;
import dev.accordion.processor.plan.PlannedMigration;
import dev.accordion.processor.read.EntityDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Rules about whole tables: their renames, and tables no entity maps any more. */
public final class TableRules {

  private TableRules() {}

  /**
   * Each table is declared once: by an entity, or by a collection field's join or collection
   * table. Names are compared as the databases compare them, ignoring case.
   */
  public static ValidationReport mappedOnce(List<EntityDeclaration> entities) {
    ValidationReport.Builder report = ValidationReport.builder();
    java.util.Map<String, EntityDeclaration> byTable = new java.util.HashMap<>();
    // Entities' own tables first, so a collection table is reported against the entity's.
    List<EntityDeclaration> ownFirst = entities.stream()
        .sorted(java.util.Comparator.comparing(EntityDeclaration::isCollectionTable)).toList();
    for (EntityDeclaration entity : ownFirst) {
      EntityDeclaration first = byTable.putIfAbsent(
          entity.tableName().toLowerCase(java.util.Locale.ROOT), entity);
      if (first != null) {
        report.report(Message.TABLE_MAPPED_TWICE, entity.collection()
                .map(Element.class::cast).orElse(entity.type()),
            entity.tableName(), first.describe(), entity.describe());
      }
    }
    return report.build();
  }

  /** On a class, {@code @Expand} takes only the old table's name and a batch size. */
  public static ValidationReport expandAttributes(EntityDeclaration entity) {
    ValidationReport.Builder report = ValidationReport.builder();
    var expand = entity.expand().get();
    String name = entity.type().getSimpleName().toString();
    List<String> misplaced = new ArrayList<>();
    if (expand.from().size() > 1) {
      misplaced.add("from (more than one table)");
    }
    if (!expand.into().isEmpty()) {
      misplaced.add("into");
    }
    if (!expand.map().isEmpty()) {
      misplaced.add("map");
    }
    if (expand.converter().isPresent()) {
      misplaced.add("converter");
    }
    if (!expand.sql().up().isEmpty() || !expand.sql().down().isEmpty()) {
      misplaced.add(expand.sql().up().isEmpty() ? "sqlDown" : "sqlUp");
    }
    if (!expand.sql().dialects().isEmpty()) {
      misplaced.add("dialectSql");
    }
    for (String attribute : misplaced) {
      report.report(Message.TABLE_EXPAND_ATTRIBUTE, entity.type(), expand.mirror(), name,
          attribute);
    }
    if (expand.batchSize() <= 0) {
      report.report(Message.BATCH_SIZE_NOT_POSITIVE, entity.type(), expand.mirror(),
          expand.batchSizeValue(), name, expand.batchSize());
    }
    return report.build();
  }

  /**
   * The keys of an existing table keep coming from the sequence they came from (by name, start
   * and allocation), or from none. Whether the database generates them is
   * {@link ColumnRules}' to judge.
   */
  public static ValidationReport keySequence(EntityDeclaration entity, Table declared,
      Table existing) {
    if (declared.keySequence().equals(existing.keySequence())) {
      return ValidationReport.clean();
    }
    return ValidationReport.builder()
        .report(Message.KEY_SEQUENCE_CHANGED, entity.type(), existing.name(),
            describe(declared.keySequence()), describe(existing.keySequence()))
        .build();
  }

  private static String describe(Optional<Sequence> sequence) {
    return sequence.map(s -> "sequence " + s.name() + " (from " + s.start() + ", "
        + s.increment() + " at a time)").orElse("no sequence");
  }

  /**
   * Whether the entity, which declares {@code declared}, has the columns, key and indexes
   * {@code table} has: while a table is renamed, older releases read and write it under its old
   * name as it is. Reports the first difference.
   */
  public static ValidationReport sameShape(EntityDeclaration entity, Table declared, Table table,
      String oldName) {
    String change = null;
    for (Column column : table.columns()) {
      Optional<Column> now = declared.column(column.name());
      if (now.isEmpty()) {
        change = "no field maps column " + column.name() + " any more";
      } else if (!now.get().type().sameStorageAs(column.type())
          || !now.get().type().enumConstants().equals(column.type().enumConstants())
          || now.get().nullable() != column.nullable() || now.get().unique() != column.unique()
          || now.get().identity() != column.identity()) {
        change = "field '" + now.get().field() + "' changes column " + column.name();
      }
      if (change != null) {
        break;
      }
    }
    if (change == null) {
      change = declared.columns().stream().filter(c -> table.column(c.name()).isEmpty())
          .findFirst().map(c -> "field '" + c.field() + "' adds column " + c.name()).orElse(null);
    }
    if (change == null && !Set.copyOf(declared.indexes()).equals(Set.copyOf(table.indexes()))) {
      change = "its indexes change";
    }
    if (change == null && !declared.primaryKey().equals(table.primaryKey())) {
      change = "its primary key changes";
    }
    if (change == null && !declared.keySequence().equals(table.keySequence())) {
      change = "its keys would come from " + declared.keySequence().map(Sequence::name)
          .map(n -> "sequence " + n).orElse("no sequence") + " instead of "
          + table.keySequence().map(s -> "sequence " + s.name()).orElse("no sequence")
          + " (name the old one with @SequenceGenerator(sequenceName = ...))";
    }
    if (change == null) {
      return ValidationReport.clean();
    }
    AnnotationMirror mirror = entity.expand().map(e -> e.mirror())
        .orElseGet(() -> entity.contract().get().mirror());
    return ValidationReport.builder()
        .report(Message.TABLE_RENAME_WITH_CHANGES, entity.type(), mirror,
            entity.type().getSimpleName(), oldName, entity.tableName(), change)
        .build();
  }

  /**
   * While a table is being renamed, nothing else may change it under either name (the
   * rename's own expand and contract aside), and no other entity may map its old name: judged
   * on the plan, whose operations say what would change.
   */
  public static ValidationReport renamesInFlight(Schema snapshot, List<EntityDeclaration> all,
      Plan plan) {
    // The schema migration's operations, the expands' and the contracts', in that order.
    List<Operation> planned = plan.migrations().stream()
        .map(PlannedMigration::operations)
        .flatMap(List::stream)
        .filter(op -> !(op instanceof Operation.RemoveEnumValues))
        .toList();
    ValidationReport.Builder report = ValidationReport.builder();
    List<Transition> renames = snapshot.transitions().stream()
        .filter(Transition::isTableRename).toList();
    for (Transition t : renames) {
      Set<String> names = Set.of(t.table(), t.oldTable());
      Optional<EntityDeclaration> renamed =
          all.stream().filter(e -> e.tableName().equals(t.table())).findFirst();
      String renamedName = renamed.map(e -> e.type().getSimpleName().toString()).orElse(t.table());
      for (EntityDeclaration other : all) {
        if (other.tableName().equals(t.oldTable())) {
          String name = other.type().getSimpleName().toString();
          report.report(Message.TABLE_RENAME_OLD_STILL_MAPPED, other.type(), renamedName,
              t.oldTable(), name, name);
        }
      }
      for (Operation op : planned) {
        boolean own = op.ofTransition().filter(t::equals).isPresent();
        boolean mapsOldName = op instanceof Operation.CreateTable c
            && c.table().name().equals(t.oldTable()); // reported just above
        if (own || mapsOldName || op.tables().stream().noneMatch(names::contains)) {
          continue;
        }
        String table = op.tables().stream().filter(names::contains).findFirst().orElseThrow();
        Optional<EntityDeclaration> cause = all.stream()
            .filter(e -> op.tables().contains(e.tableName()) && !names.contains(e.tableName()))
            .findFirst().or(() -> renamed);
        report.report(Message.TABLE_RENAME_IN_FLIGHT,
            cause.<Element>map(EntityDeclaration::type)
                .orElse(all.isEmpty() ? null : all.get(0).type()),
            "Migration step '" + op.describe() + "'", table, t.oldTable(), t.table());
      }
    }
    return report.build();
  }

  /**
   * A table renamed by {@code entity}'s class-level {@code @Expand} ({@code mirror}) from
   * {@code before}: where a database copies it, a backfill walks its key, which must be an
   * integer or text.
   */
  public static ValidationReport renamedKeyWalkable(EntityDeclaration entity,
      AnnotationMirror mirror, Table before, List<? extends DialectCapabilities> dialects) {
    ColumnType keyType = before.key().type();
    boolean copied = dialects.stream().anyMatch(DialectCapabilities::copiesRenamedTable);
    if (!copied || keyType.isIntegral() || keyType.isText()) {
      return ValidationReport.clean();
    }
    String name = entity.type().getSimpleName().toString();
    return ValidationReport.builder()
        .report(Message.KEY_NOT_WALKABLE, entity.type(), mirror, name, name,
            before.key().name(), keyType.javaType())
        .build();
  }

  /**
   * A snapshot table no entity maps, whose class is gone: dropping it loses its rows, so it is
   * an error. The class is gone, so {@code anchor} (the first entity of the compile) carries the
   * file and line.
   */
  public static ValidationReport dropped(Table table, Element anchor, Path snapshotFile) {
    return ValidationReport.builder()
        .report(Message.TABLE_DROPPED, anchor, table.entity(), table.name(), snapshotFile,
            table.name())
        .build();
  }
}
