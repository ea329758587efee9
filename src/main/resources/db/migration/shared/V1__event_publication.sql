-- Spring Modulith's event publication registry: an event survives a crash between commit and delivery.
create table shared.event_publication (
  id uuid primary key,
  listener_id text not null,
  event_type text not null,
  serialized_event text not null,
  publication_date timestamptz not null,
  completion_date timestamptz,
  status text,
  completion_attempts int,
  last_resubmission_date timestamptz
);
create index event_publication_by_completion on shared.event_publication (completion_date);
create index event_publication_serialized on shared.event_publication using hash (serialized_event);
