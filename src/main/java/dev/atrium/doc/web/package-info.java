/** The doc module's REST controllers and their request and response records. */
@NullMarked
package dev.atrium.doc.web;

import org.jspecify.annotations.NullMarked;
