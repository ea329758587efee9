package dev.atrium.chat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The public channels new people join, in the order the administrator lists them. */
public record SetDefaultChannels(
    @NotNull @Size(max = DefaultChannels.MAX) List<@NotNull UUID> channelIds) {}
