package dev.atrium.calendar.internal;

import dev.atrium.calendar.CalendarImportError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.ExDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads an iCalendar file into events to store, with the line of every problem. ical4j parses it
 * (its {@link ParserException} knows the line); what it accepts and we cannot store (a TZID no zone
 * database knows, a VEVENT without a start or with its end before it) is found against our own scan
 * of the file, which remembers the line each VEVENT's properties begin on. Attendees and organisers
 * of the file are not read: an imported event is the importer's own, and nobody is invited by an
 * import.
 */
public final class IcsReader {

  /** The largest file read, in bytes. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  static final String MALFORMED = "calendar.ics-malformed";
  static final String NO_EVENTS = "calendar.ics-no-events";
  static final String ZONE_UNKNOWN = "calendar.time-zone-unknown";
  static final String RECURRENCE_INVALID = "calendar.recurrence-invalid";
  static final String TITLE_EMPTY = "calendar.title-empty";
  static final String END_BEFORE_START = "calendar.end-before-start";

  /** A timed event with no end lasts this long (RFC 5545's zero length is no meeting to store). */
  static final Duration DEFAULT_LENGTH = Duration.ofMinutes(30);

  private static final int MAX_TEXT = 500;

  /** The file's events in their order, or the problems that refuse it (then no events). */
  public record Read(List<Draft> drafts, List<CalendarImportError> problems) {}

  /** An event read, with the line its VEVENT and each of its properties begin on. */
  public record Draft(IcsEvent event, int line, Map<String, Integer> lines) {

    /** The line an error of this code is about: the property it concerns, else the VEVENT's. */
    public int lineOf(String code) {
      String property = switch (code) {
        case RECURRENCE_INVALID -> "RRULE";
        case ZONE_UNKNOWN -> "DTSTART";
        case END_BEFORE_START -> "DTEND";
        case TITLE_EMPTY -> "SUMMARY";
        default -> "";
      };
      return lines.getOrDefault(property, line);
    }
  }

  private IcsReader() {}

  /** Reads {@code file} (UTF-8); floating times and non-IANA zones are taken in {@code zone}. */
  public static Read read(byte[] file, ZoneId zone) {
    String text = new String(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Scan scan = Scan.of(text);
    List<CalendarImportError> problems = new ArrayList<>(scan.problems());
    if (!problems.isEmpty()) {
      return new Read(List.of(), problems);
    }
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      return new Read(List.of(), List.of(parseProblem(scan, e)));
    } catch (IOException | RuntimeException e) {
      return new Read(List.of(), List.of(problem(1, MALFORMED, "This is no iCalendar file.")));
    }
    List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    if (events.isEmpty() || events.size() != scan.blocks().size()) {
      return new Read(
          List.of(), List.of(problem(1, NO_EVENTS, "The file holds no event (VEVENT).")));
    }
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Scan.Block block = scan.blocks().get(i);
      try {
        drafts.add(new Draft(event(events.get(i), block, zone), block.begin(), block.lines()));
      } catch (Refusal refusal) {
        problems.add(problem(
            block.lines().getOrDefault(refusal.property, block.begin()),
            refusal.code,
            String.valueOf(refusal.getMessage())));
      }
    }
    return problems.isEmpty() ? new Read(drafts, List.of()) : new Read(List.of(), problems);
  }

  private static IcsEvent event(VEvent v, Scan.Block block, ZoneId fallback) {
    DateProperty<?> dtStart = v.<DateProperty<?>>getProperty(Property.DTSTART)
        .orElseThrow(() -> new Refusal("BEGIN", MALFORMED, "The event has no start (DTSTART)."));
    ZoneId zone = zoneOf(dtStart, fallback);
    boolean allDay = dtStart.getDate() instanceof LocalDate;
    Instant start = instant(dtStart.getDate(), zone);
    Instant end = v.<DateProperty<?>>getProperty(Property.DTEND)
        .map(p -> instant(p.getDate(), zone))
        .or(() -> v.getProperty(Property.DURATION)
            .map(p ->
                plus(start, ((net.fortuna.ical4j.model.property.Duration) p).getDuration(), zone)))
        .orElseGet(() ->
            allDay ? plus(start, java.time.Period.ofDays(1), zone) : start.plus(DEFAULT_LENGTH));
    if (!end.isAfter(start)) {
      throw new Refusal("DTEND", END_BEFORE_START, "The event ends before it starts.");
    }
    String title = text(v, Property.SUMMARY);
    if (title.isBlank()) {
      throw new Refusal("SUMMARY", TITLE_EMPTY, "The event has no title (SUMMARY).");
    }
    List<Instant> exdates = new ArrayList<>();
    for (Property p : v.getProperties(Property.EXDATE)) {
      ((ExDate<?>) p).getDates().forEach(d -> exdates.add(instant(d, zone)));
    }
    Instant recurrenceId = v.<DateProperty<?>>getProperty(Property.RECURRENCE_ID)
        .map(p -> instant(p.getDate(), zone))
        .orElse(null);
    String clazz = text(v, Property.CLASS).toUpperCase(Locale.ROOT);
    return new IcsEvent(
        Optional.of(text(v, Property.UID))
            .filter(s -> !s.isBlank())
            .orElseGet(() -> UUID.randomUUID() + "@atrium"),
        0,
        Instant.now(),
        clip(title),
        v.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse(""),
        clip(text(v, Property.LOCATION)),
        allDay,
        start,
        end,
        zone,
        v.getProperty(Property.RRULE).map(Property::getValue).orElse(null),
        exdates,
        recurrenceId,
        "CANCELLED".equalsIgnoreCase(text(v, Property.STATUS)),
        clazz.equals("PRIVATE") || clazz.equals("CONFIDENTIAL"),
        false,
        null,
        List.of());
  }

  private static ZoneId zoneOf(DateProperty<?> property, ZoneId fallback) {
    return property
        .getParameter(net.fortuna.ical4j.model.Parameter.TZID)
        .map(p -> known(p.getValue()))
        .flatMap(Optional::ofNullable)
        .orElse(fallback);
  }

  private static Instant instant(Temporal t, ZoneId zone) {
    return switch (t) {
      case Instant i -> i;
      case ZonedDateTime z -> z.toInstant();
      case OffsetDateTime o -> o.toInstant();
      case LocalDateTime floating -> floating.atZone(zone).toInstant();
      case LocalDate date -> date.atStartOfDay(zone).toInstant();
      default -> throw new Refusal("BEGIN", MALFORMED, "A date of the event cannot be read.");
    };
  }

  private static Instant plus(Instant start, TemporalAmount amount, ZoneId zone) {
    return start.atZone(zone).plus(amount).toInstant();
  }

  private static String text(VEvent v, String name) {
    return v.getProperty(name).map(Property::getValue).map(String::strip).orElse("");
  }

  private static String clip(String text) {
    return text.codePointCount(0, text.length()) <= MAX_TEXT
        ? text
        : text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
  }

  static @Nullable ZoneId known(String tzid) {
    try {
      return ZoneId.of(tzid.strip());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static CalendarImportError parseProblem(Scan scan, ParserException e) {
    int line = Math.max(1, e.getLineNo());
    String property = scan.propertyAt(line);
    String detail =
        String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
    return property.equals("RRULE")
        ? problem(line, RECURRENCE_INVALID, "The recurrence rule cannot be read: " + detail)
        : problem(line, MALFORMED, "This line cannot be read: " + detail);
  }

  private static CalendarImportError problem(int line, String code, String message) {
    return new CalendarImportError(line, code, message);
  }

  /** A problem of one event, about one of its properties. */
  private static final class Refusal extends RuntimeException {
    private final String property;
    private final String code;

    Refusal(String property, String code, String message) {
      super(message, null, false, false);
      this.property = property;
      this.code = code;
    }
  }

  /**
   * The file as lines (folded lines joined, each numbered where it begins): where each top-level
   * VEVENT and its properties begin, and the zones its VTIMEZONEs define.
   */
  private record Scan(
      Map<Integer, String> properties, List<Block> blocks, List<CalendarImportError> problems) {

    /** NAME *(;PARAM=VALUE) ":" of RFC 5545 §3.1, a parameter's value quoted or plain. */
    private static final java.util.regex.Pattern CONTENT_LINE = java.util.regex.Pattern.compile(
        "^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=(\"[^\"]*\"|[^\";:,]*)(,(\"[^\"]*\"|[^\";:,]*))*)*:.*",
        java.util.regex.Pattern.DOTALL);

    record Block(int begin, Map<String, Integer> lines) {}

    static Scan of(String text) {
      String[] physical = text.split("\r\n|\n|\r", -1);
      List<Integer> starts = new ArrayList<>();
      List<StringBuilder> lines = new ArrayList<>();
      for (int i = 0; i < physical.length; i++) {
        String line = physical[i];
        if (!lines.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
          lines.getLast().append(line, 1, line.length());
        } else if (!line.isEmpty()) {
          starts.add(i + 1);
          lines.add(new StringBuilder(line));
        }
      }
      Map<Integer, String> properties = new HashMap<>();
      List<Block> blocks = new ArrayList<>();
      List<String> definedZones = new ArrayList<>();
      List<Integer> zoneUses = new ArrayList<>();
      List<String> zoneNames = new ArrayList<>();
      List<String> open = new ArrayList<>();
      List<CalendarImportError> problems = new ArrayList<>();
      Block block = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).toString();
        int number = starts.get(i);
        String name = name(line);
        properties.put(number, name);
        if (!CONTENT_LINE.matcher(line).matches()) {
          // ical4j would read on and blame a later line
          problems.add(
              problem(number, MALFORMED, "This line is no iCalendar property (NAME:value)."));
          continue;
        }
        String value =
            line.indexOf(':') < 0 ? "" : line.substring(line.indexOf(':') + 1).strip();
        if (name.equals("BEGIN")) {
          open.add(value.toUpperCase(Locale.ROOT));
          if (open.size() == 2 && open.get(1).equals("VEVENT")) {
            block = new Block(number, new HashMap<>());
            block.lines().put("BEGIN", number);
            blocks.add(block);
          }
        } else if (name.equals("END")) {
          if (!open.isEmpty()) {
            open.removeLast();
          }
          if (open.size() < 2) {
            block = null;
          }
        } else {
          if (block != null && open.size() == 2) {
            block.lines().putIfAbsent(name, number);
          }
          if (name.equals("TZID") && open.contains("VTIMEZONE")) {
            definedZones.add(value);
          }
          String tzid = tzid(line);
          if (tzid != null) {
            zoneUses.add(number);
            zoneNames.add(tzid);
          }
        }
      }
      for (int i = 0; i < zoneNames.size(); i++) {
        String tzid = zoneNames.get(i);
        if (!definedZones.contains(tzid) && known(tzid) == null) {
          problems.add(
              problem(zoneUses.get(i), ZONE_UNKNOWN, "No time zone is called \"" + tzid + "\"."));
        }
      }
      problems.sort(java.util.Comparator.comparingInt(CalendarImportError::line));
      return new Scan(properties, blocks, problems);
    }

    String propertyAt(int line) {
      return properties.getOrDefault(line, "");
    }

    private static String name(String line) {
      int end = 0;
      while (end < line.length() && line.charAt(end) != ';' && line.charAt(end) != ':') {
        end++;
      }
      return line.substring(0, end).strip().toUpperCase(Locale.ROOT);
    }

    /** The TZID parameter of a property line, if it has one. */
    private static @Nullable String tzid(String line) {
      int colon = line.indexOf(':');
      String params = colon < 0 ? line : line.substring(0, colon);
      for (String param : params.split(";")) {
        if (param.regionMatches(true, 0, "TZID=", 0, 5)) {
          return param.substring(5).replace("\"", "").strip();
        }
      }
      return null;
    }
  }
}
