/**
 * MIME for the SMTP bridge: reading a raw message into a {@code ParsedMail} (charsets, encoded
 * names, alternatives, inline images), sanitising HTML from outside, and rendering an
 * {@code OutgoingMail} as a standard message.
 */
@NullMarked
package dev.atrium.mail.internal.mime;

import org.jspecify.annotations.NullMarked;
