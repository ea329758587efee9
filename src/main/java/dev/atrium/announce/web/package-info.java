/** The announce module's REST controllers and their request and response records. */
@NullMarked
package dev.atrium.announce.web;

import org.jspecify.annotations.NullMarked;
