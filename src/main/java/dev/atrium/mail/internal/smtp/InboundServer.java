package dev.atrium.mail.internal.smtp;

import dev.atrium.mail.internal.LocalDelivery;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.server.SMTPServer;

/**
 * Atrium's inbound SMTP server (SubEthaSMTP) on {@code atrium.mail.smtp.port}: it takes mail for
 * our own addresses only and keeps each message raw before anything else happens to it
 * ({@link InboundSession}). A port that cannot be bound (another Atrium on this machine) leaves the
 * server off with a warning rather than stopping the application: the rest of Atrium works without
 * mail from outside.
 */
@Component
public class InboundServer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboundServer.class);

  private final MailSettings.Smtp settings;
  private final ObjectProvider<LocalDelivery> delivery;
  private final InboundTable inbound;
  private final InboundDeliveries deliveries;
  private final Clock clock;
  private @Nullable SMTPServer server;
  private @Nullable ExecutorService sessions;

  InboundServer(
      MailSettings settings,
      ObjectProvider<LocalDelivery> delivery,
      InboundTable inbound,
      InboundDeliveries deliveries,
      Clock clock) {
    this.settings = settings.smtp();
    this.delivery = delivery;
    this.inbound = inbound;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /** The port the server listens on; -1 when it is off. */
  public int port() {
    SMTPServer running = server;
    return running == null ? -1 : running.getPortAllocated();
  }

  @Override
  public synchronized void start() {
    if (settings.port() < 0 || server != null) {
      return;
    }
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    var candidate = SMTPServer.port(settings.port())
        .bindAddress(java.util.Optional.ofNullable(bindAddress()))
        .hostName(settings.hostName())
        .softwareName("Atrium")
        .executorService(executor)
        .maxMessageSize(settings.maxMessageBytes())
        .messageHandlerFactory(context -> new InboundSession(
            context, settings, delivery.getIfAvailable(), inbound, deliveries, clock))
        .build();
    try {
      candidate.start();
      server = candidate;
      sessions = executor;
      log.info("Receiving mail over SMTP on port {}", candidate.getPortAllocated());
    } catch (RuntimeException e) {
      executor.shutdownNow();
      log.warn(
          "Could not listen for SMTP on port {}; mail from outside is not received",
          settings.port(),
          e);
    }
  }

  @Override
  public synchronized void stop() {
    SMTPServer running = server;
    if (running != null) {
      running.stop();
      server = null;
    }
    ExecutorService executor = sessions;
    if (executor != null) {
      executor.shutdownNow();
      sessions = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }

  private @Nullable InetAddress bindAddress() {
    if (settings.bindAddress().isBlank()) {
      return null;
    }
    try {
      return InetAddress.getByName(settings.bindAddress());
    } catch (UnknownHostException e) {
      throw new IllegalStateException("atrium.mail.smtp.bind-address is no address", e);
    }
  }
}
