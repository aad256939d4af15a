package dev.accordion.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Source javac cannot make sense of, or entities of shapes JPA does not map, end in diagnostics
 * (javac's or Accordion's), never in a crash: no uncaught exception, and no ACC009, the
 * processor's own guard against one. (Records, interfaces, enums and inner classes marked
 * {@code @Entity} are ACC109, asserted at their line in DiagnosticsTest.)
 */
class MalformedInputTest {

  @TempDir Path dir;

  private static final String HEADER = """
      package dev.accordion.sample;

      import dev.accordion.*;
      import jakarta.persistence.*;

      """;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // A field of a type that does not exist.
      "@Entity class Post { @Id Long id; Missing thing; }",
      // An @Expand whose type does not exist.
      "@Entity class Post { @Id Long id; String bio; @Expand(from = \"bio\") Unknown biography; }",
      // A generic entity: its field's type is a type variable.
      "@Entity class Box<T> { @Id Long id; T value; }",
      // A record, an interface and an enum annotated @Entity.
      "@Entity record Point(@Id Long id, int x) {}",
      "@Entity interface Shape { }",
      "@Entity enum Color { RED }",
      // Nested entities, static and not.
      "class Outer { @Entity static class Inner { @Id Long id; String name; } }",
      "class Outer { @Entity class Inner { @Id Long id; String name; } }",
      // Annotation values of the wrong kind.
      "@Entity class Post { @Id Long id; String bio; @Expand(from = \"bio\", batchSize = \"ten\") String b; }",
      "@Entity class Post { @Id Long id; String bio; @Expand(from = 5) String b; }",
      "@Entity class Post { @Id Long id; @RenamedFrom(value = Post.class) String b; }",
      "@Entity class Post { @Id Long id; String bio; @Expand(from = \"bio\", map = @ValueMap(from = 1, to = true)) String b; }",
      "@Entity @Table(name = 42) class Post { @Id Long id; }",
      "@Entity @Table(indexes = @Index(columnList = {\"a\"})) class Post { @Id Long id; String a; }",
      // An unknown annotation attribute, and a missing required one.
      "@Entity class Post { @Id Long id; String bio; @Expand(source = \"bio\") String b; }",
      "@Entity class Post { @Id Long id; @RenamedFrom String b; }",
      // A class that does not parse to the end.
      "@Entity class Post { @Id Long id; String bio",
  })
  void endsInDiagnosticsNotACrash(String source) {
    JavaFileObject file = JavaFileObjects.forSourceString("dev.accordion.sample.Input",
        HEADER + source);

    Compilation compilation =
        Compile.into(dir.resolve("migrations")).at("20260101120000").entities(file);

    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertWithMessage("no crash: %s", message).that(message).doesNotContain("[ACC009]");
      assertWithMessage("no crash: %s", message).that(message)
          .doesNotContain("uncaught exception");
      assertWithMessage("no stack trace: %s", message).that(message)
          .doesNotContainMatch("\\n\\s+at [a-z]");
    }
    // Either it is fine (a static nested entity is) or something says what is wrong.
    assertWithMessage("%s compiled, or an error says why not", source)
        .that(compilation.status() == Compilation.Status.SUCCESS
            || !compilation.errors().isEmpty())
        .isTrue();
  }
}
