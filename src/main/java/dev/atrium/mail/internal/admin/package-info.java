/**
 * Who receives mail where: the company's domains, people's addresses and aliases (with local parts
 * proposed from their names), mailing lists following the org tree, shared mailboxes and their
 * members, signatures, and the contacts a composer completes from (docs/mail.md, "Addresses, lists
 * and shared mailboxes").
 */
@NullMarked
package dev.atrium.mail.internal.admin;

import org.jspecify.annotations.NullMarked;
