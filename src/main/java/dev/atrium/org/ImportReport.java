package dev.atrium.org;

import java.util.List;

/** What an org-chart import did, or in a dry run would do, and every problem found in the file. */
public record ImportReport(
    boolean applied,
    int rowCount,
    int departmentsCreated,
    int peopleCreated,
    int peopleUpdated,
    List<ImportError> errors) {}
