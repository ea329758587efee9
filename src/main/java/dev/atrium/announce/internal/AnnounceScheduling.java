package dev.atrium.announce.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} for the jobs and the receipts stream, whatever other modules turn on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnnounceScheduling {}
