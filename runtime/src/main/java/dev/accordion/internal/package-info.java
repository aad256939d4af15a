/**
 * Accordion's implementation: not API. Some classes here are public only so that
 * {@link dev.accordion.Accordion} and {@link dev.accordion.Cli} can reach them across the package
 * boundary; anything in this package may change or disappear in any release without notice. Use
 * {@code dev.accordion} instead.
 */
package dev.accordion.internal;
