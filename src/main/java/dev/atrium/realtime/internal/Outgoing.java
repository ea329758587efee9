package dev.atrium.realtime.internal;

import dev.atrium.realtime.Frame;
import org.jspecify.annotations.Nullable;

/**
 * A frame on its way to this node's sockets, written as JSON once however many of them send it: a
 * message to a channel of 1,000 goes out as one string, not 1,000 (bench/chat-load.sh measured the
 * per-socket serialisation at a tenth of the server's CPU).
 */
final class Outgoing {

  private final Frame frame;
  private volatile @Nullable String text;

  Outgoing(Frame frame) {
    this.frame = frame;
  }

  Frame frame() {
    return frame;
  }

  /** The JSON text; racing senders may both write it, and either result is the same string. */
  String text(FrameJson json) {
    String written = text;
    if (written == null) {
      written = json.write(frame);
      text = written;
    }
    return written;
  }
}
