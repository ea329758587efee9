package dev.atrium.doc;

import dev.atrium.shared.Verbatim;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The passage an inline thread is about: where it starts and ends as Yjs relative positions (base64
 * of {@code Y.encodeRelativePosition}), which the browser resolves against the live document so the
 * passage follows edits, and the text it held when the thread was started.
 */
public record CommentAnchor(
    @NotNull @Size(max = 1000) String start,
    @NotNull @Size(max = 1000) String end,
    @NotNull @Verbatim String quote) {}
