package dev.atrium.chat;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One thing that happened in a channel, at its gap-free position {@code seq}. Kinds and payloads:
 * {@code message.posted|message.edited|message.deleted} carry a {@link Message};
 * {@code member.joined|member.left} carry a {@link MemberChange}; {@code member.updated} a
 * {@link MemberRole}; {@code channel.updated} the channel's {@link ChannelSettings} as they now are.
 */
public record StreamEntry(UUID channelId, long seq, String kind, Instant at,
                          @Schema(implementation = Object.class,
                              oneOf = {Message.class, MemberChange.class, MemberRole.class, ChannelSettings.class})
                          JsonNode payload) {}
