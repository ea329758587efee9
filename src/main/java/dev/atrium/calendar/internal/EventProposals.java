package dev.atrium.calendar.internal;

import dev.atrium.calendar.EventProposal;
import dev.atrium.calendar.internal.AnswersTable.ProposalRow;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.PersonRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Proposals of other times as the API shows them, with who proposed each. */
@Component
public class EventProposals {

  private final AnswersTable answers;
  private final OrgDirectory directory;

  EventProposals(AnswersTable answers, OrgDirectory directory) {
    this.answers = answers;
    this.directory = directory;
  }

  /**
   * The event's proposals, newest first: all of them when {@code proposer} is null (for its
   * organiser and its calendar's editors), else only that person's own.
   */
  public List<EventProposal> of(UUID eventId, @Nullable UUID proposer) {
    return shown(answers.proposals(eventId, proposer));
  }

  public List<EventProposal> shown(List<ProposalRow> rows) {
    Map<UUID, PersonRef> people = rows.stream()
        .map(ProposalRow::personId)
        .distinct()
        .map(directory::find)
        .flatMap(Optional::stream)
        .collect(Collectors.toMap(PersonRef::id, Function.identity()));
    List<EventProposal> shown = new ArrayList<>();
    for (ProposalRow row : rows) {
      PersonRef person = people.get(row.personId());
      if (person != null) {
        shown.add(new EventProposal(
            row.id(),
            person,
            row.occurrence(),
            row.start(),
            row.end(),
            row.note(),
            row.createdAt()));
      }
    }
    return shown;
  }
}
