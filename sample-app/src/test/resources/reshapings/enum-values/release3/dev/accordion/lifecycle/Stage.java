package dev.accordion.lifecycle;

/** Release 3 removes Unknown: its migration is refused while any row still holds it. */
public enum Stage {
  Open,
  Done,
  Archived
}
