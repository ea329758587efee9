package dev.atrium.calendar.internal;

import dev.atrium.access.GranteeKind;
import dev.atrium.calendar.EventInvitee;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import dev.atrium.shared.DomainException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns whom an event invites into people: a person as named, a department with everyone active
 * below it and a group with its active members as they are now (later joiners are not invited, as
 * in Outlook). An unknown or suspended person, department or group refuses the whole event.
 */
@Component
public class Invitees {

  /** The most people one event invites, the organiser included. */
  public static final int MAX_PEOPLE = 1000;

  private final OrgDirectory directory;

  Invitees(OrgDirectory directory) {
    this.directory = directory;
  }

  /** The people invited, the organiser first. */
  public Set<UUID> people(UUID organizerId, Collection<EventInvitee> invitees) {
    Set<UUID> people = new LinkedHashSet<>();
    people.add(organizerId);
    for (EventInvitee invitee : invitees) {
      switch (invitee.kind()) {
        case PERSON -> {
          if (directory.find(invitee.id()).filter(p -> !p.suspended()).isEmpty()) {
            throw unknown(invitee);
          }
          people.add(invitee.id());
        }
        case DEPARTMENT -> {
          if (directory.departmentName(invitee.id()).isEmpty()) {
            throw unknown(invitee);
          }
          people.addAll(directory.peopleInSubtree(invitee.id()));
        }
        case GROUP -> {
          var group = GranteeKind.GROUP.grantee(invitee.id());
          if (!directory.exists(group)) {
            throw unknown(invitee);
          }
          people.addAll(directory.people(group));
        }
      }
      if (people.size() > MAX_PEOPLE) {
        throw new DomainException(
            HttpStatus.BAD_REQUEST,
            "calendar.too-many-attendees",
            "An event invites at most " + MAX_PEOPLE + " people.",
            Map.of("max", MAX_PEOPLE));
      }
    }
    return people;
  }

  /** Whether the person exists and is not suspended: an organiser or attendee kept from before. */
  public boolean active(UUID personId) {
    return directory.find(personId).filter(p -> !p.suspended()).isPresent();
  }

  public Map<UUID, PersonRef> refs(Collection<UUID> people) {
    Map<UUID, PersonRef> refs = new java.util.HashMap<>();
    for (UUID id : people) {
      directory.find(id).ifPresent(p -> refs.put(id, p));
    }
    return refs;
  }

  private static DomainException unknown(EventInvitee invitee) {
    return new DomainException(
        HttpStatus.BAD_REQUEST,
        "calendar.attendee-unknown",
        "No such person, department or group to invite.",
        Map.of("kind", invitee.kind().name(), "id", invitee.id()));
  }
}
