package dev.atrium.announce;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An announcement waits since {@code at} for one of {@code reviewerIds} to approve or return it. */
public record AnnouncementSubmitted(
    UUID id, UUID authorId, String title, Instant at, Set<UUID> reviewerIds) {

  public AnnouncementSubmitted {
    reviewerIds = Set.copyOf(reviewerIds);
  }
}
