-- Meeting rooms and their bookings (docs/calendar.md, "Rooms").

-- btree_gist lets one GiST exclusion constraint compare the room id with = and the period with &&.
-- It is a trusted extension since PostgreSQL 13: the database's owner may create it without being
-- a superuser, and zonky's embedded binaries ship it.
create extension if not exists btree_gist;

create table calendar.room (
  id             uuid primary key,
  name           text not null check (length(name) between 1 and 100),
  building       text not null default '' check (length(building) <= 100),
  floor          text not null default '' check (length(floor) <= 20),
  capacity       int not null check (capacity between 1 and 10000),
  equipment      text[] not null default '{}',
  needs_approval boolean not null default false,
  calendar_id    uuid not null unique references calendar.calendar (id),
  archived       boolean not null default false,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now()
);

-- One name per building among the rooms in use; an archived room frees its name.
create unique index room_name on calendar.room (building, lower(name)) where not archived;
create index room_equipment on calendar.room using gin (equipment);

alter table calendar.event add constraint event_room foreign key (room_id) references calendar.room (id);

-- One row per booked occurrence: a single event books one, a series one per occurrence within
-- RoomBookings.HORIZON. occurrence_start is the occurrence's original start (its key in the
-- series); period is when the room is held.
create table calendar.room_booking (
  id               uuid primary key,
  room_id          uuid not null references calendar.room (id),
  event_id         uuid not null references calendar.event (id) on delete cascade,
  occurrence_start timestamptz not null,
  period           tstzrange not null check (not isempty(period)),
  state            text not null check (state in ('PENDING', 'CONFIRMED', 'DECLINED')),
  decided_by       uuid,
  decided_at       timestamptz,
  created_at       timestamptz not null default now(),
  unique (event_id, occurrence_start),
  -- The rule "a room is never double-booked", kept by the database whatever races in code: two
  -- bookings of one room that are not declined never overlap (ranges are [start, end), so
  -- back-to-back meetings fit).
  constraint room_booking_no_overlap
    exclude using gist (room_id with =, period with &&) where (state <> 'DECLINED')
);

create index room_booking_pending on calendar.room_booking (room_id, occurrence_start)
  where state = 'PENDING';
