-- A page made from a template is seeded by exactly one editor's client: the first socket to claim it
-- is sent the template (docs/doc.md, "Content"); the claim lapses after a while, or is released when
-- that socket closes with nothing stored, so a closed tab does not leave the page empty for good.
alter table doc.page add column template_claimed_at timestamptz;
