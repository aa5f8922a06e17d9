-- How many times a rotation job was started. A server that dies mid-solve leaves the job RUNNING; the next start runs
-- it again, but only up to a bound (the app's limit, 3): a job that brings the server down each time (one that
-- exhausts its memory) would otherwise do so at every start. Jobs stored before this column count as started once
-- when they ran.
alter table rotation_job add column attempts integer not null default 0 check (attempts >= 0);
update rotation_job set attempts = 1 where started_at is not null;
