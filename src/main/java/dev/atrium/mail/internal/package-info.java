/** What the mail module keeps to itself: the mailbox store, delivery, the SMTP bridge's seam. */
@NullMarked
package dev.atrium.mail.internal;

import org.jspecify.annotations.NullMarked;
