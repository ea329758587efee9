package dev.atrium.shared.web;

import dev.atrium.shared.data.Timestamps;
import java.time.Instant;
import java.util.Locale;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read with {@link RequestJson}'s mapper, and times in query parameters meet
 * the same range ({@link Timestamps#inRange}); query strings themselves pass {@link QueryStrings}.
 */
@Configuration(proxyBeanMethods = false)
class RequestInput implements WebMvcConfigurer {

  /** Last, so it replaces the JSON converter Spring Boot configures with the plain mapper. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  ServerHttpMessageConvertersCustomizer requestJsonConverter(RequestJson json) {
    return converters ->
        converters.withJsonConverter(new JacksonJsonHttpMessageConverter(json.mapper()));
  }

  /** A time out of range becomes a type mismatch, answered as a 400 field error like any unparsable value. */
  @Override
  public void addFormatters(FormatterRegistry registry) {
    InstantFormatter instants = new InstantFormatter();
    registry.addConverter(String.class, Instant.class, text -> {
      try {
        Instant time = instants.parse(text, Locale.ROOT);
        if (!Timestamps.inRange(time)) {
          throw new IllegalArgumentException("A time between the years " + Timestamps.FIRST_YEAR
              + " and " + Timestamps.LAST_YEAR + " is expected.");
        }
        return time;
      } catch (java.text.ParseException e) {
        throw new IllegalArgumentException(e);
      }
    });
  }
}
