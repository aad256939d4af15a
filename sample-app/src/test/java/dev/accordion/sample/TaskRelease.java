package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Any release's Task (enum-values): a stage, set and read by name. Which names there are is the
 * release's: Unknown, Open, Done in release 1; Archived added in release 2; Unknown gone in
 * release 3.
 */
final class TaskRelease extends ReshapingRelease {

  private final Map<String, Object> stages = constants("Stage");
  private final Method setStage = method("Task", "setStage", type("Stage"));
  private final Method getStage = method("Task", "getStage");

  TaskRelease(Release release) {
    super(release);
  }

  void setStage(Object task, String stage) {
    call(setStage, task, constant(stages, stage));
  }

  /** The stage's name; null for none. */
  String stage(Object task) {
    return name(call(getStage, task));
  }
}
