package dev.atrium.doc.collab;

/**
 * A version's content: the page's whole Yjs state then (base64 of {@code Y.encodeStateAsUpdate},
 * for compare and restore in the client, which applies it as a new edit) and its Markdown.
 */
public record PageVersionContent(PageVersion version, String update, String markdown) {}
