package dev.atrium.doc;

import java.util.List;
import java.util.UUID;

/**
 * Who a page lets in, on top of its space's grants: when {@code readers} is not empty only they and
 * the {@code editors} may read it; when either list is not empty only the {@code editors} may edit
 * it. Space administrators pass every restriction. {@code inheritedFrom} are the pages above whose
 * own restrictions apply too.
 */
public record PageRestrictions(
    List<PageRestriction> readers, List<PageRestriction> editors, List<UUID> inheritedFrom) {}
