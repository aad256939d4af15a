package dev.accordion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converter checks (ACC313, ACC314) accept what the generated accessors can use: type
 * arguments found through a generic superclass, a primitive field matched by its box, and a
 * package-private converter in the entity's package. The rejections are in DiagnosticsTest.
 */
class ConverterTypesTest {

  @TempDir Path migrations;

  @Test
  void converterFoundThroughItsSuperclassWithABoxedPrimitive() {
    assertThat(Compile.into(migrations).at("20260201120000").release("converter/r1")).succeeded();
    JavaFileObject product =
        JavaFileObjects.forSourceLines(
            "dev.accordion.shop.Product",
            "package dev.accordion.shop;",
            "",
            "import dev.accordion.Converter;",
            "import dev.accordion.Expand;",
            "import jakarta.persistence.*;",
            "",
            "@Entity",
            "public class Product {",
            "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
            "  @Column(nullable = false) String name;",
            "  Integer priceCents;",
            "",
            "  @Expand(from = \"priceCents\", converter = CentsToEuros.class,",
            "      sqlUp = \":value / 100.0\", sqlDown = \"CAST(ROUND(:value * 100) AS INTEGER)\")",
            "  double priceEuros;",
            "}",
            "",
            "abstract class FromCents<N> implements Converter<Integer, N> {}",
            "",
            "class CentsToEuros extends FromCents<Double> {",
            "  public Double up(Integer cents) { return cents / 100.0; }",
            "",
            "  public Integer down(Double euros) { return (int) Math.round(euros * 100); }",
            "}");

    Compilation expand = Compile.into(migrations).at("20260202120000").entities(List.of(product));

    assertThat(expand).succeededWithoutWarnings();
  }
}
