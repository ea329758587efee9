package dev.atrium.doc;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** People an editor has just mentioned in a page's text. */
public record MentionPeople(@NotEmpty @Size(max = 50) List<@NotNull UUID> personIds) {}
