-- When the last manual reminder ("remind non-readers now") of an announcement went out: a second
-- one within ten minutes is refused (429 announce.remind-too-soon). Claimed by one conditional
-- UPDATE, so two clicks at once (two tabs, two nodes) send one reminder.
alter table announce.announcement add column manual_reminded_at timestamptz;
