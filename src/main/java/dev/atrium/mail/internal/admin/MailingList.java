package dev.atrium.mail.internal.admin;

import java.util.UUID;

/**
 * A mailing list: mail to {@code address} goes to everyone its source holds at delivery time, so it
 * follows the org tree; {@code members} is how many that is now. The client labels the source
 * from the departments and groups it lists anyway.
 */
public record MailingList(
    UUID id,
    String name,
    String address,
    ListSource sourceKind,
    UUID sourceId,
    ListPosting posting,
    int members) {}
