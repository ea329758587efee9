package dev.atrium.calendar.web;

import dev.atrium.access.Subject;
import dev.atrium.calendar.CalendarFile;
import dev.atrium.calendar.CalendarImported;
import dev.atrium.calendar.CalendarTransfers;
import dev.atrium.calendar.internal.IcsReader;
import dev.atrium.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Calendars")
@RestController
class CalendarTransfersController {

  private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  private final CalendarTransfers transfers;

  CalendarTransfersController(CalendarTransfers transfers) {
    this.transfers = transfers;
  }

  @GetMapping("/api/v1/calendars/{id}/export")
  @Operation(
      summary = "The calendar as an iCalendar file (private events of others as busy time)",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = "text/calendar",
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> exportCalendar(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return download(transfers.exportCalendar(subject, id));
  }

  @GetMapping("/api/v1/events/{id}/export")
  @Operation(
      summary = "The event (a series with its changed occurrences) as an iCalendar file",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType = "text/calendar",
                      schema = @Schema(type = "string", format = "binary"))))
  ResponseEntity<byte[]> exportEvent(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    return download(transfers.exportEvent(subject, id));
  }

  @PostMapping(path = "/api/v1/calendars/{id}/import", consumes = "text/calendar")
  @Operation(
      summary =
          "Imports an iCalendar file into the calendar, all or nothing (400 calendar.import-invalid lists every problem with its line)")
  CalendarImported importIcs(
      @AuthenticationPrincipal Subject subject, @PathVariable UUID id, @RequestBody byte[] file) {
    return transfers.importIcs(subject, id, file);
  }

  @PostMapping(
      path = "/api/v1/calendars/{id}/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Imports an uploaded iCalendar file, as the text/calendar form does")
  CalendarImported importUpload(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestPart("file") MultipartFile file)
      throws IOException {
    // checked before reading, so an oversized upload is never held in memory
    if (file.getSize() > IcsReader.MAX_BYTES) {
      throw new DomainException(
          HttpStatus.CONTENT_TOO_LARGE,
          "calendar.import-too-large",
          "The file is larger than " + IcsReader.MAX_BYTES / (1024 * 1024) + " MB.",
          Map.of("maxBytes", IcsReader.MAX_BYTES));
    }
    return transfers.importIcs(subject, id, file.getBytes());
  }

  private static ResponseEntity<byte[]> download(CalendarFile file) {
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.name(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(file.content());
  }
}
