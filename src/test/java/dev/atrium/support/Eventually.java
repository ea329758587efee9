package dev.atrium.support;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls what happens after a commit (indexing, relays) until it is as expected, or fails saying what it last saw. */
public final class Eventually {

  private Eventually() {}

  public static <T> T eventually(Supplier<T> probe, Predicate<T> expected) {
    return eventually(probe, expected, 10);
  }

  public static <T> T eventually(Supplier<T> probe, Predicate<T> expected, int seconds) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    T last = probe.get();
    while (!expected.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still not as expected after " + seconds + " s: " + last);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      last = probe.get();
    }
    return last;
  }
}
