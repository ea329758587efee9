package dev.atrium.realtime.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/** Plain WebSocket (no STOMP) at {@code /api/v1/ws}; Spring's own same-origin check stays on too. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

  private final SocketHandler handler;

  WebSocketConfiguration(SocketHandler handler) {
    this.handler = handler;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    registry.addHandler(handler, "/api/v1/ws").addInterceptors(new HandshakeRules());
  }

  /**
   * The container keeps a text and a binary buffer of these sizes for every open socket (a 256 KiB
   * text buffer cost ~0.6 MB of heap per socket in bench/chat-load.sh), so they stay small:
   * SocketHandler joins partial frames, and clients send no binary frames at all.
   */
  @Bean
  ServletServerContainerFactoryBean webSocketContainer() {
    var container = new ServletServerContainerFactoryBean();
    container.setMaxTextMessageBufferSize(2 * 1024);
    container.setMaxBinaryMessageBufferSize(128);
    return container;
  }
}
