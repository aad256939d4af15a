package dev.accordion.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accordion.format.DialectName;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.ColumnType.Kind;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Sequence;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.model.Transition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot format, byte for byte, for every shape of transition (snapshot/every-shape.json),
 * and reading it back to the same schema: one column or SQL expression as a plain string,
 * several as an array, a one-element array read like the plain string; a key the format does not
 * have, or a list it requires left out, makes the snapshot unreadable.
 */
class SnapshotStoreTest {

  private static final String GOLDEN = "snapshot/every-shape.json";

  @TempDir Path dir;

  private final SnapshotStore store = new SnapshotStore();

  @Test
  void rendersEveryTransitionShapeInTheCommittedFormat() throws IOException {
    assertThat(store.render(schema())).isEqualTo(golden());
  }

  @Test
  void readsTheSameSchemaBackAndKeepsTheFileText() throws IOException {
    SnapshotStore.Snapshot snapshot = read(golden());

    assertThat(snapshot.schema()).isEqualTo(schema());
    assertThat(store.textOf(schema(), Optional.of(snapshot))).isSameInstanceAs(snapshot.text());
  }

  @Test
  void readsOneValueInAnArrayAsThePlainValue() throws IOException {
    String arrays = golden()
        .replace("\"oldColumn\" : \"accountId\"", "\"oldColumn\" : [ \"accountId\" ]")
        .replace("\"sqlUp\" : \":firstName || ' ' || :lastName\"",
            "\"sqlUp\" : [ \":firstName || ' ' || :lastName\" ]")
        .replace("\"down\" : \":city || '/' || :countryCode\"",
            "\"down\" : [ \":city || '/' || :countryCode\" ]");
    assertThat(arrays).isNotEqualTo(golden());

    Schema schema = read(arrays).schema();

    assertThat(schema).isEqualTo(schema());
    assertThat(store.render(schema)).isEqualTo(golden());
  }

  @Test
  void aKeyTheFormatDoesNotHaveMakesTheSnapshotUnreadable() throws IOException {
    String text = golden().replace("\"batchSize\" : 500", "\"batchSize\" : 500,\n\"batch\" : 1");

    IOException e = assertThrows(IOException.class, () -> read(text));

    assertThat(e).hasMessageThat().contains("\"batch\"");
  }

  @Test
  void aMissingListMakesTheSnapshotUnreadable() throws IOException {
    String text = golden().replaceFirst("\"pairs\" : \\[ \\],", "");

    IOException e = assertThrows(IOException.class, () -> read(text));

    assertThat(e).hasMessageThat().contains("missing \"pairs\"");
  }

  @Test
  void aColumnThatIsNotAStringMakesTheSnapshotUnreadable() throws IOException {
    String text = golden().replace("\"oldColumn\" : \"accountId\"", "\"oldColumn\" : 7");

    IOException e = assertThrows(IOException.class, () -> read(text));

    assertThat(e).hasMessageThat().contains("expected a string or an array of strings");
  }

  @Test
  void aDialectAccordionDoesNotKnowMakesTheSnapshotUnreadable() throws IOException {
    String text = golden().replace("\"dialect\" : \"mysql\"", "\"dialect\" : \"oracle\"");

    IOException e = assertThrows(IOException.class, () -> read(text));

    assertThat(e).hasMessageThat()
        .contains("unknown dialect \"oracle\" (dialects: sqlite, postgresql, mysql)");
  }

  @Test
  void aNullInAListMakesTheSnapshotUnreadable() throws IOException {
    String text = golden().replace("\"primaryKey\" : [\n", "\"primaryKey\" : [\n null,\n");

    assertThrows(IOException.class, () -> read(text));
  }

  private SnapshotStore.Snapshot read(String text) throws IOException {
    Files.writeString(dir.resolve(SnapshotStore.FILE_NAME), text, StandardCharsets.UTF_8);
    return store.read(dir).orElseThrow();
  }

  private static String golden() throws IOException {
    try (InputStream in = SnapshotStoreTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * One table with a unique column, an enum and a two-column index, and a transition of every
   * shape: two columns combined and one split by converters with SQL of their own for some
   * dialects, a value map, a link moved, a link become a join table and a table renamed.
   */
  static Schema schema() {
    ColumnType text = new ColumnType(Kind.VARCHAR, "java.lang.String", 100, 0, 0, List.of());
    Table person = new Table("Person", "dev.example.Person",
        List.of(
            new Column("id", "id", ColumnType.of(Kind.BIGINT, "java.lang.Long"),
                false, false, false),
            new Column("fullName", "fullName", text, true, true, false),
            new Column("status", "status",
                new ColumnType(Kind.ENUM_STRING, "dev.example.Status", 20, 0, 0,
                    List.of("ACTIVE", "GONE")),
                false, false, false),
            new Column("manager_id", "manager", ColumnType.of(Kind.BIGINT, "java.lang.Long"),
                true, false, false, Optional.of(new Column.Reference("Person", "id"))),
            new Column("bio", "bio", text.definedAs("TEXT"), true, false, false),
            new Column("badge_region", "badge", text, true, false, false, Optional.of(
                new Column.Reference("Badge", "region", Optional.of("badge_region")))),
            new Column("badge_number", "badge", ColumnType.of(Kind.INTEGER, "int"), true,
                false, false, Optional.of(
                    new Column.Reference("Badge", "number", Optional.of("badge_region"))))),
        List.of("id"),
        List.of(new Index("idx_person_name", List.of("fullName", "status"), false)),
        Optional.of(new Sequence("Person_SEQ", 1, 50)));
    Transition combine = new Transition("Person", "",
        List.of("firstName", "lastName"), List.of("fullName"),
        List.of("firstName", "lastName"), List.of("fullName"),
        Transform.converter("dev.example.JoinName",
            List.of(":firstName || ' ' || :lastName"),
            List.of("substr(:value, 1, instr(:value, ' ') - 1)",
                "substr(:value, instr(:value, ' ') + 1)"),
            List.of(new Transform.DialectSql(DialectName.MYSQL,
                List.of("CONCAT(:firstName, ' ', :lastName)"),
                List.of("SUBSTRING_INDEX(:value, ' ', 1)", "SUBSTRING_INDEX(:value, ' ', -1)")))),
        1000);
    Transition split = new Transition("Person", "",
        List.of("location"), List.of("city", "countryCode"),
        List.of("location"), List.of("city", "countryCode"),
        Transform.converter("dev.example.SplitLocation",
            List.of("substr(:value, 1, 2)", "substr(:value, 4)"),
            List.of(":city || '/' || :countryCode"),
            List.of(new Transform.DialectSql(DialectName.POSTGRESQL,
                List.of("split_part(:value, '/', 1)", "split_part(:value, '/', 2)"),
                List.of(":city || '/' || :countryCode")))),
        500);
    Transition map = new Transition("Post", "",
        List.of("published"), List.of("status"), List.of("published"), List.of("status"),
        Transform.map(List.of(
            new Transform.Pair("true", List.of("Published")),
            new Transform.Pair("false", List.of("Draft", "InReview")))),
        1000);
    Transition link = new Transition("Account", "Profile",
        List.of("accountId"), List.of("profileId"), List.of("accountId"), List.of("profileId"),
        Transform.copy(), 1000);
    Transition join = new Transition("PostAuthor", "Post",
        List.of("authorId"), List.of("authorId", "postId"),
        List.of("authorId"), List.of("authorId", "postId"),
        Transform.copy(), 1000);
    Transition rename = Transition.tableRename("Subscriber", "Member", 1000);
    return new Schema(Schema.FORMAT, List.of(person),
        List.of(combine, split, map, link, join, rename));
  }
}
