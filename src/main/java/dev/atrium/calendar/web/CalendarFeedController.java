package dev.atrium.calendar.web;

import dev.atrium.access.Subject;
import dev.atrium.calendar.CalendarFeed;
import dev.atrium.calendar.CalendarFeeds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Calendar feed")
@RestController
class CalendarFeedController {

  private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  private final CalendarFeeds feeds;

  CalendarFeedController(CalendarFeeds feeds) {
    this.feeds = feeds;
  }

  @GetMapping("/api/v1/calendar/feed")
  @Operation(
      summary = "Whether I have a secret feed URL, and since when (the URL itself is told once)")
  CalendarFeed mine(@AuthenticationPrincipal Subject subject) {
    return feeds.mine(subject);
  }

  @PostMapping("/api/v1/calendar/feed")
  @Operation(
      summary = "Makes my secret feed URL, or a new one in place of the old (which stops working)")
  CalendarFeed rotate(@AuthenticationPrincipal Subject subject) {
    return feeds.rotate(subject);
  }

  @DeleteMapping("/api/v1/calendar/feed")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revokes my feed URL")
  void revoke(@AuthenticationPrincipal Subject subject) {
    feeds.revoke(subject);
  }

  /**
   * Public: the secret in the path is the only credential. Any other secret answers a bare 404,
   * with no problem document, so nothing tells a wrong secret from a revoked one.
   */
  @GetMapping("/api/v1/calendar-feeds/{token}")
  @Operation(
      summary =
          "A person's calendar as iCalendar, for calendar clients to subscribe to (no sign-in)",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content =
                @Content(
                    mediaType = "text/calendar",
                    schema = @Schema(type = "string", format = "binary"))),
        @ApiResponse(responseCode = "404", content = @Content)
      })
  ResponseEntity<byte[]> feed(@PathVariable String token) {
    return feeds
        .read(token)
        .map(content -> ResponseEntity.ok()
            .contentType(CALENDAR)
            .cacheControl(CacheControl.noStore())
            .body(content))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
