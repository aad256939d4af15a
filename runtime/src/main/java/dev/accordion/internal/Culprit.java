package dev.accordion.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whose fault a failed statement is: the migration file's, or the database's and its
 * environment's (the connection, the disk, the role's privileges, a timeout the role sets).
 * Only the first calls for changing the file; the others say what to fix instead.
 */
enum Culprit {
  CONNECTION("the connection to the database was lost; nothing the file says is at fault. Check "
      + "that the server is up and reachable, then start again"),
  STORAGE("the database cannot write (its disk is full, or it is read-only); nothing the file "
      + "says is at fault. Free space or make the database writable, then start again"),
  PRIVILEGE("the database role lacks a privilege this statement needs; nothing the file says is "
      + "at fault. Grant it (for example CREATE, ALTER or TRIGGER on the schema or table; on "
      + "MariaDB with binary logging, log_bin_trust_function_creators for triggers), or run "
      + "Accordion with a role that has it, then start again"),
  TIMEOUT("a time limit set on the database role or session cancelled it (statement_timeout on "
      + "PostgreSQL, max_statement_time on MariaDB); nothing the file says is at fault. Raise or "
      + "unset the limit for the role Accordion connects with, then start again"),
  CANCELLED("another session or the server cancelled the statement (KILL QUERY, "
      + "pg_cancel_backend); nothing the file says is at fault. Start again"),
  FILE("fix the file (it was never applied, so it may change), then start again");

  /** Which setting cancels a statement that runs too long, for the messages that name it. */
  static final String TIME_LIMIT = "a time limit on the database role (statement_timeout on "
      + "PostgreSQL, max_statement_time on MariaDB)";

  /** SQLite's primary result codes: SQLITE_PERM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN. */
  private static final Set<Integer> SQLITE_STORAGE = Set.of(3, 8, 10, 11, 13, 14);
  /** MariaDB: disk full, read-only server, table full, out of memory. */
  private static final Set<Integer> MARIADB_STORAGE = Set.of(1021, 1290, 1114, 1037, 1038);
  /** MariaDB: table, column, database and global privileges, and the binary log's trigger rule. */
  private static final Set<Integer> MARIADB_PRIVILEGE = Set.of(1142, 1143, 1044, 1045, 1227, 1419);
  /** MariaDB: server gone, lost connection, statement time exceeded. */
  private static final Set<Integer> MARIADB_CONNECTION = Set.of(2006, 2013, 1927);
  private static final Set<Integer> MARIADB_TIMEOUT = Set.of(1969, 3024);
  /** MariaDB: query interrupted (KILL QUERY). */
  private static final int MARIADB_INTERRUPTED = 1317;

  private final String remedy;

  Culprit(String remedy) {
    this.remedy = remedy;
  }

  /** What to do, as a clause that completes "The migration was rolled back: ...". */
  String remedy() {
    return remedy;
  }

  static Culprit of(SQLException e) {
    if (e instanceof SQLNonTransientConnectionException
        || e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException) {
      return CONNECTION;
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03") || MARIADB_CONNECTION.contains(code)) {
      return CONNECTION;
    }
    if (state.equals("42501") || MARIADB_PRIVILEGE.contains(code)) {
      return PRIVILEGE;
    }
    if (code == MARIADB_INTERRUPTED) {
      return CANCELLED;
    }
    if (state.equals("57014") || MARIADB_TIMEOUT.contains(code)) {
      return TIMEOUT;
    }
    if (state.startsWith("53") || state.equals("25006") || MARIADB_STORAGE.contains(code)) {
      return STORAGE;
    }
    // sqlite-jdbc reports the extended result code; its low byte is the primary one.
    if (message.startsWith("[SQLITE_") && SQLITE_STORAGE.contains(code & 0xff)) {
      return STORAGE;
    }
    return FILE;
  }
}
