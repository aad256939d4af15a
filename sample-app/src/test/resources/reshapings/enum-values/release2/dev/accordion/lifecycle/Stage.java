package dev.accordion.lifecycle;

/** Release 2 adds Archived and stops writing Unknown; it can still read rows that hold it. */
public enum Stage {
  @Deprecated
  Unknown,
  Open,
  Done,
  Archived
}
