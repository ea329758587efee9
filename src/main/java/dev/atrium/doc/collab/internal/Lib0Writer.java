package dev.atrium.doc.collab.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes lib0's encodings, the few the server sends. */
final class Lib0Writer {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  Lib0Writer varUint(long value) {
    while (value > 0x7f) {
      out.write((int) (value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.write((int) value);
    return this;
  }

  Lib0Writer varUint8Array(byte[] bytes) {
    varUint(bytes.length);
    out.writeBytes(bytes);
    return this;
  }

  Lib0Writer varString(String text) {
    return varUint8Array(text.getBytes(StandardCharsets.UTF_8));
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }
}
