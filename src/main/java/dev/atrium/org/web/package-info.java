/** The org module's REST controllers and their request and response records. */
@NullMarked
package dev.atrium.org.web;

import org.jspecify.annotations.NullMarked;
