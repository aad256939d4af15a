package dev.accordion.processor.write;

import static com.google.common.truth.Truth.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The processor reads names and headers as the runtime's MigrationFileName and parser do. */
class MigrationWriterTest {

  @Test
  void versionIsTheNameWithUnderscoresAsDots() {
    assertThat(MigrationWriter.version("V20260101120000_1__baseline.sql"))
        .isEqualTo("20260101120000.1");
    assertThat(MigrationWriter.version("V2__fix.sql")).isEqualTo("2");
    assertThat(MigrationWriter.version("V1.2_3__a b.sql")).isEqualTo("1.2.3");
  }

  @Test
  void versionsAreOrderedAsNumbersPartByPart() {
    assertThat(MigrationWriter.VERSION_ORDER.compare("2", "20260101120000.1")).isLessThan(0);
    assertThat(MigrationWriter.VERSION_ORDER.compare("1.10", "1.9")).isGreaterThan(0);
    assertThat(MigrationWriter.VERSION_ORDER.compare("1", "1.0")).isLessThan(0);
  }

  @Test
  void headerAttributesAreReadInAnyOrderAfterAByteOrderMark() {
    assertThat(MigrationWriter.header(
            "\uFEFF-- accordion:migration transition=Post.status   kind=expand\r\nSELECT 1;\n"))
        .containsExactly("kind", "expand", "transition", "Post.status");
    assertThat(MigrationWriter.header("-- accordion:migration kind='contract' transition='It''s'"))
        .isEqualTo(Map.of("kind", "contract", "transition", "It's"));
    assertThat(MigrationWriter.header("-- a comment first\n-- accordion:migration kind=schema\n"))
        .isEmpty();
  }
}
