package dev.atrium.mail.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jspecify.annotations.Nullable;

/**
 * The event an iMIP part (RFC 6047) offers or cancels: read only as far as the card shows it; the
 * calendar module reads the whole file when it is accepted.
 */
public record IcsInvite(
    String method,
    String uid,
    String summary,
    @Nullable Instant start,
    @Nullable Instant end,
    String organizer) {

  /** The invitation in {@code ics}, when it is a REQUEST or CANCEL with an event and a UID. */
  public static Optional<IcsInvite> read(byte[] ics) {
    Calendar calendar;
    try {
      calendar =
          new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    } catch (Exception unreadable) {
      return Optional.empty();
    }
    String method = calendar
        .getProperty(Property.METHOD)
        .map(p -> p.getValue().toUpperCase(Locale.ROOT))
        .orElse("");
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    if (!(method.equals("REQUEST") || method.equals("CANCEL")) || events.isEmpty()) {
      return Optional.empty();
    }
    VEvent event = events.getFirst();
    String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("");
    if (uid.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new IcsInvite(
        method,
        uid,
        event.getProperty(Property.SUMMARY).map(Property::getValue).orElse(""),
        instant(event, Property.DTSTART),
        instant(event, Property.DTEND),
        event
            .getProperty(Property.ORGANIZER)
            .map(p -> p.getValue().replaceFirst("(?i)^mailto:", ""))
            .orElse("")));
  }

  private static @Nullable Instant instant(VEvent event, String name) {
    return event
        .<DateProperty<?>>getProperty(name)
        .map(p -> instant(p.getDate()))
        .orElse(null);
  }

  /** Floating times and dates are read as UTC: the card only shows them, the import decides. */
  private static @Nullable Instant instant(Temporal t) {
    return switch (t) {
      case ZonedDateTime z -> z.toInstant();
      case OffsetDateTime o -> o.toInstant();
      case Instant i -> i;
      case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
      case LocalDate d -> d.atStartOfDay().toInstant(ZoneOffset.UTC);
      default -> null;
    };
  }
}
