package dev.accordion.bench;

/** Wall-clock time of one piece of work, in nanoseconds. */
final class Timed {

  private Timed() {}

  interface Work {
    void run() throws Exception;
  }

  static long nanos(Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }
}
