package dev.atrium.doc.collab.internal;

/** A frame or Yjs update that is not what a real Yjs client writes; it is refused whole. */
final class MalformedUpdate extends RuntimeException {

  MalformedUpdate(String reason) {
    super(reason, null, false, false);
  }
}
