package dev.accordion.processor.read;

import dev.accordion.processor.model.Index;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * What one {@code @Entity} class declares, with the elements and annotations to point
 * diagnostics at. The read stage's output; the diff compares it with the snapshot.
 */
public record EntityDeclaration(
    TypeElement type,
    String tableName,
    Optional<RenameDeclaration> renamedFrom,
    List<FieldDeclaration> fields,
    List<Index> indexes) {

  public EntityDeclaration {
    fields = List.copyOf(fields);
    indexes = List.copyOf(indexes);
  }

  public String qualifiedName() {
    return type.getQualifiedName().toString();
  }

  public Optional<FieldDeclaration> fieldForColumn(String column) {
    return fields.stream().filter(f -> f.column().name().equals(column)).findFirst();
  }

  public List<FieldDeclaration> keys() {
    return fields.stream().filter(FieldDeclaration::id).toList();
  }
}
