package dev.atrium.support;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a module's event the way its service does, inside a transaction, so after-commit
 * listeners and the event publication registry see exactly what production sees.
 */
public final class DomainEvents {

  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;

  public DomainEvents(
      ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
    this.events = events;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  public void publish(Object event) {
    transactions.executeWithoutResult(status -> events.publishEvent(event));
  }

  /**
   * Waits until every durable listener of the events that name {@code id} has finished: the registry
   * deletes a publication once its listener completed (completion-mode delete), so none left means
   * done, including a listener that decided to do nothing.
   */
  public void awaitHandled(UUID id) {
    Eventually.eventually(
        () -> jdbc.sql(
                "select count(*) from shared.event_publication where serialized_event like ?")
            .param("%" + id + "%")
            .query(Long.class)
            .single(),
        count -> count == 0);
  }
}
