package dev.atrium.shared.web;

import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Atrium where to open it. */
@Component
class ReadyBanner {

  private final String publicUrl;

  ReadyBanner(@Value("${atrium.public-url:}") String publicUrl) {
    this.publicUrl = publicUrl;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    String url = publicUrl;
    if (url.isBlank() && event.getApplicationContext() instanceof WebServerApplicationContext web) {
      url = "http://localhost:" + Objects.requireNonNull(web.getWebServer()).getPort() + "/";
    }
    System.out.printf("%n  Atrium is ready: %s%n%n", url);
  }
}
