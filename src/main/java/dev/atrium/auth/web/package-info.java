/** The auth module's REST controllers and their request and response records. */
@NullMarked
package dev.atrium.auth.web;

import org.jspecify.annotations.NullMarked;
