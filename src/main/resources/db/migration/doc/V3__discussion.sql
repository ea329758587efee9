-- Discussion of pages: comment threads on a passage of the text or on the page as a whole, and who
-- watches a page. A trashed page's threads stay with it (they are read through the page).

create table doc.comment_thread (
  id          uuid primary key,
  page_id     uuid        not null references doc.page (id) on delete cascade,
  -- an inline thread's passage: two Yjs relative positions (Y.encodeRelativePosition), computed and
  -- resolved by the browser, and the text quoted when the thread was started; all null for a page
  -- comment. Anchors never write the document, so readers may comment too (docs/doc.md).
  anchor_start bytea,
  anchor_end   bytea,
  quote        text check (quote is null or length(quote) between 1 and 500),
  resolved_at timestamptz,
  resolved_by uuid,
  created_by  uuid        not null,
  created_at  timestamptz not null,
  check ((anchor_start is null) = (anchor_end is null) and (anchor_start is null) = (quote is null)),
  check ((resolved_at is null) = (resolved_by is null))
);
create index comment_thread_by_page on doc.comment_thread (page_id, id);

create table doc.comment (
  id         uuid primary key,
  thread_id  uuid        not null references doc.comment_thread (id) on delete cascade,
  author_id  uuid        not null,
  -- emptied when deleted: the comment stays as a tombstone while others in its thread remain; the
  -- thread goes with its last remaining comment
  body       text        not null check (length(body) <= 10000),
  created_at timestamptz not null,
  edited_at  timestamptz,
  deleted_at timestamptz,
  check (deleted_at is null or body = '')
);
create index comment_by_thread on doc.comment (thread_id, id);

-- Who watches a page: set when one creates, edits or comments on it, unless they chose otherwise;
-- watching = false keeps an explicit unwatch, so editing the page again does not undo it.
create table doc.page_watch (
  page_id   uuid    not null references doc.page (id) on delete cascade,
  person_id uuid    not null,
  watching  boolean not null,
  primary key (page_id, person_id)
);
