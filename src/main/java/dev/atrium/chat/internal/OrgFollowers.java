package dev.atrium.chat.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run chat's {@link OrgFollower} listeners, two by default: enough to keep up with
 * people being edited one at a time, few enough that an import's thousands of events wait in this
 * queue (in memory; each is in the publication registry too) rather than for a database connection.
 * A node stopping drops the queue; the registry replays what was left at the next start.
 */
@Configuration(proxyBeanMethods = false)
class OrgFollowers {

  static final String EXECUTOR = "chatOrgFollowers";

  @Bean(EXECUTOR)
  ThreadPoolTaskExecutor chatOrgFollowers(@Value("${atrium.chat.org-followers:2}") int threads) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("chat-org-");
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setAcceptTasksAfterContextClose(false);
    return executor;
  }
}
