/**
 * The WebSocket gateway: authenticated sockets per person, bounded per-socket queues, the streams
 * modules declare (gap-free per resource, catch-up from the cursors a client presents, reset), and
 * the cluster bus that carries frames between nodes.
 */
@ApplicationModule(allowedDependencies = {"shared", "access"})
@NullMarked
package dev.atrium.realtime;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
