package dev.accordion.processor.resolve;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.plan.TableIntent;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import dev.accordion.processor.validate.TransitionRules;
import java.util.List;
import java.util.Optional;

/**
 * An entity whose table the snapshot does not have: a new table, or a join table filled from
 * another table's link. A new table has no old columns, so transition annotations on its fields
 * name nothing.
 */
final class NewTables extends EntityStep {

  NewTables(Walk walk, EntityDeclaration entity) {
    super(walk, entity);
  }

  TableIntent create() {
    Optional<TableIntent> join = join();
    if (join.isPresent()) {
      return join.get();
    }
    for (FieldDeclaration field : entity.fields()) {
      field.expand()
          .ifPresent(
              e ->
                  report.report(
                      Message.EXPAND_SOURCE_UNKNOWN,
                      field.element(),
                      e.mirror(),
                      field.name(),
                      field.sources().isEmpty() ? "?" : String.join(", ", field.sources()),
                      entity.tableName(),
                      "nothing: the table is new"));
      field.contract()
          .ifPresent(
              c ->
                  report.report(
                      Message.CONTRACT_WITHOUT_EXPAND,
                      field.element(),
                      c.mirror(),
                      field.name(),
                      entity.tableName(),
                      field.column().name()));
      if (field.expand().isEmpty() && field.contract().isEmpty()) {
        field.renamedFrom()
            .ifPresent(
                r ->
                    report.report(
                        Message.RENAMED_FROM_UNKNOWN,
                        field.element(),
                        r.mirror(),
                        r.valueAttribute(),
                        r.previousName(),
                        entity.tableName(),
                        "nothing: the table is new"));
      }
    }
    return new TableIntent.Create(origin, Walk.declaredTable(entity));
  }

  /**
   * A new join entity filled from an existing table's 1:n link: one field
   * {@code @Expand(from = "Post.id")} (the source's key) and one {@code @Expand(from =
   * "Post.authorId")} (its link). Its table is created by the schema migration, and the
   * transition fills and syncs it. Empty when the entity is not one.
   */
  private Optional<TableIntent> join() {
    List<FieldDeclaration> linked = entity.fields().stream()
        .filter(f -> f.expand().isPresent() && f.namesLink())
        .toList();
    if (linked.size() != 2) {
      return Optional.empty();
    }
    String first = linked.get(0).sources().get(0);
    String second = linked.get(1).sources().get(0);
    Optional<EntityDeclaration> sourceEntity = walk.links.entity(first);
    Optional<Table> source = sourceEntity.flatMap(e -> walk.snapshot.table(e.tableName()));
    if (source.isEmpty() || !walk.links.entity(second).equals(sourceEntity)) {
      return Optional.empty();
    }
    Optional<Column> a = Links.column(source.get(), first);
    Optional<Column> b = Links.column(source.get(), second);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    String key = source.get().key().name();
    boolean firstIsKey = a.get().name().equals(key);
    if (firstIsKey == b.get().name().equals(key)) {
      return Optional.empty();
    }
    FieldDeclaration keyField = firstIsKey ? linked.get(0) : linked.get(1);
    FieldDeclaration valueField = firstIsKey ? linked.get(1) : linked.get(0);
    Column oldColumn = firstIsKey ? b.get() : a.get();
    Optional<FieldDeclaration> oldField = sourceEntity.get().fieldForColumn(oldColumn.name());
    if (oldField.isEmpty()) {
      return Optional.empty();
    }
    Table table = Walk.declaredTable(entity);
    ValidationReport join = TransitionRules.join(entity, source.get(), sourceEntity.get(),
        keyField, valueField, oldColumn, oldField.get());
    report.add(join);
    if (join.hasError()) {
      return Optional.of(new TableIntent.Keep(origin, table));
    }
    var expand = valueField.expand().get();
    Transition transition = new Transition(table.name(), source.get().name(),
        List.of(oldColumn.name()), List.of(valueField.column().name(), keyField.column().name()),
        List.of(oldField.get().name()), List.of(valueField.name(), keyField.name()),
        Transform.copy(), expand.batchSize());
    walk.inFlight.put(transition.id(), transition);
    return Optional.of(new TableIntent.CreateJoin(origin, table, transition, source.get()));
  }
}
