package dev.atrium.doc.collab.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The frames of a page's collab socket: y-protocols' sync (0) and awareness (1) messages, and
 * Atrium's snapshot request (100), snapshot (101), notice (102), template seed (103) and comments changed (104). See docs/adr/0006.
 */
sealed interface CollabMessage {

  int SYNC = 0;
  int AWARENESS = 1;
  int QUERY_AWARENESS = 3;
  int SNAPSHOT_REQUEST = 100;
  int SNAPSHOT = 101;
  int NOTICE = 102;
  int SEED = 103;
  /** Server → client, no body: the page's comments changed; fetch them again. */
  int COMMENTS_CHANGED = 104;

  int STEP1 = 0;
  int STEP2 = 1;
  int UPDATE = 2;

  /** Sync step 1: the sender's state vector; the answer is what it lacks. */
  record StateVector(byte[] vector) implements CollabMessage {}

  /** Sync step 2 or an update: both carry a Yjs update to apply. */
  record Update(byte[] update) implements CollabMessage {}

  record Awareness(byte[] update) implements CollabMessage {}

  record QueryAwareness() implements CollabMessage {}

  record Snapshot(byte[] state, String markdown, String text) implements CollabMessage {}

  /** Reads one client frame whole; anything else, or anything left over, is malformed. */
  static CollabMessage read(byte[] frame) {
    Lib0Reader in = new Lib0Reader(frame);
    CollabMessage message = switch (small(in.readVarUint())) {
      case SYNC ->
        switch (small(in.readVarUint())) {
          case STEP1 -> new StateVector(in.readVarUint8Array());
          case STEP2, UPDATE -> new Update(in.readVarUint8Array());
          default -> throw new MalformedUpdate("unknown sync message");
        };
      case AWARENESS -> new Awareness(in.readVarUint8Array());
      case QUERY_AWARENESS -> new QueryAwareness();
      case SNAPSHOT -> new Snapshot(in.readVarUint8Array(), in.readVarString(), in.readVarString());
      default -> throw new MalformedUpdate("unknown message type");
    };
    if (in.hasMore()) {
      throw new MalformedUpdate("data after the end of the message");
    }
    return message;
  }

  /** A type or sync step as an int; a larger number is no type at all rather than one its low bits name. */
  private static int small(long value) {
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }

  static byte[] step1(Map<Long, Long> stateVector) {
    Lib0Writer vector = new Lib0Writer().varUint(stateVector.size());
    stateVector.forEach((client, clock) -> vector.varUint(client).varUint(clock));
    return new Lib0Writer()
        .varUint(SYNC)
        .varUint(STEP1)
        .varUint8Array(vector.toByteArray())
        .toByteArray();
  }

  static byte[] step2(byte[] update) {
    return new Lib0Writer().varUint(SYNC).varUint(STEP2).varUint8Array(update).toByteArray();
  }

  static byte[] update(byte[] update) {
    return new Lib0Writer().varUint(SYNC).varUint(UPDATE).varUint8Array(update).toByteArray();
  }

  static byte[] awareness(byte[] update) {
    return new Lib0Writer().varUint(AWARENESS).varUint8Array(update).toByteArray();
  }

  static byte[] snapshotRequest() {
    return new Lib0Writer().varUint(SNAPSHOT_REQUEST).toByteArray();
  }

  /** Server to one client only: start the empty page from this Markdown (a template), once synced. */
  static byte[] seed(String markdown) {
    return new Lib0Writer().varUint(SEED).varString(markdown).toByteArray();
  }

  static byte[] commentsChanged() {
    return new Lib0Writer().varUint(COMMENTS_CHANGED).toByteArray();
  }

  static byte[] notice(String json) {
    return new Lib0Writer().varUint(NOTICE).varString(json).toByteArray();
  }

  /** One client's entry of an awareness update: its clock and its state as JSON ("null" once it left). */
  record AwarenessState(long client, long clock, String state) {}

  /** y-protocols' awareness update: a count, then (client, clock, state JSON) each. */
  static List<AwarenessState> readAwareness(byte[] update) {
    Lib0Reader in = new Lib0Reader(update);
    int count = in.readLength();
    List<AwarenessState> states = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      states.add(new AwarenessState(in.readVarUint(), in.readVarUint(), in.readVarString()));
    }
    if (in.hasMore()) {
      throw new MalformedUpdate("data after the end of the awareness update");
    }
    return states;
  }

  static byte[] writeAwareness(List<AwarenessState> states) {
    Lib0Writer out = new Lib0Writer().varUint(states.size());
    states.forEach(s -> out.varUint(s.client()).varUint(s.clock()).varString(s.state()));
    return out.toByteArray();
  }
}
