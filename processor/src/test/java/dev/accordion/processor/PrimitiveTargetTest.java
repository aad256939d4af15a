package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertGolden;
import static dev.accordion.processor.Resources.generatedSource;

import com.google.testing.compile.Compilation;
import dev.accordion.testing.EntityBuild;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new field of a primitive type (a NOT NULL {@code long} filled from a nullable
 * {@code Integer}): the accessors' conversion into it takes its own value too, which it keeps
 * when there is nothing to convert, so the entity's setter never unboxes a null.
 */
class PrimitiveTargetTest {

  private static final String R1 = "20260301120000";
  private static final String R2 = "20260302120000";

  @TempDir Path dir;

  @Test
  void theConversionIntoAPrimitiveKeepsItsValueWhenThereIsNothingToConvert() throws Exception {
    Path migrations = dir.resolve("migrations");
    assertThat(Compile.into(migrations).at(R1).release("primitive-target/r1")).succeeded();

    Compilation expand = Compile.into(migrations).at(R2).release("primitive-target/r2");

    assertThat(expand).succeededWithoutWarnings();
    assertGolden(generatedSource(expand, "dev.accordion.shop.CounterAccessors"),
        "expected/accessors/CounterAccessors.java");

    // The same releases compiled to classes, to call what the processor generated.
    Path sources = Path.of("src/test/resources/releases/primitive-target");
    List<String> options = List.of("-Aaccordion.migrations=" + dir.resolve("loaded-migrations"));
    assertThat(EntityBuild.compile(sources.resolve("r1"), dir.resolve("r1"), options)
        .messages(Diagnostic.Kind.ERROR)).isEmpty();
    EntityBuild.Compiled compiled = EntityBuild.compile(sources.resolve("r2"), dir.resolve("r2"), options);
    assertThat(compiled.messages(Diagnostic.Kind.ERROR)).isEmpty();
    Class<?> accessors = compiled.classLoader().loadClass("dev.accordion.shop.CounterAccessors");
    Method fromViews = accessors.getMethod("viewCountFromViews", Integer.class, long.class);
    assertThat(fromViews.invoke(null, 7, 5L)).isEqualTo(7L);
    assertThat(fromViews.invoke(null, null, 5L)).isEqualTo(5L);
    Method read = accessors.getMethod("viewCount", long.class, Integer.class);
    assertThat(read.invoke(null, 5L, null)).isEqualTo(5L); // nothing verified in this JVM
  }
}
