-- task::calendar (TaskCalendar.dueFor): a person's calendar asks for the tasks they created with
-- nobody assigned, due in a range; without this it reads every task.
create index task_by_creator_due on task.task (creator_id, due_at) where due_at is not null;
