-- The hierarchy province → city → county → township, derived from the six-digit division codes of the counties
-- stored: the first two digits name the province, the first four the city. Townships are known by name only in the
-- school file, so their code is the county code, a slash and the name.
create table region (
    code        text primary key,
    level       text not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP')),
    name        text not null,
    parent_code text references region (code),
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index region_parent on region (parent_code);
