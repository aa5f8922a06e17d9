create table user_account (
    username      text primary key,
    password_hash text    not null,
    role          text    not null check (role in ('ADMIN', 'PLANNER', 'INSPECTOR', 'PRINCIPAL')),
    school_code   text,
    enabled       boolean not null default true,
    check ((role = 'PRINCIPAL') = (school_code is not null))
);

-- Append-only: who changed what, when, from which value to which (JSON documents).
create table audit_log (
    id         bigint generated always as identity primary key,
    at         timestamptz not null,
    actor      text        not null,
    entity     text        not null,
    entity_key text        not null,
    action     text        not null,
    old_value  jsonb,
    new_value  jsonb
);
create index audit_log_entity on audit_log (entity, entity_key);
