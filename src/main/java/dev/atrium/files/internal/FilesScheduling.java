package dev.atrium.files.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} for the orphan sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FilesScheduling {}
