package dev.atrium.chat;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Changes a channel's settings; a field left out stays as it is, and an empty topic or purpose
 * clears it. A group conversation's name may be cleared too; a department channel's name is its
 * department's.
 */
public record UpdateChannel(
    @Nullable @Size(max = 80) String name,
    @Nullable @Size(max = 250) String topic,
    @Nullable @Size(max = 250) @Verbatim String purpose,
    @Nullable PostingPolicy postingPolicy,
    @Nullable MentionPolicy mentionPolicy) {}
