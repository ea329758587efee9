-- Whether someone chose the calendar's time zone (docs/calendar.md, "Model"). A personal calendar is
-- made in UTC on first use, before its person could choose; the web client then sets it once to the
-- browser's zone, and any change of the zone through the API counts as chosen. Team, department and
-- room calendars get theirs from whoever makes them. A personal calendar already made in UTC is
-- taken as never chosen: UTC is what the server gave it, and the person may change it again.
alter table calendar.calendar add column time_zone_chosen boolean not null default true;
update calendar.calendar set time_zone_chosen = false where kind = 'PERSONAL' and time_zone = 'UTC';
