-- A handed-out (generated) password must be replaced by the person's own at the first sign-in.
alter table user_account add column must_change_password boolean not null default false;

-- Personal API tokens for scripts: only the SHA-256 digest of the token is kept.
create table api_token (
    id           bigint generated always as identity primary key,
    username     text        not null references user_account (username),
    name         text        not null,
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_username on api_token (username);
