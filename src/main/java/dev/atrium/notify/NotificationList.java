package dev.atrium.notify;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the list, newest first; {@code nextCursor} fetches the older ones ({@code before}), absent at the end. */
public record NotificationList(
    List<Notification> items, @Nullable String nextCursor) {}
