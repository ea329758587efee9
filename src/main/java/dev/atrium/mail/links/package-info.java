/**
 * Mail joined up with the other modules (issue #17, "Joined up"): a mail shared into a chat
 * conversation, a link to a mail unfurled as a card for its readers, a task made of a mail.
 */
@NullMarked
package dev.atrium.mail.links;

import org.jspecify.annotations.NullMarked;
