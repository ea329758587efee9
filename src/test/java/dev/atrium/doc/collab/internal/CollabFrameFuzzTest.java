package dev.atrium.doc.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.Set;

/**
 * Any binary frame a collab socket receives (ADR 0006) is read whole or refused as malformed within
 * a second: nothing else is thrown, and what is accepted starts with a message type the server
 * speaks. Seeds (real Yjs updates in sync frames, awareness, snapshot):
 * {@code src/test/resources/dev/atrium/doc/collab/internal/CollabFrameFuzzTestInputs}.
 */
class CollabFrameFuzzTest {

  private static final Set<Long> CLIENT_TYPES = Set.of(
      (long) CollabMessage.SYNC,
      (long) CollabMessage.AWARENESS,
      (long) CollabMessage.QUERY_AWARENESS,
      (long) CollabMessage.SNAPSHOT);
  private static final Duration LIMIT = Duration.ofSeconds(1);

  @FuzzTest(maxDuration = "60s")
  void readsAnyFrameOrRefusesIt(byte[] frame) {
    assertTimeoutPreemptively(LIMIT, () -> read(frame));
  }

  @FuzzTest(maxDuration = "60s")
  void checksAnyRelativePositionWithoutThrowing(byte[] encoded) {
    assertTimeoutPreemptively(LIMIT, () -> RelativePositions.wellFormed(encoded));
  }

  /** What CollabHandler does with a frame, short of storing it: anything malformed it refuses. */
  private static void read(byte[] frame) {
    try {
      CollabMessage message = CollabMessage.read(frame);
      assertThat(new Lib0Reader(frame).readVarUint()).isIn(CLIENT_TYPES);
      switch (message) {
        case CollabMessage.Update update -> YUpdate.decode(update.update());
        case CollabMessage.Snapshot snapshot -> YUpdate.decode(snapshot.state());
        case CollabMessage.Awareness awareness -> CollabMessage.readAwareness(awareness.update());
        case CollabMessage.StateVector ignored -> {}
        case CollabMessage.QueryAwareness ignored -> {}
      }
    } catch (MalformedUpdate refused) {
      // refused whole, as the handler does
    }
  }
}
