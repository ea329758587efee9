/** The search module's REST controllers and their request and response records. */
@NullMarked
package dev.atrium.search.web;

import org.jspecify.annotations.NullMarked;
