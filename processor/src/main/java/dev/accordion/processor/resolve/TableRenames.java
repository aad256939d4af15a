package dev.accordion.processor.resolve;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.plan.TableIntent;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.RenameDeclaration;
import dev.accordion.processor.validate.TableRules;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;

/**
 * An entity whose table has another name in the snapshot: a zero-downtime rename begun, in
 * flight or finished ({@code @Expand} or {@code @Contract} on the class), a direct rename
 * ({@code @RenamedFrom} alone), or a name changed with neither.
 */
final class TableRenames extends EntityStep {

  TableRenames(Walk walk, EntityDeclaration entity) {
    super(walk, entity);
  }

  private TableIntent.Keep keep(Table table) {
    return new TableIntent.Keep(origin, table);
  }

  private Optional<TableIntent> keep(Optional<Table> table) {
    return table.map(this::keep);
  }

  private TableIntent.Keep keepCurrentOrDeclared(Optional<Table> current) {
    return keep(current.orElseGet(() -> Walk.declaredTable(entity)));
  }

  /**
   * A class-level {@code @Expand} or {@code @Contract}, or a table rename in flight to this
   * entity's table. Returns the intent when the entity is dealt with here (planned, or an error
   * reported); empty when it is resolved as usual (a {@code @Contract} left on the class after
   * its rename finished).
   */
  Optional<TableIntent> transition() {
    boolean expand = entity.expand().isPresent();
    if (!expand && entity.contract().isEmpty()) {
      // A rename in flight, and the class lost its @Expand: it must keep it until the contract.
      Transition t = walk.renameInFlight(entity.tableName()).orElseThrow();
      report.report(Message.TABLE_RENAME_UNFINISHED, entity.type(), t.oldTable(), t.table(),
          t.oldTable(), t.oldTable(), entity.type().getSimpleName(), t.oldTable());
      walk.matched.add(t.table());
      return keep(walk.snapshot.table(t.table()));
    }
    AnnotationMirror mirror =
        expand ? entity.expand().get().mirror() : entity.contract().get().mirror();
    String annotation = expand ? "Expand" : "Contract";
    String name = entity.type().getSimpleName().toString();
    String target = entity.tableName();
    Optional<Table> current = walk.snapshot.table(target);
    if (expand) {
      ValidationReport attributes = TableRules.expandAttributes(entity);
      report.add(attributes);
      if (attributes.hasError()) {
        entity.renamedTableSource().ifPresent(walk.matched::add); // not dropped: being renamed
        return Optional.of(keepCurrentOrDeclared(current));
      }
    }
    Optional<String> source = entity.renamedTableSource();
    if (source.isEmpty()) {
      report.report(Message.TABLE_EXPAND_WITHOUT_SOURCE, entity.type(), mirror, annotation, name,
          target, annotation);
      return Optional.of(keepCurrentOrDeclared(current));
    }
    String old = source.get();
    Optional<Transition> running = walk.renameInFlight(target);
    if (running.isPresent()) {
      return inFlight(running.get(), expand, mirror, name, old, current);
    }
    if (!expand) {
      if (current.isPresent() && walk.snapshot.table(old).isEmpty()) {
        return Optional.empty(); // finished in an earlier release; nothing more to do
      }
      String others = walk.inFlight.values().stream().filter(Transition::isTableRename)
          .map(t -> t.oldTable() + " to " + t.table()).collect(Collectors.joining(", "));
      report.report(Message.TABLE_CONTRACT_WITHOUT_EXPAND, entity.type(), mirror, name, old,
          target, others.isEmpty() ? "" : " (in flight: " + others + ")", old);
      return Optional.of(keepCurrentOrDeclared(current));
    }
    return Optional.of(begin(mirror, name, old, target, current));
  }

  /**
   * The rename to this entity's table is in flight: recompiled, or finished by a contract.
   * Empty when the snapshot has no table of the new name.
   */
  private Optional<TableIntent> inFlight(Transition t, boolean expand, AnnotationMirror mirror,
      String name, String old, Optional<Table> current) {
    if (!t.oldTable().equals(old)) {
      report.report(Message.EXPAND_CHANGED, entity.type(), mirror, name,
          "the rename of " + t.oldTable() + " to " + t.table());
      return keep(current);
    }
    walk.matched.add(entity.tableName());
    ValidationReport shape =
        TableRules.sameShape(entity, Walk.declaredTable(entity), current.get(), old);
    report.add(shape);
    if (!shape.hasError() && !expand) {
      walk.inFlight.remove(t.id());
      return Optional.of(new TableIntent.ContractTable(origin, t, current.get()));
    }
    return keep(current);
  }

  /** A rename begun by a class-level {@code @Expand}, refused or resolved. */
  private TableIntent begin(AnnotationMirror mirror, String name, String old, String target,
      Optional<Table> current) {
    Optional<Table> before = walk.snapshot.table(old);
    if (before.isEmpty()) {
      RenameDeclaration rename = entity.renamedFrom().orElse(null);
      report.report(Message.RENAMED_TABLE_UNKNOWN, entity.type(),
          rename == null ? mirror : rename.mirror(), rename == null ? null : rename.valueAttribute(),
          old, name, walk.snapshot.tables().stream().map(Table::name)
              .collect(Collectors.joining(", ")));
      return keepCurrentOrDeclared(current);
    }
    walk.matched.add(old);
    if (current.isPresent()) {
      walk.matched.add(target);
      report.report(Message.TABLE_RENAME_WITH_CHANGES, entity.type(), mirror, name, old, target,
          "a table named " + target + " exists already");
      return keep(current.get());
    }
    Optional<Transition> busy = walk.inFlight.values().stream()
        .filter(t -> t.table().equals(old) || t.sourceTable().equals(old))
        .findFirst();
    if (busy.isPresent()) {
      report.report(Message.TABLE_RENAME_BUSY, entity.type(), mirror, old, busy.get().id());
      return keep(before.get());
    }
    Optional<EntityDeclaration> stillMapping = walk.entities.stream()
        .filter(e -> e != entity && e.tableName().equals(old))
        .findFirst();
    if (stillMapping.isPresent()) {
      String other = stillMapping.get().type().getSimpleName().toString();
      report.report(Message.TABLE_RENAME_OLD_STILL_MAPPED, entity.type(), mirror, name, old,
          other, other);
      return keep(before.get());
    }
    ValidationReport shape =
        TableRules.sameShape(entity, Walk.declaredTable(entity), before.get(), old);
    report.add(shape);
    if (shape.hasError()) {
      return keep(before.get());
    }
    ValidationReport key = TableRules.renamedKeyWalkable(entity, mirror, before.get(),
        walk.dialects);
    report.add(key);
    if (key.hasError()) {
      return keep(before.get());
    }
    Transition t = Transition.tableRename(old, target, entity.expand().get().batchSize());
    walk.inFlight.put(t.id(), t);
    Table renamed = before.get().withName(target);
    return new TableIntent.ExpandTable(origin, t, before.get(), new Table(renamed.name(),
        entity.qualifiedName(), renamed.columns(), renamed.primaryKey(), renamed.indexes(),
        renamed.keySequence()));
  }

  /**
   * A direct rename by {@code @RenamedFrom}: the renamed table, which the entity's changes
   * start from; empty (reported) when the snapshot has no table of the old name.
   */
  Optional<Table> direct(RenameDeclaration rename) {
    Optional<Table> previous = walk.snapshot.table(rename.previousName());
    if (previous.isEmpty()) {
      report.report(
          Message.RENAMED_TABLE_UNKNOWN,
          entity.type(),
          rename.mirror(),
          rename.valueAttribute(),
          rename.previousName(),
          entity.type().getSimpleName(),
          walk.snapshot.tables().stream().map(Table::name).collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    if (!rename.isAcknowledged()) {
      report.report(
          Message.DIRECT_TABLE_RENAME,
          entity.type(),
          rename.mirror(),
          rename.valueAttribute(),
          rename.previousName(),
          entity.tableName(),
          rename.previousName());
    }
    walk.intents.add(new TableIntent.RenameTable(origin, previous.get(), entity.tableName(),
        rename.acknowledged()));
    walk.matched.add(rename.previousName());
    return Optional.of(previous.get().withName(entity.tableName()));
  }

  /**
   * The table the snapshot records for the entity's class when no entity of this compile maps
   * it: the entity's table name differs from the snapshot's without a rename, and a new table
   * would be created empty beside the one holding the rows (ACC501 is the same for a column).
   * Reported; empty when there is none.
   */
  Optional<Table> leftBehind(Path snapshotFile) {
    Optional<Table> left = walk.snapshot.tables().stream()
        .filter(t -> entity.qualifiedName().equals(t.entity()))
        .filter(t -> walk.entities.stream().noneMatch(e -> e.tableName().equals(t.name())))
        .findFirst();
    if (left.isPresent()) {
      String name = entity.type().getSimpleName().toString();
      String old = left.get().name();
      String now = entity.tableName();
      report.report(Message.TABLE_NAME_CHANGED, entity.type(),
          entity.tableNamedBy().map(a -> a.annotation()).orElse(null),
          entity.tableNamedBy().map(a -> a.value()).orElse(null),
          name, now, old, snapshotFile, now, old, old, name, old, old);
    }
    return left;
  }
}
