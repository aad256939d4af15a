package dev.accordion.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderTest {

  @Test
  void attributesAreReadInAnyOrderAfterAByteOrderMark() {
    Header header = Header.of(
        "\uFEFF-- accordion:migration transition=Post.status   kind=expand\r\nSELECT 1;\n");

    assertEquals(new Header(MigrationKind.EXPAND, Optional.of("Post.status")), header);
  }

  @Test
  void aQuotedValueMayHoldSpacesAndQuotes() {
    assertEquals(Map.of("kind", "contract", "transition", "It's a b"),
        Attributes.parse(" kind='contract' transition='It''s a b'", 1));
    assertEquals(Map.of("start", ""), Attributes.parse("start=''", 3));
  }

  @Test
  void theLineWrittenIsTheLineRead() {
    for (Header header : new Header[] {
        new Header(MigrationKind.BASELINE, Optional.empty()),
        new Header(MigrationKind.EXPAND, Optional.of("Post.status")),
        new Header(MigrationKind.CONTRACT, Optional.of("odd 'id'"))}) {
      assertEquals(header, Header.parse(header.line()), header.line());
    }
    assertEquals("-- accordion:migration kind=expand transition=Post.status",
        new Header(MigrationKind.EXPAND, Optional.of("Post.status")).line());
  }

  @Test
  void whatIsNotAHeaderIsNamed() {
    assertProblem("the first line must be '-- accordion:migration kind=<kind>'",
        "-- a comment first\n-- accordion:migration kind=schema\n");
    assertProblem("unknown kind 'bogus' (kinds: baseline, schema, rename, expand, contract)",
        "-- accordion:migration kind=bogus");
    assertProblem("missing attribute kind=", "-- accordion:migration transition=x");
    assertProblem("unknown attribute 'foo' (allowed: kind, transition)",
        "-- accordion:migration kind=schema foo=bar");
    assertProblem("attribute kind appears twice", "-- accordion:migration kind=schema kind=expand");
    assertProblem("expected key=value, found 'kind'", "-- accordion:migration kind");
    assertProblem("unterminated ' in the value of kind", "-- accordion:migration kind='schema");
  }

  private static void assertProblem(String problem, String text) {
    FormatException e = assertThrows(FormatException.class, () -> Header.of(text));
    assertEquals(problem, e.problem());
    assertEquals(1, e.line());
  }
}
