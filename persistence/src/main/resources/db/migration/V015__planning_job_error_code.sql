-- A failed job stores why as a code and its figures (docs/planning/jobs.md §4), which pages word in the reader's
-- language; the English text stays for the API and the audit log. Failures recorded before have only their text: they
-- get the code OTHER, with that text as their one argument.
alter table planning_job add column error_code text check (error_code ~ '^[A-Z][A-Z_]*$');
alter table planning_job add column error_arguments text[] not null default '{}';
update planning_job set error_code = 'OTHER', error_arguments = array[error] where error is not null;
alter table planning_job add constraint planning_job_error_has_code check ((error is null) = (error_code is null));
