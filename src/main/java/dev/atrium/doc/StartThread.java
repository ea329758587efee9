package dev.atrium.doc;

import dev.atrium.shared.Verbatim;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A new thread's first comment, on a passage ({@code anchor}) or on the page as a whole (none). */
public record StartThread(
    @NotNull @Verbatim String body, @Nullable @Valid CommentAnchor anchor) {}
