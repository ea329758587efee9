package dev.atrium.announce.web;

import dev.atrium.access.Subject;
import dev.atrium.announce.AnnouncementCategory;
import dev.atrium.announce.Approval;
import dev.atrium.announce.ApprovalSettings;
import dev.atrium.announce.Categories;
import dev.atrium.announce.PublisherGrants;
import dev.atrium.announce.Publishers;
import dev.atrium.announce.ReplaceAnnouncementCategories;
import dev.atrium.announce.ReplacePublishers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Categories, approval settings and who may publish to a department. */
@Tag(name = "Announcements")
@RestController
class AnnouncementAdminController {

  private final Categories categories;
  private final Approval approval;
  private final Publishers publishers;

  AnnouncementAdminController(Categories categories, Approval approval, Publishers publishers) {
    this.categories = categories;
    this.approval = approval;
    this.publishers = publishers;
  }

  @GetMapping("/api/v1/announcement-categories")
  List<AnnouncementCategory> categories() {
    return categories.all();
  }

  @PutMapping("/api/v1/admin/announcement-categories")
  @Operation(
      summary = "Replaces the categories in order; one left out that announcements use is archived")
  List<AnnouncementCategory> replaceCategories(
      @AuthenticationPrincipal Subject subject,
      @Valid @RequestBody ReplaceAnnouncementCategories command) {
    return categories.replace(subject, command);
  }

  @GetMapping("/api/v1/admin/announcement-settings")
  ApprovalSettings settings(@AuthenticationPrincipal Subject subject) {
    return approval.settings(subject);
  }

  @PutMapping("/api/v1/admin/announcement-settings")
  ApprovalSettings changeSettings(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody ApprovalSettings settings) {
    return approval.change(subject, settings);
  }

  @GetMapping("/api/v1/announcement-publishers/{departmentId}")
  @Operation(summary = "Who holds the publisher role on a department (publishes to its subtree)")
  PublisherGrants publishers(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID departmentId) {
    return publishers.of(subject, departmentId);
  }

  @PutMapping("/api/v1/announcement-publishers/{departmentId}")
  PublisherGrants replacePublishers(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID departmentId,
      @Valid @RequestBody ReplacePublishers command) {
    return publishers.replace(subject, departmentId, command);
  }
}
