package dev.atrium.doc.collab.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lib0's binary encodings (the ones Yjs and y-protocols are written in) and refuses anything
 * that is not exactly one of them: a truncated buffer, a number past 2^53 (JavaScript's exact
 * integers, which is all lib0 writes), a length beyond the buffer, invalid UTF-8, an unknown tag.
 */
final class Lib0Reader {

  /** lib0 writes numbers of JavaScript's safe integer range; anything longer is not from it. */
  private static final long MAX_SAFE = (1L << 53) - 1;
  /** Nesting of lib0 "any" values a real document needs is shallow; a deep one is an attack on the stack. */
  private static final int MAX_DEPTH = 64;

  private final byte[] buffer;
  private int position;

  Lib0Reader(byte[] buffer) {
    this.buffer = buffer;
  }

  boolean hasMore() {
    return position < buffer.length;
  }

  int position() {
    return position;
  }

  int readUint8() {
    if (position >= buffer.length) {
      throw new MalformedUpdate("unexpected end of data");
    }
    return buffer[position++] & 0xff;
  }

  long readVarUint() {
    long value = 0;
    int shift = 0;
    while (true) {
      int b = readUint8();
      value |= (long) (b & 0x7f) << shift;
      shift += 7;
      if (b < 0x80) {
        break;
      }
      if (shift > 53) {
        throw new MalformedUpdate("integer too large");
      }
    }
    if (value > MAX_SAFE || value < 0) {
      throw new MalformedUpdate("integer too large");
    }
    return value;
  }

  /** A length or count: a varuint that must also fit the bytes that are left. */
  int readLength() {
    long length = readVarUint();
    if (length > buffer.length - position) {
      throw new MalformedUpdate("length beyond the end of data");
    }
    return (int) length;
  }

  long readVarInt() {
    int first = readUint8();
    long value = first & 0x3f;
    boolean negative = (first & 0x40) != 0;
    int shift = 6;
    int b = first;
    while ((b & 0x80) != 0) {
      if (shift > 53) {
        throw new MalformedUpdate("integer too large");
      }
      b = readUint8();
      value |= (long) (b & 0x7f) << shift;
      shift += 7;
    }
    if (value > MAX_SAFE) {
      throw new MalformedUpdate("integer too large");
    }
    return negative ? -value : value;
  }

  byte[] readVarUint8Array() {
    int length = readLength();
    byte[] bytes = new byte[length];
    System.arraycopy(buffer, position, bytes, 0, length);
    position += length;
    return bytes;
  }

  String readVarString() {
    int length = readLength();
    try {
      String text = StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(buffer, position, length))
          .toString();
      position += length;
      return text;
    } catch (CharacterCodingException e) {
      throw new MalformedUpdate("invalid UTF-8");
    }
  }

  /** Skips one value of lib0's "any" encoding (what Y.Map and Y.Array hold), checking it. */
  void readAny() {
    readAny(0);
  }

  private void readAny(int depth) {
    if (depth > MAX_DEPTH) {
      throw new MalformedUpdate("value nested too deeply");
    }
    int tag = readUint8();
    switch (tag) {
      case 127, 126, 121, 120 -> {} // undefined, null, false, true
      case 125 -> readVarInt();
      case 124 -> skip(4); // float32
      case 123, 122 -> skip(8); // float64, bigint64
      case 119 -> readVarString();
      case 118 -> {
        int entries = readLength();
        for (int i = 0; i < entries; i++) {
          readVarString();
          readAny(depth + 1);
        }
      }
      case 117 -> {
        int items = readLength();
        for (int i = 0; i < items; i++) {
          readAny(depth + 1);
        }
      }
      case 116 -> readVarUint8Array();
      default -> throw new MalformedUpdate("unknown value tag " + tag);
    }
  }

  private void skip(int bytes) {
    if (bytes > buffer.length - position) {
      throw new MalformedUpdate("unexpected end of data");
    }
    position += bytes;
  }
}
