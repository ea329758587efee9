package dev.atrium.notify.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} for the hourly digests, whatever other modules turn on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotifyScheduling {}
