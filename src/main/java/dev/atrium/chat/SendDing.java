package dev.atrium.chat;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Whom the author of a message DINGs about it: members of its channel, at most {@link Dings#MAX_PEOPLE}. */
public record SendDing(@Nullable List<UUID> people) {}
