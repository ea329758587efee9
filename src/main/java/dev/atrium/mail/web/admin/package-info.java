/** REST controllers for mail's domains, addresses, lists, shared mailboxes and contacts. */
@NullMarked
package dev.atrium.mail.web.admin;

import org.jspecify.annotations.NullMarked;
