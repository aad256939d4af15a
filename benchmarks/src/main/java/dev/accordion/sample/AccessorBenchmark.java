package dev.accordion.sample;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The sample's generated {@code ProfileAccessors} (the expand of bio into biography) against
 * the entity's field written and read directly, as the setter and getter were before the
 * expand, and against both fields written by hand. In the sample's package, so it can reach the
 * fields as the accessors do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccessorBenchmark {

  private final Profile profile = new Profile("a biography");
  private final String[] values = {"a biography", "another one", "and a third"};
  private int next;

  private String value() {
    next = (next + 1) % values.length;
    return values[next];
  }

  @Benchmark
  public Profile generatedSetter() {
    ProfileAccessors.setBiography(profile, value());
    return profile;
  }

  @Benchmark
  public Profile directSetter() {
    profile.biography = value();
    return profile;
  }

  /** The dual write without Accordion: both columns' fields set by hand. */
  @Benchmark
  public Profile handWrittenDualWrite() {
    String value = value();
    profile.biography = value;
    profile.bio = value;
    return profile;
  }

  @Benchmark
  public String generatedGetter() {
    return ProfileAccessors.getBiography(profile);
  }

  @Benchmark
  public String directGetter() {
    return profile.biography;
  }
}
