package dev.atrium.calendar;

import dev.atrium.access.Subject;
import dev.atrium.calendar.internal.EventRow;
import dev.atrium.calendar.internal.EventsTable;
import dev.atrium.calendar.internal.IcsEvent;
import dev.atrium.calendar.internal.IcsExport;
import dev.atrium.calendar.internal.IcsReader;
import dev.atrium.calendar.internal.IcsRows;
import dev.atrium.shared.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calendars in and out as iCalendar files (RFC 5545): a calendar or one event exported as its
 * reader may see it, and a file imported into a calendar, all or nothing. An imported event keeps
 * its UID, so importing the same file again (or a later export of the same calendar elsewhere)
 * changes the events it made instead of adding them twice.
 */
@Service
public class CalendarTransfers {

  /** Every event a calendar holds: exports are not windowed. */
  private static final Instant EVER_FROM = Instant.parse("1900-01-01T00:00:00Z");

  private static final Instant EVER_TO = Instant.parse("2200-01-01T00:00:00Z");

  private final Calendars calendars;
  private final Events events;
  private final EventsTable rows;
  private final IcsRows icsRows;
  private final IcsExport export;

  CalendarTransfers(
      Calendars calendars, Events events, EventsTable rows, IcsRows icsRows, IcsExport export) {
    this.calendars = calendars;
    this.events = events;
    this.rows = rows;
    this.icsRows = icsRows;
    this.export = export;
  }

  /** The whole calendar, for its readers (404 for those who may not see it, 403 for free/busy). */
  @Transactional(readOnly = true)
  public CalendarFile exportCalendar(Subject subject, UUID calendarId) {
    CalendarInfo calendar = calendars.get(subject, calendarId);
    if (calendar.role().rank() < CalendarRole.READER.rank()) {
      throw DomainException.forbidden(
          "calendar.export-denied", "You may see when this calendar is busy, not its events.");
    }
    Set<UUID> editable =
        calendar.role().rank() >= CalendarRole.EDITOR.rank() ? Set.of(calendarId) : Set.of();
    byte[] content = export.write(
        calendar.name(),
        subject.personId(),
        rows.inWindow(List.of(calendarId), EVER_FROM, EVER_TO),
        Set.of(calendarId),
        editable);
    return new CalendarFile(fileName(calendar.name()), content);
  }

  /** One event with all its occurrences, as whoever may open it sees it (busy only, or in full). */
  @Transactional(readOnly = true)
  public CalendarFile exportEvent(Subject subject, UUID eventId) {
    EventDetail detail = events.get(subject, eventId, null);
    EventRow row = rows.find(eventId).orElseThrow();
    EventRow series = row.parentId() == null ? row : rows.find(row.parentId()).orElseThrow();
    List<EventRow> found = new ArrayList<>(List.of(series));
    found.addAll(rows.overrides(series.id()));
    Set<UUID> calendar = Set.of(detail.calendarId());
    byte[] content = export.write(
        detail.calendarName(),
        subject.personId(),
        found,
        detail.busyOnly() ? Set.of() : calendar,
        detail.capabilities().edit() ? calendar : Set.of());
    String title = detail.busyOnly() || detail.title() == null ? "event" : detail.title();
    return new CalendarFile(fileName(title), content);
  }

  /**
   * Imports the events of an iCalendar file into the calendar, for its editors. Every event is
   * made or changed as {@link Events} makes and changes any (the importer organises it; nobody is
   * invited). All or nothing: when any part of the file is refused, nothing is stored and the
   * answer (400 {@code calendar.import-invalid}) lists every problem with its line, as
   * {@link CalendarImportError}s in {@code errors}.
   */
  @Transactional
  public CalendarImported importIcs(Subject subject, UUID calendarId, byte[] file) {
    CalendarInfo calendar = calendars.get(subject, calendarId);
    if (calendar.role().rank() < CalendarRole.EDITOR.rank()) {
      throw DomainException.forbidden(
          "calendar.cannot-edit", "You may see this calendar but not add to it.");
    }
    if (file.length > IcsReader.MAX_BYTES) {
      throw new DomainException(
          HttpStatus.CONTENT_TOO_LARGE,
          "calendar.import-too-large",
          "The file is larger than " + IcsReader.MAX_BYTES / (1024 * 1024) + " MB.",
          Map.of("maxBytes", IcsReader.MAX_BYTES));
    }
    IcsReader.Read read = IcsReader.read(file, ZoneId.of(calendar.timeZone()));
    List<CalendarImportError> errors = new ArrayList<>(read.problems());
    List<IcsReader.Draft> drafts = new ArrayList<>(read.drafts());
    // a series before its changed occurrences, which need it stored
    drafts.sort(Comparator.comparing(d -> d.event().recurrenceId() != null));
    Map<String, UUID> series = new HashMap<>();
    int created = 0;
    int updated = 0;
    for (IcsReader.Draft draft : drafts) {
      IcsEvent event = draft.event();
      try {
        if (event.recurrenceId() == null) {
          UUID existing = icsRows.byUid(calendarId, event.uid()).orElse(null);
          if (existing != null) {
            if (event.cancelled()) {
              events.cancel(subject, existing, EditScope.ALL, null);
            } else {
              events.update(subject, existing, EditScope.ALL, null, write(event));
            }
            series.put(event.uid(), existing);
            updated++;
          } else if (!event.cancelled()) {
            UUID id = events.create(subject, calendarId, write(event)).id();
            icsRows.setUid(id, event.uid());
            series.put(event.uid(), id);
            created++;
          }
        } else {
          UUID seriesId = series.get(event.uid());
          if (seriesId == null) {
            seriesId = icsRows
                .byUid(calendarId, event.uid())
                .orElseThrow(
                    () -> DomainException.badRequest(
                        "calendar.ics-malformed",
                        "This occurrence (RECURRENCE-ID) belongs to a series neither in the file nor in the calendar."));
          }
          if (event.cancelled()) {
            events.cancel(subject, seriesId, EditScope.THIS, event.recurrenceId());
          } else {
            events.update(subject, seriesId, EditScope.THIS, event.recurrenceId(), write(event));
          }
          updated++;
        }
      } catch (DomainException refused) {
        errors.add(new CalendarImportError(
            draft.lineOf(refused.code()), refused.code(), String.valueOf(refused.getMessage())));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(CalendarImportError::line));
      throw new DomainException(
          HttpStatus.BAD_REQUEST,
          "calendar.import-invalid",
          errors.size() + " problem(s) in the file; nothing was imported.",
          Map.of("errors", errors));
    }
    return new CalendarImported(created, updated);
  }

  private static WriteEvent write(IcsEvent event) {
    return new WriteEvent(
        event.title(),
        description(event.description()),
        event.location(),
        null,
        event.allDay(),
        event.start(),
        event.end(),
        event.zone().getId(),
        event.rrule(),
        event.isPrivate(),
        List.of(),
        List.of(),
        null,
        List.of(),
        null);
  }

  /** Plain text as a TipTap document: a paragraph a line, as the editor would hold it typed. */
  private static @org.jspecify.annotations.Nullable JsonNode description(String text) {
    if (text.isBlank()) {
      return null;
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ArrayNode paragraphs = nodes.arrayNode();
    for (String line : text.strip().split("\r?\n", -1)) {
      ObjectNode paragraph = paragraphs.addObject().put("type", "paragraph");
      if (!line.isEmpty()) {
        paragraph.putArray("content").addObject().put("type", "text").put("text", line);
      }
    }
    ObjectNode doc = nodes.objectNode().put("type", "doc");
    doc.set("content", paragraphs);
    return doc;
  }

  private static String fileName(String title) {
    String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
    return (name.isEmpty() ? "calendar" : name) + ".ics";
  }
}
