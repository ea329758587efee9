package dev.atrium.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a person's notification centre, as the list answers it and as the
 * {@code notification} frame carries it. {@code actors} are the latest few of the
 * {@code actorCount} people who did it; {@code title} is the subject's title when it last
 * happened; {@code link} is the web client's path and {@code anchor} the element to scroll to
 * there. {@code updatedAt} is when it last happened (coalesced edits move it), the list's order.
 */
public record Notification(UUID id, NotificationKind kind, List<NotificationActor> actors, int actorCount, String title,
                           @Nullable String excerpt, @Nullable String quote, String link, @Nullable String anchor,
                           Instant createdAt, Instant updatedAt, @Nullable Instant readAt) {}
