package dev.accordion;

/**
 * A transform a value map cannot say, for {@link Expand#converter()}: {@code up} turns an old
 * value into the new one, {@code down} turns it back, so writers of either release keep both
 * columns meaningful. The generated accessors call it; the SQL of the backfill and the sync
 * triggers comes from {@link Expand#sqlUp()} and {@link Expand#sqlDown()}, which must say the
 * same thing. It is never handed {@code null}: nulls stay null.
 *
 * @param <O> the old field's type
 * @param <N> the new field's type
 */
public interface Converter<O, N> {

  N up(O old);

  O down(N value);

  /** The default of {@link Expand#converter()}: no converter. Not meant to be used. */
  final class None implements Converter<Object, Object> {
    private None() {}

    @Override
    public Object up(Object old) {
      throw new UnsupportedOperationException("Converter.None is only a marker");
    }

    @Override
    public Object down(Object value) {
      throw new UnsupportedOperationException("Converter.None is only a marker");
    }
  }
}
