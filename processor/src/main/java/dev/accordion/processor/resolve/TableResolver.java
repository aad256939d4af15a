package dev.accordion.processor.resolve;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.plan.ColumnChange;
import dev.accordion.processor.plan.TableDraft;
import dev.accordion.processor.plan.TableIntent;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import dev.accordion.processor.read.RenameDeclaration;
import dev.accordion.processor.validate.ColumnRules;
import dev.accordion.processor.validate.RenameRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import javax.lang.model.element.Element;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The changes to one table that the snapshot has and an entity still maps: its fields in order
 * (columns kept, added, renamed or retyped in place), its indexes, then the transitions its
 * fields begin ({@link ColumnTransitions}) and finish, and last the columns no field maps.
 * Each change is judged against the table as the changes before it leave it.
 */
final class TableResolver {

  final Walk walk;
  final EntityDeclaration entity;
  final Table before;
  final ValidationReport.Builder report;
  /** The table as the changes resolved so far leave it. */
  TableDraft table;
  /** The snapshot's columns a field of this compile maps, renames or transitions. */
  final Set<String> accounted = new HashSet<>();
  /** Old columns of this release's expands: the expand itself relaxes them. */
  private final Set<String> expandSources = new HashSet<>();
  /** The fields a split names in {@code into} besides the annotated one: the expand adds them. */
  private final Set<String> splitTargets = new HashSet<>();
  private final List<ColumnChange> changes = new ArrayList<>();
  /** The joins on several columns this table would gain, each reported once (ACC333). */
  private final Set<javax.lang.model.element.Element> compositeJoinsRefused = new HashSet<>();

  TableResolver(Walk walk, EntityDeclaration entity, Table before) {
    this.walk = walk;
    this.entity = entity;
    this.before = before;
    this.report = walk.report;
    this.table = TableDraft.of(before, entity.qualifiedName());
  }

  void record(ColumnChange change) {
    changes.add(change);
    table = change.applyTo(table);
  }

  TableIntent resolve() {
    Optional<javax.lang.model.element.TypeElement> origin = Optional.of(entity.type());
    if (!keyStays()) {
      return new TableIntent.Keep(origin, before); // the table is left as it is
    }
    report.add(RenameRules.cycles(entity, table::has));
    report.add(RenameRules.sourcesTakenOnce(entity, before.name(), walk.inFlight.values(),
        this::columnOf));
    for (FieldDeclaration field : entity.fields()) {
      field.expand().ifPresent(e -> {
        field.sources().stream().map(this::columnOf).forEach(expandSources::add);
        e.into().stream().filter(name -> !name.equals(field.name())).forEach(splitTargets::add);
      });
    }
    for (FieldDeclaration field : entity.fields()) {
      if (field.expand().isEmpty() && field.contract().isEmpty()
          && !(splitTargets.contains(field.name()) && !table.has(field.column().name()))) {
        plainField(field);
      }
    }
    Map<String, Index> declared = new LinkedHashMap<>();
    entity.indexes().forEach(i -> declared.put(i.name(), i));
    record(new ColumnChange.Indexes(List.copyOf(declared.values())));
    ColumnTransitions transitions = new ColumnTransitions(this);
    for (FieldDeclaration field : entity.fields()) {
      field.expand().ifPresent(e -> transitions.expand(field));
    }
    for (FieldDeclaration field : entity.fields()) {
      if (field.expand().isEmpty()) {
        field.contract().ifPresent(c -> transitions.contract(field));
      }
    }
    unmapped();
    return new TableIntent.Alter(origin, before, entity.qualifiedName(), changes);
  }

  /**
   * The snapshot's columns no field maps: an old column a link contract of another entity drops
   * goes; any other would be dropped with its data, which is refused.
   */
  private void unmapped() {
    for (Column column : before.columns()) {
      if (accounted.contains(column.name())) {
        continue;
      }
      if (walk.linkContracts.getOrDefault(before.name(), Set.of()).contains(column.name())) {
        record(new ColumnChange.DropMovedLink(column.name()));
        continue;
      }
      Optional<Transition> transition =
          walk.inFlight.values().stream()
              .filter(t -> t.sourceTable().equals(before.name())
                  && t.oldColumns().contains(column.name()))
              .findFirst();
      if (transition.isPresent()) {
        report.report(
            Message.OLD_FIELD_REMOVED_WITHOUT_CONTRACT,
            entity.type(),
            before.name(),
            column.name(),
            transition.get().id(),
            column.name());
      } else if (entity.isCollectionTable() && column.references().isPresent()) {
        Column.Reference target = column.references().get();
        // A collection table's first column is its owner's; a join table's other one, the target's.
        boolean owner = before.columns().get(0).name().equals(column.name());
        report.report(Message.JOIN_COLUMN_RENAMED, entity.collection().get(), before.name(),
            column.name(), target.table() + "." + target.column(),
            entity.collectionTableAnnotation(), owner ? "joinColumns" : "inverseJoinColumns",
            column.name());
      } else {
        report.report(
            Message.COLUMN_DROPPED, entity.type(), before.name(), column.name(), column.name());
      }
    }
  }

  /**
   * Whether the key stays on its column (or on that column renamed). An {@code @Id} moved to a
   * column the table has, or away from a column a field still maps, would change the primary
   * key in place: reported. A key column renamed without {@code @RenamedFrom} is left to
   * ACC501, as any column. A key of several columns, or none (a join table's), stays only as
   * it is.
   */
  /**
   * Whether the key of a join or collection table differs only by join columns that would take
   * another name (a renamed key they point at): {@link #unmapped} reports those (ACC515).
   */
  private boolean joinColumnsRenamed(List<String> declared) {
    return entity.isCollectionTable() && before.primaryKey().size() == declared.size()
        && before.primaryKey().stream().filter(c -> !declared.contains(c))
            .allMatch(c -> before.requireColumn(c).references().isPresent()
                && entity.fieldForColumn(c).isEmpty());
  }

  private boolean keyStays() {
    List<String> declared = entity.keys().stream().map(f -> f.column().name()).toList();
    if (before.primaryKey().size() != 1 || declared.size() != 1) {
      if (before.primaryKey().equals(declared) || joinColumnsRenamed(declared)) {
        return true;
      }
      report.report(Message.COMPOSITE_KEY_CHANGED,
          entity.collection().map(Element.class::cast).orElse(entity.type()),
          before.name(), before.primaryKey(), declared);
      return false;
    }
    String was = before.primaryKey().get(0);
    FieldDeclaration key = entity.keys().get(0);
    String now = key.column().name();
    if (now.equals(was) || renames(key, was)) {
      return true;
    }
    boolean oldKeyStillMapped = entity.fields().stream()
        .anyMatch(f -> f != key && (f.column().name().equals(was) || renames(f, was)));
    if (!oldKeyStillMapped && before.column(now).isEmpty()) {
      return true;
    }
    String oldField = before.column(was).map(Column::field).orElse(was);
    report.report(Message.PRIMARY_KEY_CHANGED, key.element(), entity.type().getSimpleName(),
        oldField, key.name(), before.name(), was, was, oldField, now, now);
    return false;
  }

  private static boolean renames(FieldDeclaration field, String column) {
    return field.renamedFrom().filter(r -> r.previousName().equals(column)).isPresent();
  }

  private boolean inTransition(String column) {
    return expandSources.contains(column) || walk.inFlight.values().stream()
        .anyMatch(t -> t.touches(before.name(), column));
  }

  /** A field without a transition annotation: its column kept, renamed or added. */
  void plainField(FieldDeclaration declaredField) {
    Column inUse = table.get(declaredField.column().name());
    FieldDeclaration field = inUse == null ? declaredField : keepingDefinition(declaredField, inUse);
    Column declared = field.column();
    Column existing = table.get(declared.name());
    if (existing != null) {
      accounted.add(declared.name());
      compare(field, existing, !inTransition(declared.name()));
      record(new ColumnChange.Remap(declared.name(), declared.field(), declared.type()));
      return;
    }
    Optional<RenameDeclaration> rename = field.renamedFrom();
    if (rename.isPresent()) {
      try {
        renameColumn(field, rename.get());
      } catch (ValidationReport.Abort refused) {
        // the column is left as it is
      }
      return;
    }
    if (declared.references().flatMap(Column.Reference::partOf).isPresent()) {
      if (compositeJoinsRefused.add(field.element())) {
        report.report(Message.JOIN_ON_SEVERAL_COLUMNS_ADDED, field.element(), field.name(),
            entity.fields().stream().filter(f -> f.element().equals(field.element()))
                .map(f -> f.column().name()).toList(),
            before.name(), declared.references().get().table());
      }
      return;
    }
    if (!declared.nullable() || declared.type().declaresNotNullWithoutDefault()) {
      report.report(
          Message.NOT_NULL_WITHOUT_DEFAULT, field.element(), before.name(), declared.name());
      return;
    }
    record(new ColumnChange.Add(declared));
  }

  /**
   * The field with the column definition {@code existing}, the column it maps in the table, has,
   * which Accordion keeps: a different one is a warning (ACC119), unless it only spells the type
   * the column has. A primitive's column then stays as NOT NULL as it is: only its definition
   * made it nullable.
   */
  private FieldDeclaration keepingDefinition(FieldDeclaration field, Column existing) {
    Column declared = field.column();
    ColumnType was = existing.type();
    if (declared.type().definition().equals(was.definition())) {
      return field;
    }
    if (!declared.type().definition().equalsIgnoreCase(was.describe())) {
      report.report(Message.COLUMN_DEFINITION_KEPT, field.element(), field.name(), before.name(),
          existing.name(), declared.type().describe(), was.describe());
    }
    boolean nullable = field.element().asType().getKind().isPrimitive() && !was.hasDefinition()
        ? existing.nullable() : declared.nullable();
    return field.withColumn(new Column(declared.name(), declared.field(),
        declared.type().definedAs(was.definition()), nullable, declared.unique(),
        declared.identity(), declared.references()));
  }

  /** The declared column against the one the table has, which stays where it is. */
  private void compare(FieldDeclaration field, Column existing, boolean checkConstraints) {
    Column declared = field.column();
    if (foreignKeyChanged(existing, declared)) {
      report.report(Message.FOREIGN_KEY_CHANGED, field.element(), field.name(), before.name(),
          existing.name(), pointsAt(existing), pointsAt(declared));
      return;
    }
    if (declared.type().isEnum() && existing.type().isEnum()
        && declared.type().kind() != existing.type().kind()) {
      report.add(ColumnRules.enumStorageChanged(field, existing, before.name()));
    } else if (!declared.type().sameStorageAs(existing.type())) {
      ValidationReport inPlace =
          ColumnRules.typeChangedInPlace(field, existing, before.name(), walk.dialects);
      if (!inPlace.hasError()) {
        record(new ColumnChange.ChangeType(existing,
            new Column(existing.name(), declared.field(), declared.type(), existing.nullable(),
                existing.unique(), existing.identity(), existing.references())));
      }
      report.add(inPlace);
    } else if (declared.type().isEnum()
        && !declared.type().enumConstants().equals(existing.type().enumConstants())) {
      ValidationReport constants = ColumnRules.enumConstants(field, existing, before.name());
      report.add(constants);
      List<String> removed = ColumnRules.removedConstants(field, existing);
      if (!constants.hasError() && !removed.isEmpty()) {
        record(new ColumnChange.RemoveEnumValues(declared.name(), existing.type(), removed));
      }
    } else if (checkConstraints) {
      report.add(ColumnRules.constraints(field, existing, before.name()));
    }
  }

  /**
   * Whether the column gains or loses its foreign key, or points at another table that still
   * exists, or at another column of its table (a renamed table or column takes its foreign keys
   * along in the database itself).
   */
  private boolean foreignKeyChanged(Column existing, Column declared) {
    if (existing.references().isPresent() != declared.references().isPresent()) {
      return true;
    }
    if (existing.references().isEmpty()) {
      return false;
    }
    Column.Reference was = existing.references().get();
    Column.Reference is = declared.references().get();
    if (!was.partOf().equals(is.partOf())) {
      return true;
    }
    if (!was.table().equals(is.table())) {
      return walk.snapshot.table(was.table()).isPresent()
          && walk.snapshot.table(is.table()).isPresent();
    }
    return !was.column().equals(is.column())
        && !walk.renamesInPlace(was.table(), was.column(), is.column());
  }

  private static String pointsAt(Column column) {
    return column.references().map(r -> "a foreign key to " + r.table() + "." + r.column()
            + r.partOf().map(first -> " (a part of the one " + first + " names)").orElse(""))
        .orElse("no foreign key");
  }

  private void renameColumn(FieldDeclaration field, RenameDeclaration rename) {
    String previous = rename.previousName();
    Column existing = table.get(previous);
    if (existing == null || !before.column(previous).isPresent()) {
      throw report.abort(
          Message.RENAMED_FROM_UNKNOWN,
          field.element(),
          rename.mirror(),
          rename.valueAttribute(),
          previous,
          before.name(),
          String.join(", ", table.names()));
    }
    Optional<FieldDeclaration> holder = entity.fieldForColumn(previous);
    if (holder.isPresent() || accounted.contains(previous)) {
      throw report.abort(
          Message.RENAMED_FROM_TAKEN,
          field.element(),
          rename.mirror(),
          rename.valueAttribute(),
          previous,
          holder.map(FieldDeclaration::name).orElse("another field"));
    }
    if (!rename.isAcknowledged()) {
      report.report(
          Message.DIRECT_RENAME,
          field.element(),
          rename.mirror(),
          rename.valueAttribute(),
          before.name(),
          previous,
          field.column().name(),
          previous,
          previous);
    }
    if (before.primaryKey().contains(previous)) {
      Optional<Transition> inFlight = walk.inFlight.values().stream()
          .filter(t -> t.table().equals(before.name()) || t.sourceTable().equals(before.name()))
          .findFirst();
      if (inFlight.isPresent()) {
        report.report(Message.KEY_RENAMED_IN_FLIGHT, field.element(), rename.mirror(),
            rename.valueAttribute(), previous, field.name(), before.name(), inFlight.get().id());
      }
    }
    accounted.add(previous);
    field = keepingDefinition(field, existing);
    compare(field, existing, true);
    // The renamed column is mapped by this field, as a column that kept its name is; keeping
    // the old field name would change the snapshot on the next compile of the same sources.
    Column declared = field.column();
    record(new ColumnChange.Rename(previous, new Column(declared.name(), declared.field(),
        declared.type(), existing.nullable(), existing.unique(), existing.identity(),
        existing.references()),
        rename.acknowledged()));
  }

  /** A transition annotation may name the old field or the old column; columns win. */
  String columnOf(String name) {
    if (table.has(name)) {
      return name;
    }
    return entity.fields().stream()
        .filter(f -> f.name().equals(name))
        .map(f -> f.column().name())
        .findFirst()
        .orElse(name);
  }
}
