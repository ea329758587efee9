package dev.atrium.access;

/** A role on one resource given to a grantee; the role is one of the resource type's. */
public record Grant(Grantee grantee, String role) {}
