package dev.atrium.announce;

import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * When publishing waits for a reviewer: an audience of more than {@code approvalThreshold} people
 * (null: never by size), or any company-wide audience when {@code companyWideNeedsApproval}.
 */
public record ApprovalSettings(
    @Nullable @Min(1) Integer approvalThreshold, boolean companyWideNeedsApproval) {}
