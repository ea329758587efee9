package dev.atrium.announce.web;

import dev.atrium.access.Subject;
import dev.atrium.announce.Announcement;
import dev.atrium.announce.AnnouncementDraft;
import dev.atrium.announce.AnnouncementList;
import dev.atrium.announce.AnnouncementReceipts;
import dev.atrium.announce.AnnouncementSummary;
import dev.atrium.announce.AnnouncementVersion;
import dev.atrium.announce.Announcements;
import dev.atrium.announce.Audience;
import dev.atrium.announce.AudienceSize;
import dev.atrium.announce.Audiences;
import dev.atrium.announce.Device;
import dev.atrium.announce.OpenAnnouncement;
import dev.atrium.announce.Publication;
import dev.atrium.announce.PublishAnnouncement;
import dev.atrium.announce.ReturnAnnouncement;
import dev.atrium.announce.VersionSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Announcements",
    description = "Announcements to departments, groups and people, with must-read receipts")
@RestController
@RequestMapping("/api/v1/announcements")
class AnnouncementsController {

  private final Announcements announcements;
  private final Publication publication;
  private final AnnouncementReceipts receipts;
  private final Audiences audiences;

  AnnouncementsController(
      Announcements announcements,
      Publication publication,
      AnnouncementReceipts receipts,
      Audiences audiences) {
    this.announcements = announcements;
    this.publication = publication;
    this.receipts = receipts;
    this.audiences = audiences;
  }

  @GetMapping
  @Operation(
      summary =
          "A box of announcements: inbox (unread first, then pinned, then newest), archive (expired),"
              + " mine (what I wrote, any state) or review (waiting for approval)")
  AnnouncementList list(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(defaultValue = "inbox") String box,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String q,
      @Parameter(
              description =
                  "Published (or scheduled) at or after this time, ISO-8601 with its offset")
          @RequestParam(required = false)
          @Nullable
          String from,
      @Parameter(
              description = "Published (or scheduled) before this time, ISO-8601 with its offset")
          @RequestParam(required = false)
          @Nullable
          String to,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(required = false) @Nullable Integer limit) {
    return announcements.list(subject, box, category, q, from, to, cursor, limit);
  }

  @GetMapping("/banner")
  @Operation(summary = "My must-reads not yet confirmed in their current required version")
  List<AnnouncementSummary> banner(@AuthenticationPrincipal Subject subject) {
    return announcements.banner(subject);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Announcement create(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody AnnouncementDraft draft) {
    return announcements.create(subject, draft);
  }

  @PostMapping("/audience-size")
  @Operation(summary = "How many people an audience reaches now, if I may address it")
  AudienceSize audienceSize(
      @AuthenticationPrincipal Subject subject, @Valid @RequestBody Audience audience) {
    return audiences.size(subject, audience);
  }

  @GetMapping("/{id}")
  Announcement get(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return announcements.get(subject, id);
  }

  @PutMapping("/{id}")
  @Operation(
      summary =
          "Changes a draft, returned or scheduled one, or corrects a published one (a new version)")
  Announcement update(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody AnnouncementDraft draft) {
    return announcements.update(subject, id, draft);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    announcements.delete(subject, id);
  }

  @PostMapping("/{id}/publish")
  @Operation(
      summary =
          "Publishes now, or at a later time; either may first wait for a reviewer's approval")
  Announcement publish(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody PublishAnnouncement command) {
    return publication.publish(subject, id, command);
  }

  @PostMapping("/{id}/withdraw")
  Announcement withdraw(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return publication.withdraw(subject, id);
  }

  @PostMapping("/{id}/approve")
  Announcement approve(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return publication.approve(subject, id);
  }

  @PostMapping("/{id}/return")
  Announcement sendBack(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody ReturnAnnouncement command) {
    return publication.sendBack(subject, id, command);
  }

  @PostMapping("/{id}/open")
  @Operation(summary = "Notes that I opened it (the first time and device are kept)")
  Announcement open(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody OpenAnnouncement command) {
    return receipts.open(subject, id, command);
  }

  @PostMapping("/{id}/confirm")
  @Operation(
      summary = "Confirms a must-read (\"I have read and understood\"), once per required version")
  Announcement confirm(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable OpenAnnouncement command) {
    return receipts.confirm(
        subject, id, command == null ? new OpenAnnouncement(Device.DESKTOP) : command);
  }

  @GetMapping("/{id}/versions")
  List<VersionSummary> versions(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return announcements.versions(subject, id);
  }

  @GetMapping("/{id}/versions/{number}")
  AnnouncementVersion version(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id, @PathVariable int number) {
    return announcements.version(subject, id, number);
  }
}
