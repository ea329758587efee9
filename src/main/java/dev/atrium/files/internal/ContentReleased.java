package dev.atrium.files.internal;

import java.util.List;

/**
 * Files holding these contents (sha256) were released; their bytes go once no other file holds
 * the same content. Published in the releasing transaction, so a rollback never removes bytes.
 */
public record ContentReleased(List<String> sha256s) {}
