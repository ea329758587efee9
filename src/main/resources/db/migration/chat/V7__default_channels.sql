-- Department channels now come with their departments (the root's is the company-wide channel);
-- one the org tree made by itself, or a backfill at start-up, has no creator.
alter table chat.channel alter column created_by drop not null;

-- The public channels the administrator chose for new people to join, besides their department channels.
create table chat.default_channel (
  channel_id uuid primary key references chat.channel (id),
  position int not null
);
