package dev.atrium.access;

/** The coarse capabilities a client needs to decide which screens to offer. */
public record Capabilities(
    boolean administer,
    boolean manageOrg,
    boolean viewAudit,
    boolean manageRoles,
    boolean manageSettings) {}
