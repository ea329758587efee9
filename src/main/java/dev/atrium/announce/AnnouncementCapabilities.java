package dev.atrium.announce;

/** What the person asking may do with an announcement now; the client offers only these. */
public record AnnouncementCapabilities(
    boolean edit,
    boolean publish,
    boolean withdraw,
    boolean delete,
    boolean review,
    boolean stats,
    boolean comment,
    boolean react) {}
