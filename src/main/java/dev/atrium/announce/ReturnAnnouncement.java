package dev.atrium.announce;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer sends an announcement back to its author, saying why. */
public record ReturnAnnouncement(
    @NotBlank @Size(max = 2000) @Verbatim String comment) {}
