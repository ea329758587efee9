package dev.atrium.files;

import java.nio.file.Path;

/** A file one may read, and where its bytes (or its thumbnail's) are on disk. */
public record FileDownload(StoredFile file, Path path, String contentType) {}
