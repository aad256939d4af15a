package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertUnchanged;
import static dev.accordion.processor.Resources.files;
import static dev.accordion.processor.Resources.read;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes to an existing entity that need no diagnostic: each either changes nothing Hibernate
 * creates (and nothing is written) or gets its migration. The changes that would lose rows or
 * misread them are bad inputs of {@link DiagnosticsTest} (ACC111 to ACC113, ACC503, ACC510 to
 * ACC513), each against the same release 1 of Book ({@code releases/library}).
 */
class ExistingEntityChangeTest {

  private static final String BOOK = "releases/library/Book.java";

  @TempDir Path migrations;

  /** Release 1 of Book with each {@code from} replaced by the {@code to} after it. */
  private static JavaFileObject book(String... fromTo) {
    String text = Resources.text(BOOK);
    for (int i = 0; i < fromTo.length; i += 2) {
      assertThat(text).contains(fromTo[i]);
      text = text.replace(fromTo[i], fromTo[i + 1]);
    }
    return JavaFileObjects.forSourceString("dev.accordion.library.Book", text);
  }

  @Test
  void inheritanceOnAnEntityWithoutEntitySubclassesWritesNothing() {
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").entities(book())).succeeded();
    Map<String, byte[]> before = files(migrations);

    // Hibernate creates the same table for a root without subclasses, whatever the strategy.
    Compilation next = compile.at("20260201120000").entities(
        book("@Entity\n", "@Entity\n@Inheritance(strategy = InheritanceType.JOINED)\n"));

    assertThat(next).succeededWithoutWarnings();
    assertUnchanged(migrations, before);
  }

  @Test
  void aRenamedKeyColumnStaysThePrimaryKey() {
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").entities(book())).succeeded();
    String renamed = "@Id @GeneratedValue(strategy = GenerationType.IDENTITY)"
        + " @dev.accordion.RenamedFrom(value = \"id\", acknowledged = \"one release runs\")"
        + " @Column(name = \"book_id\") Long id;";
    String key = "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";

    assertThat(compile.at("20260201120000").entities(book(key, renamed)))
        .succeededWithoutWarnings();

    assertThat(read(migrations.resolve("schema.json")))
        .contains("\"primaryKey\" : [\n        \"book_id\"\n      ]");
    // The next release's expand walks the table by the renamed key.
    Compilation next = compile.at("20260301120000").entities(book(key, renamed.replace(
            "@dev.accordion.RenamedFrom(value = \"id\", acknowledged = \"one release runs\") ", ""),
        "@Column(length = 100) String note;",
        "@Column(length = 100) String note;\n"
            + "  @dev.accordion.Expand(from = \"note\") @Column(length = 100) String remark;"));
    assertThat(next).succeeded();
    assertThat(read(migrations.resolve("sqlite/V20260301120000_1__expand_Book_remark.sql")))
        .contains("SELECT MAX(\"book_id\") FROM (SELECT \"book_id\" FROM \"Book\"");
  }

  @Test
  void aUuidKeyHibernateGeneratesIsAPlainColumn() {
    Compile compile = Compile.into(migrations).allDialects();
    JavaFileObject device = JavaFileObjects.forSourceLines("dev.accordion.devices.Device",
        "package dev.accordion.devices;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Device {",
        "  @Id @GeneratedValue(strategy = GenerationType.UUID) java.util.UUID id;",
        "  String label;",
        "}");

    assertThat(compile.at("20260101120000").entities(device)).succeededWithoutWarnings();

    String baseline = "V20260101120000_1__baseline.sql";
    // A plain column: Hibernate makes the keys, and no identity column can hold a UUID.
    assertThat(read(migrations.resolve("sqlite").resolve(baseline)))
        .contains("\"id\" blob NOT NULL,");
    assertThat(read(migrations.resolve("postgresql").resolve(baseline)))
        .contains("\"id\" uuid NOT NULL,");
    assertThat(read(migrations.resolve("mysql").resolve(baseline)))
        .doesNotContain("AUTO_INCREMENT");
  }

  @Test
  void aUuidGeneratorAddedToAnExistingUuidKeyWritesNothing() {
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").release("uuid-key")).succeeded();
    Map<String, byte[]> before = files(migrations);

    // Hibernate now makes the keys; the column stays as it is.
    Compilation next = compile.at("20260201120000").entities(JavaFileObjects.forSourceString(
        "dev.accordion.sample.Device",
        Resources.text("releases/uuid-key/Device.java")
            .replace("@Id UUID id;", "@Id @GeneratedValue UUID id;")));

    assertThat(next).succeededWithoutWarnings();
    assertUnchanged(migrations, before);
  }

  @Test
  void anIdentityAddedToAnAssignedKeyIsRefused() {
    Compile compile = Compile.into(migrations).allDialects();
    String assigned = "@Id Long id;";
    assertThat(compile.at("20260101120000").entities(book(
        "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;", assigned))).succeeded();
    Map<String, byte[]> before = files(migrations);

    Compilation next = compile.at("20260201120000").entities(book());

    assertThat(next).hadErrorContaining("[ACC512] Field 'id' adds @GeneratedValue(strategy ="
        + " GenerationType.IDENTITY) on key Book.id in place");
    assertThat(next).hadErrorCount(1);
    assertUnchanged(migrations, before);
  }
}
