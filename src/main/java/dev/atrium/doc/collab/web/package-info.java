/** The REST controllers of page versions. */
@NullMarked
package dev.atrium.doc.collab.web;

import org.jspecify.annotations.NullMarked;
