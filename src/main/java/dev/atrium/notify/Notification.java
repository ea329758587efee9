package dev.atrium.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a person's notification centre, as the list answers it and as the
 * {@code notification} frame carries it. {@code kind} is the publishing module's
 * ({@code doc.comment}, {@code chat.mention}); {@code title} and {@code text} are message keys the
 * client translates, with {@code actors} (the latest few of the {@code actorCount} people who did
 * it) as the value {@code actors}; {@code link} is the web client's path and {@code anchor} the
 * element to scroll to there. {@code updatedAt} is when it last happened (folded facts move it),
 * the list's order.
 */
public record Notification(
    UUID id,
    String module,
    String kind,
    List<NotificationActor> actors,
    int actorCount,
    NoticeText title,
    @Nullable NoticeText text,
    @Nullable String quote,
    String link,
    @Nullable String anchor,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant readAt) {}
