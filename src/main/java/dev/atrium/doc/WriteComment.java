package dev.atrium.doc;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.NotNull;

/** A reply's text, or a comment's new text; {@code <@personId>} mentions a person. */
public record WriteComment(@NotNull @Verbatim String body) {}
