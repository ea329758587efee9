package dev.atrium.realtime;

import dev.atrium.access.Subject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by the module that decides who may see whom: of {@code people}, those whose presence
 * {@code subject} may learn. A socket's {@code watch} keeps only these, so nobody hears that a
 * person they may not see went online or into do not disturb.
 */
public interface PresenceAudience {

  Set<UUID> visibleTo(Subject subject, Collection<UUID> people);
}
