package dev.accordion.processor.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The servers' trigger languages, as {@link TransitionSql}'s sync logic needs them spelled:
 * "else if", an assignment to a column of NEW, and a block whose statements, should one fail,
 * give way to others.
 */
enum Procedural {

  /** PostgreSQL's PL/pgSQL. */
  PLPGSQL,

  /** MySQL's and MariaDB's SQL/PSM. */
  SQL_PSM;

  String elseIf() {
    return this == PLPGSQL ? "ELSIF" : "ELSEIF";
  }

  String assign(String target, String value) {
    return this == PLPGSQL ? target + " := " + value + ";" : "SET " + target + " = " + value + ";";
  }

  /**
   * {@code statements}, or {@code otherwise} when one of them fails. PL/pgSQL catches in the
   * block's EXCEPTION clause; SQL/PSM declares a handler first, which ends the block it is
   * declared in, and the trigger goes on after it.
   */
  List<String> catching(String indent, List<String> statements, List<String> otherwise) {
    List<String> lines = new ArrayList<>();
    lines.add(indent + "BEGIN");
    if (this == SQL_PSM) {
      lines.add(indent + "  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN "
          + String.join(" ", otherwise) + " END;");
    }
    statements.forEach(statement -> lines.add(indent + "  " + statement));
    if (this == PLPGSQL) {
      lines.add(indent + "EXCEPTION WHEN OTHERS THEN");
      otherwise.forEach(statement -> lines.add(indent + "  " + statement));
    }
    lines.add(indent + "END;");
    return lines;
  }
}
