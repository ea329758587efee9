package dev.atrium.realtime;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Implemented by each module that owns channel streams: given the cursors a client presented,
 * the entries it missed in order, or a {@link Frame.Reset} per channel it cannot catch up.
 */
public interface CatchUp {

  /** At most this many missed entries per channel are replayed; more and the channel is reset. */
  int MAX_MISSED = 1_000;

  List<Frame> missed(UUID personId, Map<UUID, Long> cursors);
}
