package dev.atrium.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Opens a public or private channel; its creator becomes its owner. */
public record CreateChannel(
    @NotNull ChannelKind kind,
    @NotBlank @Size(max = 80) String name,
    @Nullable @Size(max = 250) String topic) {}
