-- A county's boundary as uploaded by a planner or administrator (GeoJSON), drawn under the schools on the maps.
-- jsonb checks that the document is JSON; the app checks that it is GeoJSON and bounds its size.
create table county_boundary (
    county_code text primary key references region (code),
    geojson     jsonb not null
);
