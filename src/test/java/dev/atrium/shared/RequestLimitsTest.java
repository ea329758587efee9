package dev.atrium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {

  private Instant now = Instant.parse("2026-11-25T09:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  @Test
  void aBurstIsServedThenTheClientWaitsForTheRate() {
    RequestLimits limits = new RequestLimits(2, 5, clock);
    for (int i = 0; i < 5; i++) {
      assertThat(limits.take("alice")).isEmpty();
    }
    assertThat(limits.take("alice")).hasValue(1);
    now = now.plusMillis(500);
    assertThat(limits.take("alice")).isEmpty();
    assertThat(limits.take("alice")).isPresent();
  }

  @Test
  void oneClientsBurstDoesNotSlowAnother() {
    RequestLimits limits = new RequestLimits(1, 2, clock);
    limits.take("alice");
    limits.take("alice");
    assertThat(limits.take("alice")).isPresent();
    assertThat(limits.take("bob")).isEmpty();
  }
}
