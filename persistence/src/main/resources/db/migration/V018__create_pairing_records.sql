-- Strong–weak pairings (结对帮扶) and school groups (集团化办学) of the counties, with each pairing's signed agreement
-- and activity log (docs/planning/pairing-records.md). Schools are named by code, not by a foreign key: a pairing
-- outlives a replaced year of school data, and the checks against the school data are the service's (the same for a
-- form, the API and an import).
create table pairing (
    id                  bigint generated always as identity primary key,
    county_code         text    not null references region (code),
    segment             text    not null check (segment in ('PRIMARY', 'JUNIOR')),
    mentor_school       text    not null check (mentor_school <> ''),
    mentee_school       text    not null check (mentee_school <> ''),
    start_year          integer not null check (start_year between 1990 and 2100),
    end_year            integer,
    agreement_signed_on date    not null,
    agreement_summary   text    not null check (agreement_summary <> '' and length(agreement_summary) <= 4000),
    agreement_reference text check (agreement_reference <> '' and length(agreement_reference) <= 200),
    check (mentor_school <> mentee_school),
    check (end_year is null or end_year >= start_year)
);
create index pairing_county on pairing (county_code, start_year);
-- One pairing of the same schools in one segment at a time: a pair started twice would count its activities twice.
create unique index pairing_running_pair on pairing (county_code, segment, mentor_school, mentee_school)
    where end_year is null;

create table pairing_activity (
    id                bigint generated always as identity primary key,
    pairing_id        bigint  not null references pairing (id) on delete cascade,
    activity_date     date    not null,
    kind              text    not null
        check (kind in ('VISIT', 'SHARED_LESSON', 'MENTORED_TEACHER', 'ACTIVITY_DAY', 'SALON', 'OTHER')),
    participants      integer not null check (participants >= 0),
    teachers_mentored integer check (teachers_mentored >= 1),
    note              text    not null check (length(note) <= 2000),
    recorded_by       text    not null,
    check ((kind = 'MENTORED_TEACHER') = (teachers_mentored is not null))
);
create index pairing_activity_pairing on pairing_activity (pairing_id, activity_date desc, id desc);

create table school_group (
    id          bigint generated always as identity primary key,
    county_code text    not null references region (code),
    name        text    not null check (name <> '' and length(name) <= 200),
    core_school text    not null check (core_school <> ''),
    start_year  integer not null check (start_year between 1990 and 2100),
    end_year    integer,
    check (end_year is null or end_year >= start_year)
);
create index school_group_county on school_group (county_code, start_year);

create table school_group_member (
    group_id    bigint  not null references school_group (id) on delete cascade,
    position    integer not null check (position >= 0),
    school_code text    not null check (school_code <> ''),
    primary key (group_id, school_code),
    unique (group_id, position)
);
