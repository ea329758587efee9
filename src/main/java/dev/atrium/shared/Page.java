package dev.atrium.shared;

import java.util.List;

/** One page of a longer list, with the total so a client can page on. */
public record Page<T>(List<T> items, long total) {}
