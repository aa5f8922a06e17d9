-- An enrolment round of one county, year and entry grade (docs/planning/rounds.md): its input files frozen at upload,
-- then the lottery's commit published (COMMITTED), the public value given and the admission job queued (DRAWN), and the
-- result published (PUBLISHED). The order is enforced here too: no public value without a commit stored before it.
create table enrolment_round (
    id              bigint generated always as identity primary key,
    kind            text        not null check (kind in ('ADMISSION')),
    county_code     text        not null references region (code),
    year            integer     not null,
    entry_grade     text        not null check (entry_grade in ('G1', 'G7')),
    status          text        not null check (status in ('DRAFT', 'COMMITTED', 'DRAWN', 'PUBLISHED')),
    created_by      text        not null,
    created_at      timestamptz not null,
    lottery_commit  text check (lottery_commit ~ '^[0-9a-f]{64}$'),
    committed_at    timestamptz,
    public_value    text check (public_value <> ''),
    drawn_at        timestamptz,
    planning_job_id bigint references planning_job (id),
    published_at    timestamptz,
    published_by    text,
    -- The result document as published, byte for byte what `edubalance plan admission` writes (planning_job.result is
    -- jsonb, which does not keep the key order).
    result_json     text,
    check ((lottery_commit is null) = (committed_at is null)),
    check ((status = 'DRAFT') = (lottery_commit is null)),
    check ((public_value is null) = (drawn_at is null)),
    check ((status in ('DRAWN', 'PUBLISHED')) = (public_value is not null)),
    check (public_value is null or (planning_job_id is not null and committed_at <= drawn_at)),
    check ((published_at is null) = (published_by is null)),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check ((status = 'PUBLISHED') = (result_json is not null))
);

create index enrolment_round_county on enrolment_round (county_code, year);

-- The frozen input files of a round in the commit's order (schools, seats, zones, applicants, policy); the SHA-256 of
-- each is stored when the round is committed.
create table enrolment_round_file (
    round_id  bigint  not null references enrolment_round (id) on delete cascade,
    position  integer not null check (position >= 0),
    name      text    not null check (name in ('schools', 'seats', 'zones', 'applicants', 'policy')),
    file_name text    not null,
    content   bytea   not null,
    sha256    text check (sha256 ~ '^[0-9a-f]{64}$'),
    primary key (round_id, name),
    unique (round_id, position)
);
