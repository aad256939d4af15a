package dev.accordion.lifecycle;

public enum Stage {
  Unknown,
  Open,
  Done
}
