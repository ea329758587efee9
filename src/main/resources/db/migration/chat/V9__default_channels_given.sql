-- Who has been given the default channels: a new person joins them once, and a replayed
-- PersonCreated (its listener runs after org's commit and may run twice) must not put back someone
-- who has left them since.
create table chat.default_channels_given (
  person_id uuid primary key,
  given_at timestamptz not null
);
