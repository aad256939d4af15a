package dev.accordion.processor.resolve;

import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.read.EntityDeclaration;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * What a step that decides one entity's table works with: the walk it is part of, the entity,
 * the origin its intents carry (the entity's class) and the report its findings go to.
 */
abstract class EntityStep {

  final Walk walk;
  final EntityDeclaration entity;
  final Optional<TypeElement> origin;
  final ValidationReport.Builder report;

  EntityStep(Walk walk, EntityDeclaration entity) {
    this.walk = walk;
    this.entity = entity;
    this.origin = Optional.of(entity.type());
    this.report = walk.report;
  }
}
