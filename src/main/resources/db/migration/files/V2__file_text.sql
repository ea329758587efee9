-- The plain text of stored content, for search (docs/files.md). Keyed by the bytes' sha256 like the
-- blobs, so the same content uploaded twice is read once, and an index rebuild reads nothing again:
-- a file that failed, timed out or was too large keeps that outcome instead of being retried.
create table files.file_text (
  sha256 text primary key check (length(sha256) = 64),
  status text not null check (status in ('OK', 'UNSUPPORTED', 'TOO_LARGE', 'FAILED', 'TIMEOUT')),
  -- whitespace-normalised, at most atrium.files.extract.max-chars characters; only when OK
  text text check ((status = 'OK') = (text is not null)),
  extracted_at timestamptz not null
);
