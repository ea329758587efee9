package dev.atrium.calendar.web;

import dev.atrium.access.Subject;
import dev.atrium.calendar.Room;
import dev.atrium.calendar.RoomList;
import dev.atrium.calendar.RoomRequestList;
import dev.atrium.calendar.RoomSearch;
import dev.atrium.calendar.Rooms;
import dev.atrium.calendar.WriteRoom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Rooms", description = "Meeting rooms: search, administration and booking approval")
@RestController
@RequestMapping("/api/v1/rooms")
class RoomsController {

  private final Rooms rooms;

  RoomsController(Rooms rooms) {
    this.rooms = rooms;
  }

  @GetMapping
  @Operation(
      summary = "Rooms seating at least capacity, in a building, with all the equipment named;"
          + " with from and to each says whether it is free then (free=true: only free ones)")
  RoomList searchRooms(
      @AuthenticationPrincipal Subject subject,
      @RequestParam(required = false) @Nullable Instant from,
      @RequestParam(required = false) @Nullable Instant to,
      @RequestParam(defaultValue = "0") int capacity,
      @RequestParam(required = false) @Nullable String building,
      @RequestParam(required = false) @Nullable List<String> equipment,
      @RequestParam(defaultValue = "false") boolean free,
      @RequestParam(defaultValue = "false") boolean archived) {
    return rooms.search(
        subject,
        new RoomSearch(
            from,
            to,
            capacity,
            building,
            equipment == null ? List.of() : equipment,
            free,
            archived));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Adds a room with its calendar (administrators)")
  Room createRoom(@AuthenticationPrincipal Subject subject, @Valid @RequestBody WriteRoom write) {
    return rooms.create(subject, write);
  }

  @PatchMapping("/{id}")
  @Operation(summary = "Changes a room; fields left out keep their values (administrators)")
  Room updateRoom(
      @AuthenticationPrincipal Subject subject,
      @PathVariable UUID id,
      @Valid @RequestBody WriteRoom write) {
    return rooms.update(subject, id, write);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Archives a room: no new bookings; meetings keep theirs (administrators)")
  void archiveRoom(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    rooms.archive(subject, id);
  }

  @GetMapping("/requests")
  @Operation(summary = "Meetings waiting for my approval of a room I approve, soonest first")
  RoomRequestList roomRequests(@AuthenticationPrincipal Subject subject) {
    return rooms.requests(subject);
  }

  @PostMapping("/bookings/{id}/approve")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Confirms the meeting's pending bookings of the room (a series: all of them)")
  void approveRoomBooking(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    rooms.approve(subject, id);
  }

  @PostMapping("/bookings/{id}/decline")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Declines the meeting's pending bookings of the room, freeing it")
  void declineRoomBooking(@AuthenticationPrincipal Subject subject, @PathVariable UUID id) {
    rooms.decline(subject, id);
  }
}
