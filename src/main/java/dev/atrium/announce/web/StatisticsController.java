package dev.atrium.announce.web;

import dev.atrium.access.Subject;
import dev.atrium.announce.AnnouncementStatistics;
import dev.atrium.announce.ExportFormat;
import dev.atrium.announce.PersonReceiptPage;
import dev.atrium.announce.ReceiptState;
import dev.atrium.announce.ReceiptStatistics;
import dev.atrium.announce.StatisticsFile;
import dev.atrium.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Announcements", description = "Announcements, receipts and their statistics")
@RestController
class StatisticsController {

  private final AnnouncementStatistics statistics;

  StatisticsController(AnnouncementStatistics statistics) {
    this.statistics = statistics;
  }

  @Operation(summary = "Receipts of an announcement by department, down the org tree")
  @GetMapping("/api/v1/announcements/{id}/stats")
  ReceiptStatistics statistics(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable UUID department) {
    return statistics.statistics(subject, id, department);
  }

  @Operation(summary = "The recipients who have not opened or confirmed an announcement")
  @GetMapping("/api/v1/announcements/{id}/stats/people")
  PersonReceiptPage people(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable ReceiptState state,
      @RequestParam(required = false) @Nullable UUID department,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "" + AnnouncementStatistics.DEFAULT_LIMIT) int limit) {
    return statistics.people(subject, id, state, department, cursor, limit);
  }

  @Operation(
      summary = "Every recipient with their receipt, as a CSV (UTF-8 with a BOM) or XLSX file",
      responses =
          @ApiResponse(
              responseCode = "200",
              content = {
                @Content(
                    mediaType = "text/csv",
                    schema = @Schema(type = "string", format = "binary")),
                @Content(
                    mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))
              }))
  @GetMapping("/api/v1/announcements/{id}/stats/export")
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "CSV") String format,
      @RequestParam(required = false) @Nullable String zone,
      Locale locale) {
    StatisticsFile file = statistics.export(subject, id, format(format), locale, zone(zone));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.name(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(file.content());
  }

  /** csv or xlsx, in any case: links in the web client read {@code ?format=xlsx}. */
  private static ExportFormat format(String format) {
    try {
      return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.badRequest("announce.export-format-invalid", "format is csv or xlsx.");
    }
  }

  /** The reader's time zone for the file's times (an IANA name); the server's when absent. */
  private static ZoneId zone(@Nullable String zone) {
    if (zone == null || zone.isBlank()) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw DomainException.badRequest("announce.zone-invalid", "zone is not a time zone.");
    }
  }
}
