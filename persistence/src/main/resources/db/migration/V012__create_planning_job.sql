-- One stored lifecycle for the jobs of every planner kind (docs/planning/jobs.md): rotation now, admission and quota
-- next. A job names its kind, the region and year it plans, and its inputs as a JSON document its kind reads; it is
-- QUEUED, then claimed by one platform instance (claimed_by, attempts, a lease the running instance keeps extending),
-- then DONE with its result document and outcome, or FAILED with the reason. Two instances on one database claim with
-- FOR UPDATE SKIP LOCKED, so each job runs once; a job whose instance died is claimed again once its lease ran out.
create table planning_job (
    id                bigint generated always as identity primary key,
    kind              text             not null check (kind ~ '^[A-Z][A-Z_]*$'),
    area_code         text             not null references region (code),
    year              integer          not null,
    request           jsonb            not null,
    parent_id         bigint references planning_job (id),
    created_by        text             not null,
    created_at        timestamptz      not null,
    status            text             not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    phase             text,
    time_share        double precision,
    incumbent         double precision,
    bound             double precision,
    attempts          integer          not null default 0 check (attempts >= 0),
    claimed_by        text,
    lease_until       timestamptz,
    heartbeat_at      timestamptz,
    started_at        timestamptz,
    finished_at       timestamptz,
    error             text,
    result            jsonb,
    outcome_status    text,
    outcome_objective double precision,
    outcome_bound     double precision,
    outcome_gap       double precision,
    outcome_solver    text,
    outcome_seconds   double precision,
    approved_by       text,
    approved_at       timestamptz,
    check ((approved_by is null) = (approved_at is null)),
    check (approved_by is null or status = 'DONE'),
    -- A running job always has a lease: that is what lets another instance take it over.
    check (status <> 'RUNNING' or lease_until is not null)
);
create index planning_job_area_year on planning_job (kind, area_code, year, id desc);
create index planning_job_claimable on planning_job (id) where status in ('QUEUED', 'RUNNING');

-- The rotation jobs keep their ids (links and audit entries name them), inputs, results and approvals. A job left
-- RUNNING by the single-instance runner gets a lease that has already run out, so the next instance resumes it.
insert into planning_job (id, kind, area_code, year, request, parent_id, created_by, created_at, status, phase,
                          time_share, incumbent, bound, attempts, claimed_by, lease_until, started_at, finished_at,
                          error, result, outcome_status, outcome_objective, outcome_bound, outcome_gap,
                          outcome_solver, outcome_seconds, approved_by, approved_at)
overriding system value
select id, 'ROTATION', county_code, year,
       jsonb_build_object('policyYaml', policy_yaml, 'timeLimitSeconds', time_limit_seconds),
       parent_id, created_by, created_at, status, phase, time_share, incumbent, bound, attempts,
       case when status = 'RUNNING' then 'single-instance runner (before V012)' end,
       case when status = 'RUNNING' then '-infinity'::timestamptz end,
       started_at, finished_at, error, result,
       result -> 'outcome' ->> 'status',
       (result -> 'outcome' ->> 'objective')::double precision,
       (result -> 'outcome' ->> 'bound')::double precision,
       (result -> 'outcome' ->> 'gap')::double precision,
       result -> 'outcome' ->> 'solver',
       (result -> 'outcome' ->> 'seconds')::double precision,
       approved_by, approved_at
from rotation_job
order by id;
select setval(pg_get_serial_sequence('planning_job', 'id'), coalesce((select max(id) from planning_job), 0) + 1, false);

-- The locks stay rotation's own input, now referring to the generic job.
alter table rotation_lock drop constraint rotation_lock_job_id_fkey;
alter table rotation_lock add constraint rotation_lock_job_id_fkey
    foreign key (job_id) references planning_job (id) on delete cascade;
drop table rotation_job;
