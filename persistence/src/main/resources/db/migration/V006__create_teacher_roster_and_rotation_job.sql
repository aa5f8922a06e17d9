-- Teacher rosters (docs/data-formats.md §4), one row per teacher and school year. A roster belongs to the school data it
-- was checked against on import, so replacing a year of school data drops that year's roster with it.
alter table data_import drop constraint data_import_kind_check;
alter table data_import add constraint data_import_kind_check
    check (kind in ('SCHOOLS', 'COUNTY_INPUTS', 'DEMO', 'TEACHERS'));

create table teacher_roster (
    year            integer          not null,
    teacher_id      text             not null,
    county_code     text             not null references region (code),
    school_code     text             not null,
    segment         text             not null check (segment in ('PRIMARY', 'JUNIOR')),
    subject         text             not null,
    degree          text             not null,
    title           text             not null,
    backbone_level  text             not null,
    years_at_school integer          not null check (years_at_school >= 0),
    birth_year      integer          not null,
    gender          text             not null check (gender in ('M', 'F')),
    is_principal    boolean          not null,
    home_latitude   double precision,
    home_longitude  double precision,
    exempt_reason   text,
    import_id       bigint references data_import (id),
    primary key (year, teacher_id),
    foreign key (school_code, year) references school_year (school_code, year) on delete cascade
);
create index teacher_roster_county_year on teacher_roster (county_code, year);

-- A rotation planning job of one county and year: its inputs (the policy as YAML, the time limit, the locks), its
-- progress while it runs, and its result (the plan as JSON, written by the app). A job left QUEUED or RUNNING by a
-- stopped server is run again from these inputs on the next start.
create table rotation_job (
    id                 bigint generated always as identity primary key,
    county_code        text             not null references region (code),
    year               integer          not null,
    policy_yaml        text             not null,
    time_limit_seconds integer          not null check (time_limit_seconds between 1 and 3600),
    parent_id          bigint references rotation_job (id),
    created_by         text             not null,
    created_at         timestamptz      not null,
    status             text             not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    phase              text,
    time_share         double precision,
    incumbent          double precision,
    bound              double precision,
    started_at         timestamptz,
    finished_at        timestamptz,
    error              text,
    result             jsonb,
    approved_by        text,
    approved_at        timestamptz,
    check ((approved_by is null) = (approved_at is null)),
    check (approved_by is null or status = 'DONE')
);
create index rotation_job_county_year on rotation_job (county_code, year, id desc);
create index rotation_job_unfinished on rotation_job (id) where status in ('QUEUED', 'RUNNING');

-- The planner's locks a job carries: a move pinned (PIN, with its school), a move ruled out (FORBID, with its
-- school), or a teacher kept at the school (KEEP, no school).
create table rotation_lock (
    job_id      bigint not null references rotation_job (id) on delete cascade,
    kind        text   not null check (kind in ('PIN', 'FORBID', 'KEEP')),
    teacher_id  text   not null,
    school_code text,
    check ((kind = 'KEEP') = (school_code is null)),
    unique (job_id, kind, teacher_id, school_code)
);
