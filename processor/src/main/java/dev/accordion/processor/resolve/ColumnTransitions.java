package dev.accordion.processor.resolve;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.plan.ColumnChange;
import dev.accordion.processor.read.ContractDeclaration;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.ExpandDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import dev.accordion.processor.validate.TransformRules;
import dev.accordion.processor.validate.TransitionRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The transitions the fields of one table begin ({@code @Expand}) and finish ({@code @Contract}):
 * between columns of the table, or a link moving to it from another entity's table. A refused
 * one aborts that field's transition alone; the table's other changes go on.
 */
final class ColumnTransitions {

  private final TableResolver on;
  private final Walk walk;
  private final EntityDeclaration entity;
  private final Table before;
  private final ValidationReport.Builder report;

  ColumnTransitions(TableResolver on) {
    this.on = on;
    this.walk = on.walk;
    this.entity = on.entity;
    this.before = on.before;
    this.report = on.report;
  }

  void expand(FieldDeclaration field) {
    try {
      expandField(field);
    } catch (ValidationReport.Abort refused) {
      // no transition begins
    }
  }

  void contract(FieldDeclaration field) {
    try {
      contractField(field);
    } catch (ValidationReport.Abort refused) {
      // the transition stays in flight
    }
  }

  private void expandField(FieldDeclaration field) {
    var expand = field.expand().orElseThrow();
    List<String> sources = field.sources();
    if (sources.isEmpty()) {
      throw report.abort(Message.EXPAND_WITHOUT_SOURCE, field.element(), expand.mirror(),
          field.name());
    }
    if (field.namesLink()) {
      expandLink(field, expand, sources.get(0));
      return;
    }
    List<String> oldColumnNames = sources.stream().map(on::columnOf).toList();
    List<FieldDeclaration> newFields = newFields(field, expand);
    Transition existing = walk.inFlight.get(Transition.id(before.name(), field.column().name()));
    if (existing != null) {
      // The new columns are mapped by these fields (the old ones by the old fields).
      newFields.forEach(f -> on.accounted.add(f.column().name()));
      Optional<Transition> redeclared =
          transitionFor(field, newFields, expand, oldColumnNames, false);
      if (redeclared.isPresent() && !sameTransition(existing, redeclared.get())) {
        report.report(Message.EXPAND_CHANGED, field.element(), expand.mirror(), field.name(),
            describe(existing));
      }
      for (FieldDeclaration target : newFields) {
        Column declared = target.column();
        on.record(new ColumnChange.Remap(declared.name(), declared.field(), declared.type()));
      }
      return;
    }
    for (FieldDeclaration target : newFields) {
      if (on.table.has(target.column().name())) {
        on.accounted.add(target.column().name()); // mapped by this field: not also "dropped"
        throw report.abort(Message.EXPAND_TARGET_EXISTS, field.element(), expand.mirror(),
            field.name(), before.name(), target.column().name());
      }
    }
    for (String oldColumnName : oldColumnNames) {
      if (!on.table.has(oldColumnName)) {
        throw report.abort(Message.EXPAND_SOURCE_UNKNOWN, field.element(), expand.mirror(),
            field.name(), oldColumnName, before.name(), String.join(", ", on.table.names()));
      }
      if (before.primaryKey().contains(oldColumnName)) {
        throw report.abort(Message.EXPAND_FROM_KEY, field.element(), expand.mirror(),
            field.name(), before.name(), oldColumnName);
      }
      Optional<Column.Reference> reference = on.table.get(oldColumnName).references();
      // A foreign key moves only into another join column to the same key: a renamed association.
      boolean followed = newFields.size() == 1 && oldColumnNames.size() == 1
          && newFields.get(0).column().references().equals(reference);
      if (reference.isPresent() && !followed) {
        throw report.abort(Message.EXPAND_FROM_FOREIGN_KEY, field.element(), expand.mirror(),
            field.name(), before.name(), oldColumnName, reference.get().table());
      }
      List<String> pointing = walk.snapshot.foreignKeysTo(before.name(), oldColumnName);
      if (!pointing.isEmpty()) {
        throw report.abort(Message.EXPAND_FROM_REFERENCED_COLUMN, field.element(),
            expand.mirror(), field.name(), before.name(), oldColumnName,
            String.join(", ", pointing));
      }
    }
    Optional<Transition> transition =
        transitionFor(field, newFields, expand, oldColumnNames, true);
    if (transition.isEmpty()) {
      return;
    }
    on.accounted.addAll(oldColumnNames);
    on.record(new ColumnChange.Expand(transition.get(),
        newFields.stream().map(FieldDeclaration::column).toList()));
    walk.inFlight.put(transition.get().id(), transition.get());
  }

  /**
   * The new fields of an {@code @Expand}: the annotated one, or, splitting one field into
   * several, every field {@code into} names, the annotated one first (it names the transition
   * and carries its converter).
   */
  private List<FieldDeclaration> newFields(FieldDeclaration field, ExpandDeclaration expand) {
    if (expand.into().isEmpty()) {
      return List.of(field);
    }
    List<FieldDeclaration> fields = new ArrayList<>();
    for (String name : expand.into()) {
      Optional<FieldDeclaration> target =
          entity.fields().stream().filter(f -> f.name().equals(name)).findFirst();
      if (target.isEmpty() || !expand.into().get(0).equals(field.name())) {
        throw report.abort(Message.INTO_UNKNOWN, field.element(), expand.mirror(),
            expand.intoValue(), field.name(), String.join(", ", expand.into()),
            entity.type().getSimpleName());
      }
      fields.add(target.get());
    }
    return fields;
  }

  /**
   * The transition an {@code @Expand} declares, when the rules find no error. An old column
   * no field maps is reported when {@code reportUnmapped}.
   */
  private Optional<Transition> transitionFor(FieldDeclaration field,
      List<FieldDeclaration> newFields, ExpandDeclaration expand, List<String> oldColumnNames,
      boolean reportUnmapped) {
    List<FieldDeclaration> oldFields = new ArrayList<>();
    for (String oldColumnName : oldColumnNames) {
      Optional<FieldDeclaration> oldField = entity.fieldForColumn(oldColumnName);
      if (oldField.isEmpty()) {
        if (reportUnmapped) {
          report.report(Message.EXPAND_SOURCE_NOT_MAPPED, field.element(), expand.mirror(),
              field.name(), oldColumnName);
        }
        return Optional.empty();
      }
      oldFields.add(oldField.get());
    }
    ValidationReport fields = TransitionRules.fields(entity, field, expand, oldFields);
    report.add(fields);
    TransformRules.Checked transform = walk.transforms.check(field, newFields, expand, oldFields);
    report.add(transform.report());
    if (transform.transform().isEmpty() || fields.hasError()) {
      return Optional.empty();
    }
    return Optional.of(
        new Transition(
            before.name(),
            "",
            oldColumnNames,
            newFields.stream().map(f -> f.column().name()).toList(),
            oldFields.stream().map(FieldDeclaration::name).toList(),
            newFields.stream().map(FieldDeclaration::name).toList(),
            transform.transform().get(),
            expand.batchSize()));
  }

  private void contractField(FieldDeclaration field) {
    var contract = field.contract().orElseThrow();
    Column declared = field.column();
    on.accounted.add(declared.name()); // mapped by this field whatever else is wrong (not ACC501)
    List<String> sources = field.sources();
    if (sources.isEmpty()) {
      throw report.abort(Message.CONTRACT_WITHOUT_SOURCE, field.element(), contract.mirror(),
          field.name());
    }
    if (field.namesLink()) {
      contractLink(field, contract, sources.get(0));
      return;
    }
    Transition transition = walk.inFlight.get(Transition.id(before.name(), declared.name()));
    List<String> oldColumnNames = sources.stream().map(on::columnOf).toList();
    if (transition == null
        && oldColumnNames.stream().noneMatch(on.table::has)
        && on.table.has(declared.name())) {
      on.plainField(field); // contracted in an earlier release; nothing to do
      return;
    }
    boolean expandedFromThisSource =
        transition != null
            && (transition.oldColumns().equals(oldColumnNames)
                || transition.oldFields().equals(sources));
    if (!expandedFromThisSource) {
      throw report.abort(Message.CONTRACT_WITHOUT_EXPAND, field.element(), contract.mirror(),
          field.name(), before.name(), declared.name());
    }
    on.accounted.addAll(transition.newColumns());
    on.accounted.addAll(transition.oldColumns());
    for (String oldColumn : transition.oldColumns()) {
      Optional<FieldDeclaration> stillMapped = entity.fieldForColumn(oldColumn);
      if (stillMapped.isPresent()) {
        throw report.abort(Message.CONTRACT_OLD_STILL_MAPPED, field.element(),
            contract.mirror(), field.name(), oldColumn, stillMapped.get().name());
      }
    }
    List<Column> finalColumns = new ArrayList<>();
    for (String newColumn : transition.newColumns()) {
      Column target = entity.fieldForColumn(newColumn).map(FieldDeclaration::column)
          .orElse(on.table.get(newColumn));
      Column inDatabase = on.table.get(newColumn);
      if (!target.type().sameStorageAs(inDatabase.type())) {
        throw report.abort(
            Message.TYPE_CHANGED_IN_PLACE,
            field.element(),
            field.name(),
            before.name(),
            newColumn,
            inDatabase.type().describe(),
            target.type().describe(),
            "every database (a contract gives the column its declared constraints, not a new type)",
            newColumn);
      }
      finalColumns.add(target);
    }
    on.record(new ColumnChange.Contract(transition, finalColumns));
    walk.inFlight.remove(transition.id());
  }

  /**
   * A link moving to this table: {@code @Expand(from = "Profile.userId") Long profileId} on
   * User. The old column must be a key of this table held by the other one, and this field a
   * key of the other table.
   */
  private void expandLink(FieldDeclaration field, ExpandDeclaration expand, String source) {
    Column declared = field.column();
    on.accounted.add(declared.name());
    Optional<EntityDeclaration> sourceEntity = walk.links.entity(source);
    Optional<Table> sourceTable = sourceEntity.flatMap(e -> walk.snapshot.table(e.tableName()));
    Optional<Column> oldColumn = sourceTable.flatMap(t -> Links.column(t, source));
    if (oldColumn.isEmpty()) {
      throw report.abort(Message.EXPAND_SOURCE_UNKNOWN, field.element(), expand.mirror(),
          field.name(), source, sourceEntity.map(EntityDeclaration::tableName).orElse("(none)"),
          sourceTable.map(t -> t.columns().stream().map(Column::name)
              .collect(Collectors.joining(", "))).orElse("no such entity in this compile"));
    }
    boolean inFlightAlready = walk.inFlight.values().stream()
        .anyMatch(t -> t.table().equals(before.name()) && t.newColumns().contains(declared.name()));
    if (inFlightAlready) {
      on.record(new ColumnChange.Remap(declared.name(), declared.field(), declared.type()));
      return;
    }
    if (on.table.has(declared.name())) {
      throw report.abort(Message.EXPAND_TARGET_EXISTS, field.element(), expand.mirror(),
          field.name(), before.name(), declared.name());
    }
    Optional<FieldDeclaration> oldField =
        sourceEntity.get().fieldForColumn(oldColumn.get().name());
    if (oldField.isEmpty()) {
      throw report.abort(Message.EXPAND_SOURCE_NOT_MAPPED, field.element(), expand.mirror(),
          field.name(), source);
    }
    ValidationReport link = TransitionRules.link(entity, field, expand, source, before,
        sourceTable.get(), oldColumn.get(), oldField.get());
    report.add(link);
    if (link.hasError()) {
      return;
    }
    Transition transition = new Transition(before.name(), sourceTable.get().name(),
        List.of(oldColumn.get().name()), List.of(declared.name()),
        List.of(oldField.get().name()), List.of(field.name()), Transform.copy(),
        expand.batchSize());
    on.record(new ColumnChange.ExpandLink(transition, declared, sourceTable.get()));
    walk.inFlight.put(transition.id(), transition);
  }

  /** The contract of a link: {@code @Contract(from = "Profile.userId") Long profileId}. */
  private void contractLink(FieldDeclaration field, ContractDeclaration contract, String source) {
    Column declared = field.column();
    Transition transition = walk.inFlight.get(Transition.id(before.name(), declared.name()));
    Optional<EntityDeclaration> sourceEntity = walk.links.entity(source);
    Optional<Table> sourceBefore = sourceEntity.flatMap(e -> walk.snapshot.table(e.tableName()));
    Optional<Column> oldColumn = sourceBefore.flatMap(t -> Links.column(t, source));
    if (transition == null && oldColumn.isEmpty() && on.table.has(declared.name())) {
      on.plainField(field); // contracted in an earlier release; nothing to do
      return;
    }
    if (transition == null || !transition.isLink() || oldColumn.isEmpty()
        || !transition.oldTable().equals(sourceBefore.get().name())
        || !transition.oldColumn().equals(oldColumn.get().name())) {
      throw report.abort(Message.CONTRACT_WITHOUT_EXPAND, field.element(), contract.mirror(),
          field.name(), before.name(), declared.name());
    }
    Optional<FieldDeclaration> stillMapped =
        sourceEntity.get().fieldForColumn(transition.oldColumn());
    if (stillMapped.isPresent()) {
      throw report.abort(Message.CONTRACT_OLD_STILL_MAPPED, field.element(), contract.mirror(),
          field.name(), source, stillMapped.get().name());
    }
    on.record(new ColumnChange.ContractLink(transition, declared, sourceBefore.get()));
    walk.inFlight.remove(transition.id());
  }

  private static boolean sameTransition(Transition a, Transition b) {
    return a.oldColumns().equals(b.oldColumns())
        && a.newColumns().equals(b.newColumns())
        && a.transform().equals(b.transform())
        && a.batchSize() == b.batchSize();
  }

  private static String describe(Transition t) {
    return "from " + String.join(", ", t.oldColumns())
        + (t.transform().isCopy() ? ", copy"
            : t.transform().isConverter() ? ", converter " + t.transform().converter()
            : ", map " + t.transform().pairs())
        + ", batch " + t.batchSize();
  }
}
