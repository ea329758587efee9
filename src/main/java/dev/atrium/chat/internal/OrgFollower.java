package dev.atrium.chat.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks a chat listener that brings channels in step with an org change: Spring Modulith's
 * {@code @ApplicationModuleListener} (after org's commit, in a transaction of its own, recorded in
 * the event publication registry so that a failure or a crash leaves it to be replayed), but run by
 * chat's few {@link OrgFollowers} threads rather than one virtual thread per event. An import of
 * 5,000 people publishes 5,000 events at one commit: one thread each would ask the connection pool
 * for 5,000 connections at once, and those still waiting after its five seconds would fail.
 */
@Async(OrgFollowers.EXECUTOR)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OrgFollower {

  /**
   * A SpEL condition on the event ({@code #event}): when false the listener is not called, and no
   * publication is recorded for it either (Spring Modulith asks the listener before storing one), so
   * an event passed by costs nothing. Chat passes by the per-person events an org import marks
   * {@code imported}, following the whole import from its {@code OrgImported} instead.
   */
  @AliasFor(annotation = TransactionalEventListener.class, attribute = "condition")
  String condition() default "";
}
