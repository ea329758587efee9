package dev.atrium.announce;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of the statistics' people; {@code next} is the opaque cursor of the following page. */
public record PersonReceiptPage(
    List<PersonReceipt> items, @Nullable String next) {}
