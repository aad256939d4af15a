package dev.accordion.sample;

/** A post's state; replaces the boolean {@code published} of the first release. */
public enum Status {
  Unknown,
  Draft,
  InProgress,
  InReview,
  Published
}
