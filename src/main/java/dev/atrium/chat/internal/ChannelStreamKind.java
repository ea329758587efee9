package dev.atrium.chat.internal;

import dev.atrium.chat.ChatStreamEvent;
import dev.atrium.realtime.StreamKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares chat's stream kind to {@code realtime}: one stream per channel, heard by its members. */
@Configuration(proxyBeanMethods = false)
class ChannelStreamKind {

  static final String NAME = "chat.channel";

  @Bean
  StreamKind<ChatStreamEvent> channelStreams(ChatRealtime audience) {
    return new StreamKind<>(NAME, ChatStreamEvent.class, audience);
  }
}
