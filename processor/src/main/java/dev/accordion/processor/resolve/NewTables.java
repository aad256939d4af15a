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
import java.util.stream.Collectors;

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

  /** The two columns of a join table filled from a link, and the link they take over. */
  private record JoinFields(FieldDeclaration key, FieldDeclaration value,
      EntityDeclaration sourceEntity, Table source, Column oldColumn) {}

  /**
   * A new join table filled from an existing table's 1:n link: its table is created by the
   * schema migration, and the transition fills and syncs it. Empty when the entity is none.
   */
  private Optional<TableIntent> join() {
    Table table = Walk.declaredTable(entity);
    Optional<JoinFields> join;
    try {
      join = entity.isCollectionTable() ? collectionJoin() : entityJoin();
    } catch (ValidationReport.Abort refused) {
      return Optional.of(new TableIntent.Keep(origin, table));
    }
    if (join.isEmpty()) {
      return Optional.empty();
    }
    JoinFields fields = join.get();
    Optional<FieldDeclaration> oldField =
        fields.sourceEntity().fieldForColumn(fields.oldColumn().name());
    if (oldField.isEmpty()) {
      return Optional.empty();
    }
    ValidationReport rules = TransitionRules.join(entity, fields.source(), fields.sourceEntity(),
        fields.key(), fields.value(), fields.oldColumn(), oldField.get());
    report.add(rules);
    if (rules.hasError()) {
      return Optional.of(new TableIntent.Keep(origin, table));
    }
    FieldDeclaration key = fields.key();
    FieldDeclaration value = fields.value();
    Transition transition = new Transition(table.name(), fields.source().name(),
        List.of(fields.oldColumn().name()), List.of(value.column().name(), key.column().name()),
        List.of(oldField.get().name()), List.of(value.name(), key.name()), Transform.copy(),
        value.expand().get().batchSize());
    walk.inFlight.put(transition.id(), transition);
    return Optional.of(new TableIntent.CreateJoin(origin, table, transition, fields.source()));
  }

  /**
   * A join entity: one field {@code @Expand(from = "Post.id")} (the source's key) and one
   * {@code @Expand(from = "Post.authorId")} (its link).
   */
  private Optional<JoinFields> entityJoin() {
    List<FieldDeclaration> linked = linked();
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
    return Optional.of(new JoinFields(linked.get(firstIsKey ? 0 : 1),
        linked.get(firstIsKey ? 1 : 0), sourceEntity.get(), source.get(),
        firstIsKey ? b.get() : a.get()));
  }

  /**
   * The join table of a collection whose entity's link fills it: {@code @Expand(from =
   * "author") @ManyToMany Set<Author> authors} on Post, its {@code from} read as
   * {@code Post.author}. The owner's column holds the source's key, the target's the link.
   */
  private Optional<JoinFields> collectionJoin() {
    List<FieldDeclaration> linked = linked();
    if (linked.size() != 1) {
      return Optional.empty();
    }
    FieldDeclaration value = linked.get(0);
    String from = value.sources().get(0);
    Optional<EntityDeclaration> ownerEntity = walk.entities.stream()
        .filter(e -> !e.isCollectionTable() && e.type().equals(entity.type()))
        .findFirst();
    Optional<Table> owner = ownerEntity.flatMap(e -> walk.snapshot.table(e.tableName()));
    if (owner.isEmpty()) {
      return Optional.empty(); // a new entity has no link to fill it from
    }
    Optional<Column> oldColumn = walk.links.entity(from).equals(ownerEntity)
        ? Links.column(owner.get(), from) : Optional.empty();
    if (oldColumn.isEmpty()) {
      throw report.abort(Message.EXPAND_SOURCE_UNKNOWN, value.element(),
          value.expand().get().mirror(), value.name(), from, owner.get().name(),
          owner.get().columns().stream().map(Column::name).collect(Collectors.joining(", ")));
    }
    if (ownerEntity.get().fieldForColumn(oldColumn.get().name()).isEmpty()) {
      throw report.abort(Message.EXPAND_SOURCE_NOT_MAPPED, value.element(),
          value.expand().get().mirror(), value.name(), oldColumn.get().name());
    }
    FieldDeclaration key = entity.fields().stream().filter(f -> f != value).findFirst()
        .orElseThrow();
    return Optional.of(new JoinFields(key, value, ownerEntity.get(), owner.get(),
        oldColumn.get()));
  }

  /** The fields whose {@code @Expand} names another entity's field, {@code Post.authorId}. */
  private List<FieldDeclaration> linked() {
    return entity.fields().stream()
        .filter(f -> f.expand().isPresent() && f.namesLink())
        .toList();
  }
}
