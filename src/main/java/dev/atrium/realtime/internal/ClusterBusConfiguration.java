package dev.atrium.realtime.internal;

import dev.atrium.realtime.ClusterBus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/**
 * Chooses the cluster bus: Redis pub/sub when {@code atrium.redis.url} (ATRIUM_REDIS_URL) is set,
 * otherwise the in-process bus of a single node, which never touches the network.
 */
@Configuration(proxyBeanMethods = false)
class ClusterBusConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnExpression("!'${atrium.redis.url:}'.isBlank()")
  ClusterBus redisBus(@Value("${atrium.redis.url}") String url,
                      @Value("${atrium.redis.channel:atrium:realtime}") String channel,
                      ObjectMapper json, FrameJson frames) {
    return new RedisBus(url, channel, json, frames);
  }

  @Bean
  @ConditionalOnExpression("'${atrium.redis.url:}'.isBlank()")
  ClusterBus inProcessBus() {
    return new InProcessBus();
  }
}
