package dev.atrium.announce;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An announcement's receipts within one department's subtree (the whole audience at the top): its
 * totals, the department broken down (the root at the top; null only before org has a tree) and the
 * departments above it from the root (empty at the top), the recipients counted
 * here but in none of the listed children ({@code direct}: people of the department itself, and at
 * the top also those without a department), and each child department with recipients.
 */
public record ReceiptStatistics(
    long delivered,
    long opened,
    long confirmed,
    boolean mustRead,
    @Nullable StatisticsDepartment department,
    List<StatisticsDepartment> path,
    ReceiptCounts direct,
    List<DepartmentReceipts> departments) {}
