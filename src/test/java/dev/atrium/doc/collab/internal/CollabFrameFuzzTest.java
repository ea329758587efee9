package dev.atrium.doc.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Any binary frame a collab socket receives (ADR 0006) is read whole or refused as malformed:
 * nothing else is thrown, and what is accepted starts with a message type the server speaks.
 * Seeds (real Yjs updates in sync frames, awareness, snapshot):
 * {@code src/test/resources/dev/atrium/doc/collab/internal/CollabFrameFuzzTestInputs}.
 */
class CollabFrameFuzzTest {

  private static final Set<Long> CLIENT_TYPES = Set.of((long) CollabMessage.SYNC, (long) CollabMessage.AWARENESS,
      (long) CollabMessage.QUERY_AWARENESS, (long) CollabMessage.SNAPSHOT);

  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = "60s")
  void readsAnyFrameOrRefusesIt(byte[] frame) {
    CollabMessage message;
    try {
      message = CollabMessage.read(frame);
    } catch (MalformedUpdate refused) {
      return;
    }
    assertThat(new Lib0Reader(frame).readVarUint()).isIn(CLIENT_TYPES);
    try {
      switch (message) {
        case CollabMessage.Update update -> YUpdate.decode(update.update());
        case CollabMessage.Snapshot snapshot -> YUpdate.decode(snapshot.state());
        case CollabMessage.Awareness awareness -> CollabMessage.readAwareness(awareness.update());
        case CollabMessage.StateVector ignored -> { }
        case CollabMessage.QueryAwareness ignored -> { }
      }
    } catch (MalformedUpdate refused) {
      // the handler refuses such a frame the same way
    }
  }

  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  @FuzzTest(maxDuration = "60s")
  void checksAnyRelativePositionWithoutThrowing(byte[] encoded) {
    RelativePositions.wellFormed(encoded);
  }
}
