package dev.atrium.task.web;

import dev.atrium.access.Subject;
import dev.atrium.shared.DomainException;
import dev.atrium.task.TaskFile;
import dev.atrium.task.TaskImported;
import dev.atrium.task.TaskTransfers;
import dev.atrium.task.internal.TaskSheets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Task projects")
@RestController
class TaskTransfersController {

  private final TaskTransfers transfers;

  TaskTransfersController(TaskTransfers transfers) {
    this.transfers = transfers;
  }

  @Operation(
      summary = "Every top-level task of the project as a CSV (UTF-8 with a BOM) or XLSX file",
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
  @GetMapping("/api/v1/task-projects/{id}/export")
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "csv") String format,
      @RequestParam(required = false) @Nullable String zone,
      Locale locale) {
    TaskFile file =
        transfers.export(subject, id, format, locale, TaskProjectsController.zone(zone));
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

  @PostMapping(path = "/api/v1/task-projects/{id}/import", consumes = "text/csv")
  @Operation(
      summary =
          "Imports tasks from a CSV file into the project, all or nothing (400 task.import-invalid lists every bad line)")
  TaskImported importCsv(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestBody byte[] file,
      @RequestParam(required = false) @Nullable String zone) {
    return transfers.importCsv(subject, id, file, TaskProjectsController.zone(zone));
  }

  @PostMapping(
      path = "/api/v1/task-projects/{id}/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Imports tasks from an uploaded CSV file, as the text/csv form does")
  TaskImported importUpload(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable String zone)
      throws IOException {
    // checked before reading, so an oversized upload is never held in memory
    if (file.getSize() > TaskSheets.MAX_BYTES) {
      throw new DomainException(
          HttpStatus.CONTENT_TOO_LARGE,
          "task.import-too-large",
          "The file is larger than " + TaskSheets.MAX_BYTES / (1024 * 1024) + " MB.",
          Map.of("maxBytes", TaskSheets.MAX_BYTES));
    }
    return transfers.importCsv(subject, id, file.getBytes(), TaskProjectsController.zone(zone));
  }
}
