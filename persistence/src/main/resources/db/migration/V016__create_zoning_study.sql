-- Zoning studies (docs/planning/zoning.md, "Platform"): a county's zoning files of one data year and entry grade,
-- frozen as uploaded (like enrolment_round_file), the runs of the zoning planner over them as planning jobs, and the
-- approved run. What is approved and exported is the run's stored plan, never recomputed.
create table zoning_study (
    id                 bigint generated always as identity primary key,
    county_code        text        not null references region (code),
    year               integer     not null,
    entry_grade        text        not null check (entry_grade in ('G1', 'G7')),
    policy             text        not null check (policy <> ''),
    created_by         text        not null,
    created_at         timestamptz not null,
    approved_job_id    bigint references planning_job (id),
    approved_by        text,
    approved_at        timestamptz,
    approved_plan_year integer,
    check ((approved_job_id is null) = (approved_by is null)
           and (approved_by is null) = (approved_at is null)
           and (approved_at is null) = (approved_plan_year is null))
);
create index zoning_study_county on zoning_study (county_code, created_at desc, id desc);

create table zoning_study_file (
    study_id  bigint  not null references zoning_study (id) on delete cascade,
    position  integer not null check (position >= 0),
    name      text    not null
        check (name in ('schools', 'blocks', 'adjacency', 'polygons', 'seats', 'zones', 'block_zones')),
    file_name text    not null,
    content   bytea   not null,
    primary key (study_id, name),
    unique (study_id, position)
);

-- The blocks of a study by name, for the public lookup (only the approved studies' are ever shown); school is the
-- school of the block's zone in the approved plan.
create table zoning_block (
    study_id   bigint not null references zoning_study (id) on delete cascade,
    block_id   text   not null,
    block_name text   not null,
    school     text,
    primary key (study_id, block_id)
);

-- A run: its planning job, pins, and once solved the result document byte for byte (planning_job.result is jsonb,
-- which does not keep the key order), the platform's copy of the plan and the two zone files; or why the problem
-- could not be zoned, as a code and its figures that the pages word.
create table zoning_run (
    job_id          bigint primary key references planning_job (id),
    study_id        bigint not null references zoning_study (id) on delete cascade,
    pins            text   not null,
    plan_json       text,
    plan_copy       text,
    zones_csv       text,
    block_zones_csv text,
    error_code      text check (error_code ~ '^[A-Z][A-Z_]*$'),
    error_params    text,
    check ((plan_json is null) = (zones_csv is null) and (zones_csv is null) = (block_zones_csv is null)),
    check ((error_code is null) = (error_params is null))
);
create index zoning_run_study on zoning_run (study_id, job_id desc);

alter table zoning_study add constraint zoning_study_approved_run
    foreign key (approved_job_id) references zoning_run (job_id);
