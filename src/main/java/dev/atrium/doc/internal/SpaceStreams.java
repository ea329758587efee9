package dev.atrium.doc.internal;

import dev.atrium.doc.DocStreamEvent;
import dev.atrium.realtime.StreamKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares doc's stream kind to {@code realtime}: one stream per space, heard by the people granted it. */
@Configuration(proxyBeanMethods = false)
class SpaceStreams {

  @Bean
  StreamKind<DocStreamEvent> spaceStreamKind(SpaceAudience audience) {
    return new StreamKind<>("doc.space", DocStreamEvent.class, audience);
  }
}
