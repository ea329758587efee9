package dev.atrium.doc;

/** Whether the reader watches a page: is told when it is edited or commented on. */
public record PageWatch(boolean watching) {}
