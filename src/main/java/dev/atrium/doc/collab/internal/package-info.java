/** What collaborative editing keeps to itself: the socket, its rooms, the Yjs frames. */
@NullMarked
package dev.atrium.doc.collab.internal;

import org.jspecify.annotations.NullMarked;
