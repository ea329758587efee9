package dev.atrium.doc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One comment of a thread. {@code body} is plain text in which {@code <@personId>} mentions a person
 * ({@code mentions} names them); a deleted comment keeps its place with an empty body.
 */
public record PageComment(
    UUID id,
    PersonName author,
    String body,
    List<PersonName> mentions,
    Instant createdAt,
    @Nullable Instant editedAt,
    boolean deleted,
    CommentCapabilities capabilities) {}
