package dev.atrium.doc.collab.internal;

/**
 * Checks a Yjs relative position as {@code Y.encodeRelativePosition} writes it: a kind (0 an item's
 * id, 1 the name of a root type, 2 the id of the type's item), what that kind holds, then an
 * optional association. Where it points is for the browser to resolve; the server only refuses
 * bytes no Yjs client writes.
 */
public final class RelativePositions {

  private RelativePositions() {}

  public static boolean wellFormed(byte[] encoded) {
    try {
      Lib0Reader in = new Lib0Reader(encoded);
      long kind = in.readVarUint();
      if (kind == 0 || kind == 2) {
        in.readVarUint();
        in.readVarUint();
      } else if (kind == 1) {
        in.readVarString();
      } else {
        return false;
      }
      if (in.hasMore()) {
        in.readVarInt();
      }
      return !in.hasMore();
    } catch (MalformedUpdate e) {
      return false;
    }
  }
}
