package dev.atrium.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message as stored; also the payload of the {@code message.*} stream entries, so a client
 * applies an entry by replacing the message with this id. A deleted message keeps its place with
 * an empty body and {@code deletedAt}. {@code attachments} lists the files posted with it (none
 * once deleted).
 */
public record Message(UUID id, UUID channelId, long seq, UUID authorId, UUID clientMessageId, String body,
                      Instant createdAt, @Nullable Instant editedAt, @Nullable Instant deletedAt,
                      List<Attachment> attachments) {}
