package dev.atrium.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of a folder's conversations, newest first; {@code next} is the cursor of the next page. */
public record MailThreadPage(
    List<MailThreadSummary> items, @Nullable String next) {}
