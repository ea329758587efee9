-- How far ahead a series with a room has booked it: the hourly roll books the occurrences that came
-- within the horizon since (null: booked before this column existed, rolled at the first poll)
alter table calendar.event add column rooms_booked_until timestamptz;

create index event_room_roll on calendar.event (rooms_booked_until)
  where rrule is not null and room_id is not null and status = 'CONFIRMED';
