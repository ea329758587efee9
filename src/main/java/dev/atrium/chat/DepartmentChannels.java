package dev.atrium.chat;

import dev.atrium.access.Access;
import dev.atrium.access.Permission;
import dev.atrium.access.Scope;
import dev.atrium.access.Subject;
import dev.atrium.chat.internal.ChannelStream;
import dev.atrium.chat.internal.ChannelsTable;
import dev.atrium.chat.internal.DepartmentSeats;
import dev.atrium.chat.internal.MembersTable;
import dev.atrium.chat.internal.Memberships;
import dev.atrium.chat.internal.OrgFollower;
import dev.atrium.org.DepartmentCreated;
import dev.atrium.org.DepartmentDeleted;
import dev.atrium.org.DepartmentMoved;
import dev.atrium.org.DepartmentRenamed;
import dev.atrium.org.MembershipsChanged;
import dev.atrium.org.OrgDirectory;
import dev.atrium.org.OrgImported;
import dev.atrium.org.PersonCreated;
import dev.atrium.org.PersonReactivated;
import dev.atrium.org.PersonSuspended;
import dev.atrium.org.PersonUpdated;
import dev.atrium.shared.DomainException;
import dev.atrium.shared.Ids;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Department channels, as Feishu's department groups: every department has one, made with the
 * department, and its members are exactly the active people whose primary or a secondary department
 * lies in the department's subtree (guests excepted). The root department's channel is therefore
 * the company-wide channel everyone is in, as Slack's #general, guests again excepted. Nobody joins,
 * leaves or is removed by hand: the org tree decides. The department's administrators manage the
 * channel (its posting policy, say) without being in it.
 *
 * <p>How the channels follow the tree: after org's transaction commits, these {@link OrgFollower}
 * listeners (after-commit, durable, replayed from the event publication registry) bring the
 * channels in step, each change in a transaction of its own. An org change therefore never waits
 * for chat, nor fails with it: a listener that fails leaves its publication incomplete, to be
 * replayed, and whatever still differs is repaired by {@link #reconcile}, at every start and every
 * hour. Every listener is idempotent: it reads what org says now rather than what the event said
 * (a replay of an old rename does not undo a newer one), and adds with "insert … on conflict do
 * nothing". Channels are filled and repaired a whole channel at a time ({@link DepartmentSeats}), so
 * a department of thousands costs a few statements, and an org import is followed whole by one
 * pass ({@link #on(OrgImported)}) rather than once per person. Changes are announced on the
 * channel's stream by {@link Memberships#announce} ({@code member.joined}/{@code member.left}
 * entries, or one {@code channel.updated} for many at once); a new channel is one {@code
 * channel.updated} entry.
 */
@Service
public class DepartmentChannels {

  private static final Logger log = LoggerFactory.getLogger(DepartmentChannels.class);

  private final Channels channels;
  private final ChannelsTable channelRows;
  private final MembersTable members;
  private final DepartmentSeats seats;
  private final Memberships memberships;
  private final ChannelStream stream;
  private final OrgDirectory directory;
  private final Access access;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;

  /** The view of a channel for no one in particular: only its own fields are read. */
  private static final UUID NOBODY = new UUID(0, 0);

  /** Passes by the events an org import marks: {@link #on(OrgImported)} follows the import whole. */
  private static final String NOT_IMPORTED = "!#event.imported()";

  DepartmentChannels(
      Channels channels,
      ChannelsTable channelRows,
      MembersTable members,
      DepartmentSeats seats,
      Memberships memberships,
      ChannelStream stream,
      OrgDirectory directory,
      Access access,
      ApplicationEventPublisher events,
      TransactionTemplate transactions) {
    this.channels = channels;
    this.channelRows = channelRows;
    this.members = members;
    this.seats = seats;
    this.memberships = memberships;
    this.stream = stream;
    this.directory = directory;
    this.access = access;
    this.events = events;
    this.transactions = transactions;
  }

  /** What {@link #create} answers: the channel, and whether this call made it (or it existed). */
  public record Created(Channel channel, boolean created) {}

  /** What a {@link #reconcile} pass changed: channels made, renamed or archived, and seats added and removed. */
  public record Reconciled(int channelsCreated, int channelsChanged, int joined, int left) {
    boolean changedAnything() {
      return channelsCreated + channelsChanged + joined + left > 0;
    }
  }

  /**
   * The department's channel, for one of its administrators to open; made here when it is missing
   * (its department's listener has not run yet), its maker then owning it if they are in it.
   */
  @Transactional
  public Created create(Subject subject, CreateDepartmentChannel command) {
    UUID departmentId = command.departmentId();
    List<UUID> path = directory
        .departmentPath(departmentId)
        .orElseThrow(
            () -> DomainException.notFound("chat.department-not-found", "No such department."));
    access.check(subject, Permission.ORG_MANAGE, Scope.department(path));
    var existing = channelRows.ofDepartment(departmentId);
    if (existing.isPresent()) {
      return new Created(channels.view(existing.get(), subject), false);
    }
    boolean created = ensure(departmentId, subject.personId());
    return new Created(
        channels.view(channelRows.ofDepartment(departmentId).orElseThrow(), subject), created);
  }

  /** {@link #reconcile} at a system administrator's request, when they suspect a channel is out of step. */
  public Reconciled reconcile(Subject subject) {
    access.check(subject, Permission.SETTINGS_MANAGE, Scope.company());
    Reconciled done = reconcile();
    report(done);
    return done;
  }

  /**
   * Makes the channels and the memberships equal to what the org tree says, department by
   * department, each in its own transaction: missing channels are made, names follow their
   * departments, a deleted department's channel is archived, and each channel's members become its
   * department's people. What the listeners already did is left as it is, so a pass over an org in
   * step writes nothing. Safe on several nodes at once: one channel per department is a unique
   * constraint, and a seat is added or removed once.
   */
  public Reconciled reconcile() {
    List<UUID> departments = directory.departmentIds();
    Map<UUID, DepartmentSeats.DepartmentChannel> byDepartment = new HashMap<>();
    for (DepartmentSeats.DepartmentChannel channel : seats.all()) {
      byDepartment.put(channel.departmentId(), channel);
    }
    int created = 0;
    int changed = 0;
    int joined = 0;
    int left = 0;
    for (UUID departmentId : departments) {
      DepartmentSeats.DepartmentChannel channel = byDepartment.remove(departmentId);
      if (channel == null) {
        created +=
            Boolean.TRUE.equals(transactions.execute(status -> ensure(departmentId, null))) ? 1 : 0;
        continue;
      }
      int[] counts = Objects.requireNonNull(transactions.execute(status -> {
        boolean renamed = follow(channel.id(), departmentId);
        int[] seated = syncChannel(channel.id(), departmentId);
        return new int[] {renamed ? 1 : 0, seated[0], seated[1]};
      }));
      changed += counts[0];
      joined += counts[1];
      left += counts[2];
    }
    // what is left belongs to departments that are gone
    for (DepartmentSeats.DepartmentChannel channel : byDepartment.values()) {
      if (!channel.archived()) {
        transactions.executeWithoutResult(
            status -> changeSettings(channel.id(), false, null, true));
        changed++;
      }
    }
    return new Reconciled(created, changed, joined, left);
  }

  /**
   * At every start (an installation older than department channels gets them here; the registry
   * replays what a crash left unfinished meanwhile): repairs whatever the listeners did not bring in
   * step, and says so, since a pass that changes something means a change was missed.
   */
  @EventListener(ApplicationReadyEvent.class)
  void reconcileAtStart() {
    report(reconcile());
  }

  /**
   * Every hour, on every node: repairs what a listener that failed left behind, without waiting for
   * the next start to replay it. Idempotent, so several nodes at once only repeat each other's reads.
   */
  @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
  void reconcileHourly() {
    report(reconcile());
  }

  private static void report(Reconciled done) {
    if (done.changedAnything()) {
      log.info("Department channels brought in step with the org tree: {}", done);
    }
  }

  @OrgFollower(condition = NOT_IMPORTED)
  void on(DepartmentCreated event) {
    ensure(event.departmentId(), null);
  }

  /**
   * An org import, followed in one transaction and a few set-based statements rather than one
   * listener run per department and person (their events, marked {@code imported}, are passed by
   * without even a publication): the departments it made get their channels in one statement, each
   * holding its subtree's people; everyone it made or moved is seated where the org now puts them and
   * unseated where it no longer does, in one statement each with their grants; each channel whose
   * members changed is announced once ({@link Memberships#announce}). It reads what org says now, so
   * a replay writes nothing, and a change made since the import is kept. Takes the channel-making lock
   * first: a person's sync that starts meanwhile waits for this pass, then reads the org as it is.
   */
  @OrgFollower
  void on(OrgImported event) {
    seats.lockChannelMaking();
    Instant now = channels.now();
    Set<UUID> missing = new HashSet<>(event.createdDepartmentIds());
    missing.removeAll(channelRows.ofDepartments(missing).keySet());
    Map<UUID, DepartmentSeats.Made> made = seats.make(directory.departmentNames(missing), now);
    Set<UUID> placed = new HashSet<>(event.createdPeopleIds());
    placed.addAll(event.movedPeopleIds());
    Map<UUID, Set<UUID>> wanted = wantedSeats(made, placed);
    Map<UUID, Set<UUID>> unwanted = new HashMap<>();
    seats
        .channelsOfEach(placed)
        .forEach((person, have) -> have.forEach(channel -> {
          if (!wanted.getOrDefault(channel, Set.of()).contains(person)) {
            unwanted.computeIfAbsent(channel, k -> new HashSet<>()).add(person);
          }
        }));
    Map<UUID, List<UUID>> left = seats.removeEach(unwanted);
    Map<UUID, List<UUID>> joined = seats.addEach(wanted, now);

    for (DepartmentSeats.Made channel : made.values()) {
      // one entry for a new channel, as ensure() writes it
      stream.append(
          channel.id(),
          now,
          joined.getOrDefault(channel.id(), List.of()),
          seq -> new ChatStreamEvent.ChannelUpdated(channel.settings()));
      events.publishEvent(new ChannelCreated(
          channel.id(), ChannelKind.DEPARTMENT, channel.settings().name()));
    }
    // in one order, so that passes that touch the same channels lock them in the same order
    Set<UUID> changed = new TreeSet<>(joined.keySet());
    changed.addAll(left.keySet());
    made.values().forEach(channel -> changed.remove(channel.id()));
    for (UUID channel : changed) {
      memberships.announce(
          channel,
          joined.getOrDefault(channel, List.of()),
          left.getOrDefault(channel, List.of()),
          now);
    }
  }

  /**
   * Who each channel should hold among the people an import pass looks at: a new channel its whole
   * subtree (whoever joined the department since the import too), and every department channel the
   * import's people now belong in.
   */
  private Map<UUID, Set<UUID>> wantedSeats(Map<UUID, DepartmentSeats.Made> made, Set<UUID> placed) {
    Map<UUID, Set<UUID>> wanted = new HashMap<>();
    directory.peopleInSubtrees(made.keySet()).forEach((departmentId, people) -> {
      UUID channel = Objects.requireNonNull(made.get(departmentId)).id();
      wanted.computeIfAbsent(channel, k -> new HashSet<>()).addAll(people);
    });
    Map<UUID, Set<UUID>> holding = directory.subtreesHoldingEach(placed);
    Set<UUID> departments = new HashSet<>();
    holding.values().forEach(departments::addAll);
    Map<UUID, UUID> channelOf = channelRows.ofDepartments(departments);
    holding.forEach((person, subtrees) -> subtrees.forEach(departmentId -> {
      UUID channel = channelOf.get(departmentId);
      if (channel != null) {
        wanted.computeIfAbsent(channel, k -> new HashSet<>()).add(person);
      }
    }));
    return wanted;
  }

  /**
   * Makes the department's channel, named after it and holding its subtree's people; false when it
   * exists or the department is gone. {@code maker} owns it if they are in it; one the org tree makes
   * has no owner, its department's administrators managing it.
   */
  private boolean ensure(UUID departmentId, @Nullable UUID maker) {
    seats.lockChannelMaking();
    String name = directory.departmentName(departmentId).orElse(null);
    UUID id = Ids.newId();
    Instant now = channels.now();
    if (name == null || !channelRows.insertForDepartment(id, departmentId, name, maker, now)) {
      return false;
    }
    Set<UUID> people = directory.peopleInSubtree(departmentId);
    if (maker != null && people.contains(maker)) {
      memberships.enter(id, maker, ChannelRole.OWNER, now);
    }
    seats.addAll(id, people, now);
    // one entry rather than one per member (a department may hold thousands): a client that meets
    // an unknown channel reloads its list, so everyone in it sees the channel appear
    ChannelSettings settings = channelRows.view(id, NOBODY).orElseThrow().settings();
    stream.append(id, now, people, seq -> new ChatStreamEvent.ChannelUpdated(settings));
    events.publishEvent(new ChannelCreated(id, ChannelKind.DEPARTMENT, name));
    return true;
  }

  @OrgFollower(condition = NOT_IMPORTED)
  void on(PersonCreated event) {
    syncPerson(event.personId());
  }

  @OrgFollower
  void on(MembershipsChanged event) {
    syncPerson(event.personId());
  }

  @OrgFollower(condition = NOT_IMPORTED)
  void on(PersonUpdated event) {
    if (event.changedFields().contains("primaryDepartmentId")) {
      syncPerson(event.personId());
    }
  }

  @OrgFollower
  void on(PersonSuspended event) {
    syncPerson(event.personId());
  }

  @OrgFollower
  void on(PersonReactivated event) {
    syncPerson(event.personId());
  }

  /**
   * A moved subtree keeps its own channels' members; the departments above it change: those on the
   * old parent's path lose its people, those on the new path gain them.
   */
  @OrgFollower
  void on(DepartmentMoved event) {
    Set<UUID> above = new HashSet<>(event.path());
    above.remove(event.departmentId());
    directory.departmentPath(event.previousParentId()).ifPresent(above::addAll);
    channelRows
        .ofDepartments(above)
        .forEach((departmentId, channelId) -> syncChannel(channelId, departmentId));
  }

  @OrgFollower
  void on(DepartmentRenamed event) {
    channelRows
        .ofDepartment(event.departmentId())
        .ifPresent(id -> follow(id, event.departmentId()));
  }

  /** Only an empty department can be deleted; its channel is archived, its history kept. */
  @OrgFollower
  void on(DepartmentDeleted event) {
    if (directory.departmentName(event.departmentId()).isEmpty()) {
      channelRows
          .ofDepartment(event.departmentId())
          .ifPresent(id -> changeSettings(id, false, null, true));
    }
  }

  /** Puts the person in the channels of every department holding them, and out of the rest. */
  private void syncPerson(UUID personId) {
    seats.lockPerson(personId);
    seats.awaitChannelsMade();
    // what they have first: a channel a concurrent ensure() commits between the two reads is then
    // wanted as well, never "had but not wanted", which would take them out of it
    List<UUID> have = channelRows.departmentChannelsOf(personId);
    Set<UUID> wanted = new HashSet<>(
        channelRows.ofDepartments(directory.subtreesHolding(personId)).values());
    Instant now = channels.now();
    for (UUID channel : have) {
      if (!wanted.remove(channel)) {
        memberships.remove(channel, personId, now);
      }
    }
    for (UUID channel : wanted) {
      memberships.add(channel, personId, ChannelRole.MEMBER, now);
    }
  }

  /**
   * Makes the channel's members equal to its department's people, in two statements, announced by
   * {@link Memberships#announce}; answers how many joined and how many left.
   */
  private int[] syncChannel(UUID channelId, UUID departmentId) {
    Set<UUID> wanted = directory.peopleInSubtree(departmentId);
    Instant now = channels.now();
    List<UUID> left = seats.removeAllBut(channelId, wanted);
    List<UUID> joined = seats.addAll(channelId, wanted, now);
    memberships.announce(channelId, joined, left, now);
    return new int[] {joined.size(), left.size()};
  }

  /** Gives the channel its department's current name; false when it had it. */
  private boolean follow(UUID channelId, UUID departmentId) {
    return directory
        .departmentName(departmentId)
        .map(name -> changeSettings(channelId, true, name, null))
        .orElse(false);
  }

  private boolean changeSettings(
      UUID channelId, boolean rename, @Nullable String name, @Nullable Boolean archived) {
    ChannelSettings now = channelRows.view(channelId, NOBODY).orElseThrow().settings();
    ChannelSettings next = new ChannelSettings(
        rename ? name : now.name(),
        now.topic(),
        now.purpose(),
        archived == null ? now.archived() : archived,
        now.postingPolicy(),
        now.mentionPolicy());
    if (next.equals(now)) {
      return false;
    }
    channelRows.updateSettings(channelId, next);
    stream.append(
        channelId,
        channels.now(),
        members.of(channelId),
        seq -> new ChatStreamEvent.ChannelUpdated(next));
    return true;
  }
}
