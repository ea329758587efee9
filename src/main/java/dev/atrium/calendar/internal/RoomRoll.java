package dev.atrium.calendar.internal;

import dev.atrium.calendar.Events;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a recurring meeting's room booked a year ahead without anyone editing it: every hour, on
 * every node, each series whose bookings stop more than a day short of {@link RoomBookings#HORIZON}
 * books the occurrences that came within it. Each series is its own transaction under its
 * calendar's lock, so two nodes rolling one series book it once.
 */
@Component
public class RoomRoll {

  private static final Logger log = LoggerFactory.getLogger(RoomRoll.class);
  private static final int BATCH = 200;

  /** A poll stops after this many batches; what is left waits for the next hour. */
  private static final int MAX_BATCHES = 10;

  private final RoomBookings bookings;
  private final Events events;
  private final Clock clock;

  RoomRoll(RoomBookings bookings, Events events, Clock clock) {
    this.bookings = bookings;
    this.events = events;
    this.clock = clock;
  }

  @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
  public void poll() {
    try {
      rollDue(clock.instant());
    } catch (RuntimeException e) {
      log.warn("Rolling meeting rooms forward failed; it runs again at the next poll", e);
    }
  }

  /** Books further the series due by {@code now}; answers how many series it looked at. */
  public int rollDue(Instant now) {
    int rolled = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      List<UUID> due = bookings.dueToExtend(now, BATCH);
      due.forEach(events::rollRoomForward);
      rolled += due.size();
      if (due.size() < BATCH) {
        break;
      }
    }
    return rolled;
  }
}
