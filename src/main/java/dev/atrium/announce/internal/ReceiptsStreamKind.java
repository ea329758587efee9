package dev.atrium.announce.internal;

import dev.atrium.announce.ReceiptsStreamEvent;
import dev.atrium.realtime.StreamKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the receipts stream to {@code realtime}: one stream per announcement. */
@Configuration(proxyBeanMethods = false)
class ReceiptsStreamKind {

  @Bean
  StreamKind<ReceiptsStreamEvent> announceReceiptsStream(ReceiptsAudience audience) {
    return new StreamKind<>("announce.receipts", ReceiptsStreamEvent.class, audience);
  }
}
