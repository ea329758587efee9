package dev.atrium.announce;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment to add under an announcement. */
public record WriteAnnouncementComment(
    @NotBlank @Size(max = 4000) @Verbatim String text) {}
