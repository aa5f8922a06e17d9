-- Enrolment rounds of a second kind and an approval step (docs/planning/rounds.md §1):
-- * QUOTA: the entrance-exam admission of an area (a county or a city; the column keeps its name county_code) with the
--   files schools, high_schools, candidates, policy and no entry grade;
-- * APPROVED between DRAWN and PUBLISHED: a planner or administrator approves the job's result before it is public.
-- Rounds published before this step existed were approved by their publication: they get its who and when, so every
-- stored row stays valid under the new checks.

-- The checks naming the kinds, the statuses of a drawn round, the grades and the file names are replaced below. V013
-- left them unnamed; they are found by what they say.
do $$
declare
    c record;
begin
    for c in
        select conrelid::regclass::text as tbl, conname
        from pg_constraint
        where conrelid in ('enrolment_round'::regclass, 'enrolment_round_file'::regclass)
          and contype = 'c'
          and (pg_get_constraintdef(oid) like '%''ADMISSION''%'
               or pg_get_constraintdef(oid) like '%''DRAWN''%'
               or pg_get_constraintdef(oid) like '%''G7''%'
               or pg_get_constraintdef(oid) like '%''applicants''%')
    loop
        execute format('alter table %I drop constraint %I', c.tbl, c.conname);
    end loop;
end
$$;

alter table enrolment_round
    add column approved_at timestamptz,
    add column approved_by text,
    alter column entry_grade drop not null;

update enrolment_round
set approved_at = published_at, approved_by = published_by
where status = 'PUBLISHED';

alter table enrolment_round
    add constraint enrolment_round_kind check (kind in ('ADMISSION', 'QUOTA')),
    add constraint enrolment_round_status
        check (status in ('DRAFT', 'COMMITTED', 'DRAWN', 'APPROVED', 'PUBLISHED')),
    -- An admission round names its entry grade; an exam admission has none.
    add constraint enrolment_round_grade
        check ((kind = 'ADMISSION') = (entry_grade is not null)
               and (entry_grade is null or entry_grade in ('G1', 'G7'))),
    add constraint enrolment_round_drawn
        check ((status in ('DRAWN', 'APPROVED', 'PUBLISHED')) = (public_value is not null)),
    add constraint enrolment_round_approved
        check ((approved_at is null) = (approved_by is null)
               and (status in ('APPROVED', 'PUBLISHED')) = (approved_at is not null)
               and (approved_at is null or drawn_at <= approved_at)
               and (published_at is null or approved_at <= published_at));

create index enrolment_round_area on enrolment_round (county_code, created_at desc, id desc);

alter table enrolment_round_file
    add constraint enrolment_round_file_name
        check (name in ('schools', 'seats', 'zones', 'applicants', 'high_schools', 'candidates', 'policy'));
