package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.TABLE;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Index;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * What {@code @Table} declares beside the table's name: its indexes and unique constraints, which
 * are unique indexes to the database and to Hibernate's validation.
 */
record TableIndexes(
    Annotations annotations, PhysicalNaming naming, ValidationReport.Builder report) {

  private static final Pattern INDEX_ENTRY =
      Pattern.compile("\\s*(\\S+)(\\s+(?i:ASC|DESC))?\\s*");

  /**
   * Whether each index's columnList (entries of a column name and an optional order) and each
   * unique constraint's columnNames name columns the entity's fields map; reports each that does
   * not at {@code at}.
   */
  boolean check(TypeElement type, List<FieldDeclaration> fields, AnnotationMirror at) {
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    if (table.isEmpty()) {
      return true;
    }
    List<String> mapped = fields.stream().map(f -> f.column().name()).toList();
    boolean ok = true;
    for (AnnotationValue value : annotations.list(table.get(), "indexes")) {
      AnnotationMirror index = (AnnotationMirror) value.getValue();
      String columnList = annotations.string(index, "columnList");
      String problem = columnList.isBlank() ? "it names no column" : null;
      for (String entry : columnList.split(",", -1)) {
        if (problem != null) {
          break;
        }
        Matcher m = INDEX_ENTRY.matcher(entry);
        if (!m.matches()) {
          problem = "'" + entry.strip() + "' is not a column name with an optional ASC or DESC";
        } else if (!mapped.contains(naming.column(m.group(1)))) {
          problem = "no field maps its column '" + m.group(1) + "'";
        }
      }
      if (problem != null) {
        String name = annotations.string(index, "name");
        report.report(Message.INDEX_COLUMNS_INVALID, type, at,
            name.isEmpty() ? "(unnamed)" : name, type.getSimpleName(), problem,
            String.join(", ", mapped));
        ok = false;
      }
    }
    for (AnnotationValue value : annotations.list(table.get(), "uniqueConstraints")) {
      AnnotationMirror constraint = (AnnotationMirror) value.getValue();
      List<String> names = annotations.strings(constraint, "columnNames");
      String problem = names.isEmpty() ? "it names no column" : names.stream()
          .filter(n -> !mapped.contains(naming.column(n.strip()))).findFirst()
          .map(n -> "no field maps its column '" + n + "'").orElse(null);
      if (problem != null) {
        String name = annotations.string(constraint, "name");
        report.report(Message.UNIQUE_CONSTRAINT_COLUMNS_INVALID, type, at,
            name.isEmpty() ? "(unnamed)" : name, type.getSimpleName(), problem,
            String.join(", ", mapped));
        ok = false;
      }
    }
    return ok;
  }


  /**
   * The indexes of table {@code tableName}: each {@code @Index}, an unnamed one named
   * {@code <table>_<columns>_idx}, and each unique constraint as a unique index, an unnamed one
   * named {@code <table>_<columns>_key}; column names as the naming strategy spells them.
   */
  List<Index> read(TypeElement type, String tableName) {
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    if (table.isEmpty()) {
      return List.of();
    }
    List<Index> indexes = new ArrayList<>();
    for (AnnotationValue value : annotations.list(table.get(), "indexes")) {
      AnnotationMirror index = (AnnotationMirror) value.getValue();
      List<String> columns =
          Arrays.stream(annotations.string(index, "columnList").split(","))
              .map(String::trim)
              .map(c -> c.split("\\s+")[0])
              .filter(c -> !c.isEmpty())
              .map(naming::column)
              .toList();
      String name = annotations.string(index, "name");
      if (name.isEmpty()) {
        name = tableName + "_" + String.join("_", columns) + "_idx";
      }
      indexes.add(new Index(name, columns, annotations.bool(index, "unique")));
    }
    // A unique constraint is a unique index to the database and to Hibernate's validation.
    for (AnnotationValue value : annotations.list(table.get(), "uniqueConstraints")) {
      AnnotationMirror constraint = (AnnotationMirror) value.getValue();
      List<String> columns = annotations.strings(constraint, "columnNames").stream()
          .map(String::strip).map(naming::column).toList();
      String name = annotations.string(constraint, "name");
      if (name.isEmpty()) {
        name = tableName + "_" + String.join("_", columns) + "_key";
      }
      indexes.add(new Index(name, columns, true));
    }
    return indexes;
  }

}
