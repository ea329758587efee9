package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Starts a group conversation with these people (the creator is added, and counts towards the
 * limit of {@link GroupConversations#MAX_MEMBERS}). The size bound here only stops absurd bodies;
 * the limit itself is the service's, with its own error code.
 */
public record StartGroup(@NotNull @Size(min = 1, max = 1000) List<@NotNull UUID> personIds) {}
