package dev.accordion.internal;

import dev.accordion.internal.SqlLexer.Kind;
import dev.accordion.internal.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a section of a migration file into statements. A {@code ;} ends a statement unless it is
 * inside quotes, a comment, the body of a {@code CREATE TRIGGER ... BEGIN ... END}, or MariaDB's
 * anonymous block {@code BEGIN NOT ATOMIC ... END} (a plain {@code BEGIN;} stays a statement of
 * its own). Comments
 * and blank lines before a statement are dropped; comments inside one are kept.
 */
final class StatementSplitter {

  /** Words that close an {@code END IF}-style block in MySQL, which has no counted opener. */
  private static final Set<String> UNCOUNTED_BLOCKS = Set.of("IF", "LOOP", "WHILE", "REPEAT");

  private StatementSplitter() {}

  static List<String> split(String sql) {
    List<String> statements = new ArrayList<>();
    Statement current = new Statement();
    for (Token token : SqlLexer.tokens(sql)) {
      if (token.kind() == Kind.SEMICOLON && current.blockDepth <= 0) {
        current.addTo(statements, sql, token.start());
        current = new Statement();
      } else {
        current.accept(token);
      }
    }
    current.addTo(statements, sql, sql.length());
    return statements;
  }

  /** The statement being read: where its code starts and how deep inside a trigger body it is. */
  private static final class Statement {
    private int codeStart = -1;
    private String firstWord;
    private int words;
    /** A trigger or an anonymous block: its body's semicolons do not end it. */
    private boolean isTrigger;
    private int blockDepth;
    private boolean previousWasEnd;

    void accept(Token token) {
      if (!token.isCode()) {
        return;
      }
      if (codeStart < 0) {
        codeStart = token.start();
      }
      if (token.kind() != Kind.WORD) {
        previousWasEnd = false;
        return;
      }
      String word = token.keyword();
      words++;
      if (firstWord == null) {
        firstWord = word;
      } else if (firstWord.equals("CREATE") && word.equals("TRIGGER")) {
        isTrigger = true;
      } else if (firstWord.equals("BEGIN") && word.equals("NOT") && words == 2) {
        isTrigger = true;
        blockDepth = 1; // the BEGIN already read
      }
      if (isTrigger) {
        countBlocks(word);
      }
    }

    /**
     * BEGIN and CASE open a block, END closes one, so a CASE ... END inside a trigger body does
     * not end the trigger. {@code END CASE} (one block) and {@code END IF} (uncounted) are MySQL's.
     */
    private void countBlocks(String word) {
      if (previousWasEnd) {
        previousWasEnd = false;
        if (word.equals("CASE")) {
          return;
        }
        if (UNCOUNTED_BLOCKS.contains(word)) {
          blockDepth++;
          return;
        }
      }
      switch (word) {
        case "BEGIN", "CASE" -> blockDepth++;
        case "END" -> {
          blockDepth--;
          previousWasEnd = true;
        }
        default -> { }
      }
    }

    void addTo(List<String> statements, String sql, int end) {
      if (codeStart >= 0) {
        statements.add(sql.substring(codeStart, end).strip());
      }
    }
  }
}
