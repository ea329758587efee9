/** The mail module's REST controllers: webmail. */
@NullMarked
package dev.atrium.mail.web;

import org.jspecify.annotations.NullMarked;
