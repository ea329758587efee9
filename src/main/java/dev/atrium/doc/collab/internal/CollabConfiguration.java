package dev.atrium.doc.collab.internal;

import dev.atrium.doc.Pages;
import dev.atrium.realtime.SocketHandshake;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The collab socket of each page, behind the same handshake rules as {@code /api/v1/ws}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableScheduling
@EnableConfigurationProperties(CollabSettings.class)
class CollabConfiguration implements WebSocketConfigurer {

  private final CollabHandler handler;
  private final Pages pages;

  CollabConfiguration(CollabHandler handler, Pages pages) {
    this.handler = handler;
    this.pages = pages;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    registry
        .addHandler(handler, "/api/v1/pages/*/collab")
        .addInterceptors(SocketHandshake.rules(), new PageHandshake(pages));
  }
}
