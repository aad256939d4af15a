package dev.accordion.processor.resolve;

import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.plan.TableIntent;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import dev.accordion.processor.validate.DialectCapabilities;
import dev.accordion.processor.validate.TransformRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One resolution under way: the compile and the snapshot it is resolved against, and what the
 * entities resolved so far leave for the next one: the transitions in flight, the snapshot's
 * tables already mapped, the intents and the diagnostics.
 */
final class Walk {

  final Schema snapshot;
  final List<EntityDeclaration> entities;
  final Links links;
  /** Old columns, by table, that a link contract of this compile drops from another table. */
  final Map<String, Set<String>> linkContracts;
  final List<DialectCapabilities> dialects;
  final TransformRules transforms;
  /** The transitions in flight, by id, as the entities resolved so far leave them. */
  final Map<String, Transition> inFlight = new TreeMap<>();
  /** The snapshot's tables an entity of this compile maps (or renames). */
  final Set<String> matched = new HashSet<>();
  final List<TableIntent> intents = new ArrayList<>();
  final ValidationReport.Builder report = ValidationReport.builder();

  Walk(Schema snapshot, List<EntityDeclaration> entities, List<DialectCapabilities> dialects,
      TransformRules transforms) {
    this.snapshot = snapshot;
    this.entities = List.copyOf(entities);
    this.links = new Links(entities);
    this.linkContracts = links.contracted(snapshot);
    this.dialects = dialects;
    this.transforms = transforms;
    snapshot.transitions().forEach(t -> inFlight.put(t.id(), t));
  }

  /** The table rename in flight whose new name is {@code table}, if one is. */
  Optional<Transition> renameInFlight(String table) {
    return inFlight.values().stream()
        .filter(t -> t.isTableRename() && t.table().equals(table))
        .findFirst();
  }

  /**
   * Whether an entity of this compile renames column {@code from} of {@code table} to {@code to}
   * with {@code @RenamedFrom} alone: in place, so the foreign keys to it follow it.
   */
  boolean renamesInPlace(String table, String from, String to) {
    return entities.stream()
        .filter(e -> e.tableName().equals(table) && !e.isCollectionTable())
        .flatMap(e -> e.fields().stream())
        .anyMatch(f -> f.expand().isEmpty() && f.contract().isEmpty()
            && f.column().name().equals(to)
            && f.renamedFrom().filter(r -> r.previousName().equals(from)).isPresent());
  }

  /** The table {@code entity} declares, as a new table would be created. */
  static Table declaredTable(EntityDeclaration entity) {
    return new Table(entity.tableName(), entity.qualifiedName(),
        entity.fields().stream().map(FieldDeclaration::column).toList(),
        entity.keys().stream().map(f -> f.column().name()).toList(), entity.indexes(),
        entity.keySequence());
  }
}
