package dev.atrium.notify.internal;

import dev.atrium.notify.NoticeText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of {@code notify.notification}: actors by id only, labelled when it is shown. */
public record NotificationRow(
    UUID id,
    UUID recipientId,
    String module,
    String kind,
    List<UUID> actorIds,
    NoticeText title,
    @Nullable NoticeText text,
    @Nullable String quote,
    String link,
    @Nullable String anchor,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant readAt) {}
