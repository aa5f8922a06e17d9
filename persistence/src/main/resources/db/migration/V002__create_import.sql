-- Provenance of every imported file: which file (name, SHA-256), who, when, how many rows, which years.
create table data_import (
    id          bigint generated always as identity primary key,
    kind        text        not null check (kind in ('SCHOOLS', 'COUNTY_INPUTS', 'DEMO')),
    file_name   text        not null,
    sha256      text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    imported_by text        not null,
    imported_at timestamptz not null,
    row_count   bigint      not null check (row_count >= 0),
    years       integer[]   not null
);
