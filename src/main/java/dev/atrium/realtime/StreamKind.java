package dev.atrium.realtime;

import java.util.Arrays;
import java.util.List;

/**
 * A kind of stream a module declares as a bean: one gap-free stream per resource of that kind
 * ({@code chat.channel}: one per channel), whose entries are the records permitted by the sealed
 * interface {@code events}, each named by its {@code @JsonTypeName} (the {@code kind} discriminator
 * of its JSON), and whose {@code audience} says who may receive them. See docs/realtime.md, "Streams".
 */
public record StreamKind<E>(String name, Class<E> events, StreamAudience audience) {

  public StreamKind {
    if (!events.isSealed() || !events.isInterface()) {
      throw new IllegalArgumentException(events + " is not a sealed interface");
    }
    // every event record is named, so a wrong declaration fails at start rather than at the first
    // append
    Arrays.stream(events.getPermittedSubclasses()).forEach(EventSchema::name);
  }

  /** The event records of this kind, as the sealed interface permits them. */
  public List<Class<?>> eventTypes() {
    return Arrays.stream(events.getPermittedSubclasses()).toList();
  }
}
