package dev.atrium.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may inject. */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

  /** Injected rather than read statically, so tests can move time. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
