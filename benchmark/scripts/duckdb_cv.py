"""The peer: what an analyst would write in DuckDB to get the same enrolment-weighted CVs.

Reads the school CSV (data-formats.md §1), applies the 2017 scope (special-education schools out), splits
shared assets of one-through and complete secondary schools by 1 : 1.1 (: 1.32) and 1 : 1.2, computes the
seven 2017 indicator values per school segment and the weighted population CV per county, segment and
indicator (standards.md §3.1, two-pass around the pooled mean). Writes county_code, segment, indicator, cv
as CSV.

Usage: python3 duckdb_cv.py SCHOOLS.csv OUT.csv
"""
import sys

import duckdb

SQL = """
CREATE TABLE s AS SELECT * FROM read_csv(?, header = true);
CREATE TABLE parts AS
WITH base AS (
  SELECT county_code, school_type,
         coalesce(primary_students, 0) AS a, coalesce(junior_students, 0) AS b, coalesce(senior_students, 0) AS c,
         coalesce(primary_teachers_above_degree, 0) AS p_deg, coalesce(primary_backbone_teachers, 0) AS p_bb,
         coalesce(primary_pe_arts_teachers, 0) AS p_pe,
         coalesce(junior_teachers_above_degree, 0) AS j_deg, coalesce(junior_backbone_teachers, 0) AS j_bb,
         coalesce(junior_pe_arts_teachers, 0) AS j_pe,
         teaching_aux_area_m2 AS area, indoor_sports_area_m2 AS indoor, sports_ground_area_m2 AS ground,
         equipment_value_yuan AS equip, multimedia_classrooms AS mm
  FROM s
  WHERE school_type <> 'SPECIAL_EDUCATION' AND year = (SELECT max(year) FROM s)
), w AS (
  SELECT *, a * 1.0 AS wa,
         CASE WHEN school_type = 'COMPLETE_SECONDARY' THEN b * 1.0 ELSE b * 1.1 END AS wb,
         CASE WHEN school_type = 'COMPLETE_SECONDARY' THEN c * 1.2 ELSE c * 1.32 END AS wc
  FROM base WHERE a + b > 0
)
SELECT county_code, 'PRIMARY' AS seg, a AS p, wa / (wa + wb + wc) AS sh, p_deg AS deg, p_bb AS bb, p_pe AS pe,
       area, indoor, ground, equip, mm FROM w WHERE a > 0
UNION ALL
SELECT county_code, 'JUNIOR', b, wb / (wa + wb + wc), j_deg, j_bb, j_pe,
       area, indoor, ground, equip, mm FROM w WHERE b > 0;
CREATE TABLE vals AS
SELECT county_code, seg, p,
       100.0 * deg / p AS teachers_above_degree_per100,
       100.0 * bb / p AS backbone_teachers_per100,
       100.0 * pe / p AS pe_arts_teachers_per100,
       area * sh / p AS teaching_aux_area_per_student,
       (ground * sh + indoor * sh) / p AS sports_area_per_student,
       equip * sh / p AS equipment_value_per_student,
       100.0 * (mm * sh) / p AS multimedia_rooms_per100
FROM parts;
CREATE TABLE result AS
WITH long AS (
  UNPIVOT vals ON teachers_above_degree_per100, backbone_teachers_per100, pe_arts_teachers_per100,
      teaching_aux_area_per_student, sports_area_per_student, equipment_value_per_student, multimedia_rooms_per100
  INTO NAME indicator VALUE x
), m AS (
  SELECT *, sum(p * x) OVER g / sum(p) OVER g AS mean
  FROM long WINDOW g AS (PARTITION BY county_code, seg, indicator)
)
SELECT county_code, seg AS segment, indicator,
       CASE WHEN mean = 0 THEN NULL ELSE sqrt(sum(p * (x - mean) * (x - mean)) / sum(p)) / mean END AS cv
FROM m GROUP BY county_code, seg, indicator, mean;
"""


def main(schools: str, out: str) -> None:
    con = duckdb.connect()
    statements = [s for s in SQL.split(";") if s.strip()]
    con.execute(statements[0], [schools])
    for statement in statements[1:]:
        con.execute(statement)
    con.execute("COPY result TO '" + out.replace("'", "''") + "' (HEADER, DELIMITER ',')")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
