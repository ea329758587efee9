package dev.atrium.org;

/**
 * A problem on one line of an import file: {@code line} counts from 1 for the header, {@code field}
 * is the column name and {@code code} one of {@code required}, {@code email}, {@code size},
 * {@code duplicate}, {@code unknown-manager}, {@code department}.
 */
public record ImportError(int line, String field, String code, String message) {}
