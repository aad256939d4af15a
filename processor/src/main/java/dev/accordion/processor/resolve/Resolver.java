package dev.accordion.processor.resolve;

import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.plan.TableIntent;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.validate.DialectCapabilities;
import dev.accordion.processor.validate.TableRules;
import dev.accordion.processor.validate.TransformRules;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Resolves the declared entities against the committed snapshot into what the compile intends
 * for each table, validating as it goes: anything destructive or unsafe is reported and left
 * out, and the table stays as the snapshot has it. Entities are taken in the order of their
 * tables' names; each is judged against what those before it resolved (the transitions they
 * begin or finish, the tables they take).
 */
public final class Resolver {

  private final Path snapshotFile;
  private final Predicate<String> entityStillCompiles;
  private final List<DialectCapabilities> dialects;
  private final TransformRules transforms;

  /**
   * @param snapshotFile the snapshot being compared with, named when a table would be dropped
   * @param entityStillCompiles whether an entity class missing from this compile still exists
   *     (a partial recompile): its table is then kept, never dropped
   * @param dialects the dialects the build generates
   */
  public Resolver(Path snapshotFile, Predicate<String> entityStillCompiles,
      List<? extends DialectCapabilities> dialects) {
    this.snapshotFile = snapshotFile;
    this.entityStillCompiles = entityStillCompiles;
    this.dialects = List.copyOf(dialects);
    this.transforms =
        new TransformRules(dialects.stream().map(DialectCapabilities::dialect).toList());
  }

  public Resolution resolve(Schema snapshot, List<EntityDeclaration> entities) {
    Walk walk = new Walk(snapshot, entities, dialects, transforms);
    List<EntityDeclaration> sorted =
        entities.stream().sorted(Comparator.comparing(EntityDeclaration::tableName)).toList();
    for (EntityDeclaration entity : sorted) {
      resolve(walk, entity);
    }
    for (Table table : snapshot.tables()) {
      if (walk.matched.contains(table.name())) {
        continue;
      }
      if (!entityStillCompiles.test(table.entity())) {
        walk.report.add(TableRules.dropped(table,
            entities.isEmpty() ? null : entities.get(0).type(), snapshotFile));
      }
      walk.intents.add(new TableIntent.Keep(Optional.empty(), table));
    }
    return new Resolution(walk.intents, walk.report.build());
  }

  private void resolve(Walk walk, EntityDeclaration entity) {
    TableRenames renames = new TableRenames(walk, entity);
    if (entity.expand().isPresent() || entity.contract().isPresent()
        || walk.renameInFlight(entity.tableName()).isPresent()) {
      Optional<TableIntent> transition = renames.transition();
      if (transition.isPresent()) {
        walk.intents.add(transition.get());
        return;
      }
    }
    Optional<Table> existing = walk.snapshot.table(entity.tableName());
    if (existing.isEmpty() && entity.renamedFrom().isPresent()) {
      existing = renames.direct(entity.renamedFrom().get());
    }
    Optional<Table> leftBehind = existing.isEmpty() && entity.renamedFrom().isEmpty()
        ? renames.leftBehind(snapshotFile) : Optional.empty();
    if (leftBehind.isPresent()) {
      walk.matched.add(leftBehind.get().name());
      walk.intents.add(new TableIntent.Keep(Optional.of(entity.type()), leftBehind.get()));
    } else if (existing.isEmpty()) {
      walk.intents.add(new NewTables(walk, entity).create());
    } else {
      walk.matched.add(existing.get().name());
      walk.report.add(
          TableRules.keySequence(entity, Walk.declaredTable(entity), existing.get()));
      walk.intents.add(new TableResolver(walk, entity, existing.get()).resolve());
    }
  }
}
