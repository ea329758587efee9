package dev.atrium.mail.links;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Shares a mail in a chat channel the sharer may post in, with an optional word of their own. */
public record ShareMail(
    @NotNull UUID channelId, @Nullable @Size(max = 2000) String note) {}
