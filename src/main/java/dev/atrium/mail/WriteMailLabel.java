package dev.atrium.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A label's name and colour (blue when none is given). */
public record WriteMailLabel(
    @NotBlank @Size(max = 50) String name,
    @Nullable @Size(max = 20) String color) {}
