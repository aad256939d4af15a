package dev.accordion.processor.model;

/**
 * The sequence Hibernate draws a table's keys from ({@code @GeneratedValue} AUTO or SEQUENCE on an
 * integer key): it starts at {@code start} and Hibernate takes {@code increment} keys at a time
 * (the allocation size). Where the database has no sequences (SQLite) it is a one-row table, as
 * Hibernate keeps it there.
 */
public record Sequence(String name, long start, int increment) {}
