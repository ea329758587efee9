/** The files module's REST controllers and their request and response records. */
@NullMarked
package dev.atrium.files.web;

import org.jspecify.annotations.NullMarked;
