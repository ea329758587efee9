package dev.atrium.doc.collab.internal;

/** {@code burst} at once, {@code perSecond} sustained. */
final class TokenBucket {

  private final int burst;
  private final int perSecond;
  private double tokens;
  private long refilledAt = System.nanoTime();

  TokenBucket(int burst, int perSecond) {
    this.burst = burst;
    this.perSecond = perSecond;
    this.tokens = burst;
  }

  synchronized boolean take() {
    long now = System.nanoTime();
    tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
    refilledAt = now;
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }
}
