package dev.atrium.realtime;

import java.util.Collection;
import java.util.UUID;

/**
 * Who may receive a resource's stream, answered by the module that owns the resource (chat: a
 * channel's members). Asked at catch-up and when missing entries are sent again; a live entry goes to
 * the recipients its writer chose in the writing transaction.
 */
public interface StreamAudience {

  /** The resources whose streams this person follows: they resume from a cursor, or are reset. */
  Collection<UUID> followedBy(UUID personId);

  /** The people who receive this resource's entries now. */
  Collection<UUID> audience(UUID resourceId);
}
