package dev.atrium.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks a module's listener that keeps its documents in the index current. It runs after the
 * change commits, off the request thread, and is recorded in the event publication registry, so a
 * crash before it finishes is retried at the next start. Unlike {@code @ApplicationModuleListener}
 * it opens no transaction: a listener reads its rows with short queries and holds no database
 * connection while the index commits or a file's text is extracted. Put it in a class named
 * {@code …SearchFeed}: the admin console counts those listeners' open publications as pending.
 */
@Async
@TransactionalEventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IndexingListener {

  /**
   * A SpEL condition on the event ({@code #event}): when false the listener is not called and no
   * publication is recorded for it (Spring Modulith asks the listener before storing one). The
   * people index passes by the per-person events of an org import, indexing the import at once.
   */
  @AliasFor(annotation = TransactionalEventListener.class, attribute = "condition")
  String condition() default "";
}
