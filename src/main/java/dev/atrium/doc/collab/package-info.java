/** Collaborative editing of pages over a socket, and the saved versions of a page. */
@NullMarked
package dev.atrium.doc.collab;

import org.jspecify.annotations.NullMarked;
