package dev.atrium.doc.collab.internal;

import java.util.Map;

/**
 * What the server knows of a Yjs update (format v1) without integrating it: which structs it
 * carries and which it deletes. {@link #decode} reads the update through to its last byte as Yjs
 * would and refuses it whole when any part is not what Yjs writes, so a stored update always
 * applies in every client.
 */
record YUpdate(Ranges structs, Ranges deletes) {

  /** An update with nothing in it, as Yjs encodes one: no structs, no deletions. */
  static final byte[] EMPTY = {0, 0};

  private static final int GC = 0;
  private static final int SKIP = 10;

  boolean isEmpty() {
    return structs.isEmpty() && deletes.isEmpty();
  }

  Map<Long, Long> stateVector() {
    return structs.stateVector();
  }

  static YUpdate decode(byte[] update) {
    Lib0Reader in = new Lib0Reader(update);
    Ranges structs = new Ranges();
    Ranges deletes = new Ranges();
    int clients = in.readLength();
    for (int i = 0; i < clients; i++) {
      int count = in.readLength();
      long client = in.readVarUint();
      long clock = in.readVarUint();
      for (int j = 0; j < count; j++) {
        int info = in.readUint8();
        long length = switch (info & 0x1f) {
          case GC -> in.readVarUint();
          case SKIP -> -in.readVarUint();
          default -> item(in, info);
        };
        if (length > 0) {
          structs.add(client, clock, clock + length);
        }
        clock += Math.abs(length);
        if (clock > (1L << 53)) {
          throw new MalformedUpdate("clock too large");
        }
      }
    }
    int deleteClients = in.readLength();
    for (int i = 0; i < deleteClients; i++) {
      long client = in.readVarUint();
      int ranges = in.readLength();
      for (int j = 0; j < ranges; j++) {
        long clock = in.readVarUint();
        long length = in.readVarUint();
        deletes.add(client, clock, clock + length);
      }
    }
    if (in.hasMore()) {
      throw new MalformedUpdate("data after the end of the update");
    }
    return new YUpdate(structs, deletes);
  }

  /** Reads one Item struct (Yjs's readItem with the v1 decoder) and answers its length in clock units. */
  private static long item(Lib0Reader in, int info) {
    boolean hasOrigin = (info & 0x80) != 0;
    boolean hasRightOrigin = (info & 0x40) != 0;
    if (hasOrigin) {
      in.readVarUint();
      in.readVarUint();
    }
    if (hasRightOrigin) {
      in.readVarUint();
      in.readVarUint();
    }
    if (!hasOrigin && !hasRightOrigin) {
      long parentIsYKey = in.readVarUint();
      if (parentIsYKey == 1) {
        in.readVarString();
      } else if (parentIsYKey == 0) {
        in.readVarUint();
        in.readVarUint();
      } else {
        throw new MalformedUpdate("bad parent info");
      }
      if ((info & 0x20) != 0) {
        in.readVarString();
      }
    }
    return content(in, info & 0x1f);
  }

  private static long content(Lib0Reader in, int ref) {
    long length = switch (ref) {
      case 1 -> in.readVarUint(); // deleted
      case 2 -> { // JSON: each item a JSON string
        int items = in.readLength();
        for (int i = 0; i < items; i++) {
          in.readVarString();
        }
        yield items;
      }
      case 3 -> { // binary
        in.readVarUint8Array();
        yield 1;
      }
      case 4 -> utf16Length(in.readVarString()); // string
      case 5 -> { // embed (JSON)
        in.readVarString();
        yield 1;
      }
      case 6 -> { // format: key, JSON value
        in.readVarString();
        in.readVarString();
        yield 1;
      }
      case 7 -> { // type
        long typeRef = in.readVarUint();
        if (typeRef > 6) {
          throw new MalformedUpdate("unknown type " + typeRef);
        }
        if (typeRef == 3 || typeRef == 5) { // XmlElement, XmlHook: their node name
          in.readVarString();
        }
        yield 1;
      }
      case 8 -> { // any
        int items = in.readLength();
        for (int i = 0; i < items; i++) {
          in.readAny();
        }
        yield items;
      }
      case 9 -> { // subdocument: guid, options
        in.readVarString();
        in.readAny();
        yield 1;
      }
      default -> throw new MalformedUpdate("unknown content " + ref);
    };
    if (length <= 0) {
      throw new MalformedUpdate("empty struct");
    }
    return length;
  }

  /** Yjs measures text in UTF-16 code units, as JavaScript strings are; so does Java. */
  private static long utf16Length(String text) {
    return text.length();
  }
}
