package dev.accordion.lifecycle;

/** The old side of the combine: its components are the old fields, in order. */
public record Name(String firstName, String lastName) {}
