package dev.accordion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Instances booting at once: each on its own thread, released together. */
final class Concurrently {

  private Concurrently() {}

  static <T> List<T> run(int instances, Callable<T> boot) throws Exception {
    CyclicBarrier start = new CyclicBarrier(instances);
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      List<Future<T>> boots = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        boots.add(pool.submit(() -> {
          start.await();
          return boot.call();
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : boots) {
        results.add(future.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
