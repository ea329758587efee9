package dev.atrium.realtime.internal;

import dev.atrium.realtime.ClusterBus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import tools.jackson.databind.ObjectMapper;

/**
 * Chooses the cluster bus: Redis pub/sub when {@code atrium.redis.url} (ATRIUM_REDIS_URL) is set,
 * otherwise the in-process bus of a single node, which never touches the network.
 */
@Configuration(proxyBeanMethods = false)
class ClusterBusConfiguration {

  @Bean(destroyMethod = "close")
  @Conditional(RedisConfigured.class)
  ClusterBus redisBus(
      @Value("${atrium.redis.url}") String url,
      @Value("${atrium.redis.channel:atrium:realtime}") String channel,
      ObjectMapper json,
      FrameJson frames) {
    return new RedisBus(url, channel, json, frames);
  }

  @Bean
  @Conditional(NoRedisConfigured.class)
  ClusterBus inProcessBus() {
    return new InProcessBus();
  }

  /** A plain lookup rather than a SpEL expression: the URL may hold a password with any character. */
  static final class RedisConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !context.getEnvironment().getProperty("atrium.redis.url", "").isBlank();
    }
  }

  static final class NoRedisConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return context.getEnvironment().getProperty("atrium.redis.url", "").isBlank();
    }
  }
}
