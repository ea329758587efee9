package dev.atrium.doc;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A new thread's first comment, on a passage ({@code anchor}) or on the page as a whole (none). */
public record StartThread(@NotNull String body, @Nullable @Valid CommentAnchor anchor) {}
