package dev.accordion.sample;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The sample's Profile, whose setter and getter call its generated {@code ProfileAccessors} (the
 * expand of bio into biography), against the same private fields without Accordion: one field
 * behind its setter and getter (the entity of the release without the expand), and both fields
 * written by a hand-written setter.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccessorBenchmark {

  private final Profile profile = new Profile("a biography");
  private final OneField oneField = new OneField();
  private final BothByHand bothByHand = new BothByHand();
  private final String[] values = {"a biography", "another one", "and a third"};
  private int next;

  private String value() {
    next = (next + 1) % values.length;
    return values[next];
  }

  @Benchmark
  public Profile generatedSetter() {
    profile.setBiography(value());
    return profile;
  }

  @Benchmark
  public OneField directSetter() {
    oneField.setBiography(value());
    return oneField;
  }

  /** The dual write without Accordion: both columns' fields set by hand. */
  @Benchmark
  public BothByHand handWrittenDualWrite() {
    bothByHand.setBiography(value());
    return bothByHand;
  }

  @Benchmark
  public String generatedGetter() {
    return profile.getBiography();
  }

  @Benchmark
  public String directGetter() {
    return oneField.getBiography();
  }

  /** The profile's biography before the expand: one field. */
  public static final class OneField {
    private String biography;

    public String getBiography() {
      return biography;
    }

    public void setBiography(String biography) {
      this.biography = biography;
    }
  }

  /** Both fields, written by the setter as a team would without generated accessors. */
  public static final class BothByHand {
    private String bio;
    private String biography;

    public void setBiography(String biography) {
      this.bio = biography;
      this.biography = biography;
    }
  }
}
