package dev.atrium.shared;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (a person, or an address for anonymous requests): {@code perSecond} requests
 * a second on average, bursts up to {@code burst}. Kept per node: a client spread over n nodes gets
 * at most n times the rate, which is still bounded. The per-person one is a bean: a person's HTTP
 * requests and their requests over the socket (realtime) draw on the same budget.
 */
public final class RequestLimits {

  private static final int MAX_KEYS = 100_000;

  private final double perSecond;
  private final double burst;
  private final Clock clock;
  private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

  public RequestLimits(double perSecond, double burst, Clock clock) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.clock = clock;
  }

  /** Takes one request from the key's bucket; answers the seconds to wait when it is empty. */
  public OptionalLong take(String key) {
    if (buckets.size() > MAX_KEYS) {
      buckets.clear();
    }
    double now = clock.millis() / 1000.0;
    double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
    synchronized (bucket) {
      bucket[0] = Math.min(burst, bucket[0] + (now - bucket[1]) * perSecond);
      bucket[1] = now;
      if (bucket[0] >= 1) {
        bucket[0] -= 1;
        return OptionalLong.empty();
      }
      return OptionalLong.of((long) Math.ceil((1 - bucket[0]) / perSecond));
    }
  }
}
