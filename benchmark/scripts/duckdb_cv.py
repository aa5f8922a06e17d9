"""The peer: the fastest query we could write in DuckDB for the same enrolment-weighted CVs as `edubalance evaluate`.

Reads the school CSV (docs/data-formats.md §1), applies the 2017 scope (special-education schools out), splits shared
assets of one-through and complete secondary schools by 1 : 1.1 (: 1.32) and 1 : 1.2, computes the seven 2017
indicator values per school segment and the weighted population CV per county, segment and indicator
(docs/standards.md §3.1) of the latest year. Writes county_code, segment, indicator, cv as CSV.

Three formulations, all giving the same CVs (the benchmark checks each against `evaluate`):
- single-pass (the default, the fastest): one scan and one GROUP BY year, county, segment with the sums of p, p·x and
  p·x² of the seven indicators as columns; the weighted variance is Σp·x²/Σp − x̄², the CV its root over x̄. The CSV
  is read with its columns and types given (no sniffing) and only the 17 columns the query uses are converted.
- wide-join: the wide GROUP BY county, segment for the means, joined back to the rows for Σp·(x − x̄)² (two passes).
- unpivot: the long form (UNPIVOT to one row per school and indicator) with window functions for the means, after
  loading the whole file into a table (the first version of this peer).

Usage: python3 duckdb_cv.py SCHOOLS.csv OUT.csv [--query single-pass|wide-join|unpivot] [--threads N]
"""
import argparse

import duckdb

# Short names inside the queries, the indicator ids of the 2017 standard in the output.
INDICATORS = {
    "deg": "teachers_above_degree_per100",
    "bb": "backbone_teachers_per100",
    "pe": "pe_arts_teachers_per100",
    "area": "teaching_aux_area_per_student",
    "sports": "sports_area_per_student",
    "equip": "equipment_value_per_student",
    "mm": "multimedia_rooms_per100",
}
NUMERIC = {
    "year", "primary_students", "junior_students", "senior_students", "primary_teachers_above_degree",
    "primary_backbone_teachers", "primary_pe_arts_teachers", "junior_teachers_above_degree",
    "junior_backbone_teachers", "junior_pe_arts_teachers", "teaching_aux_area_m2", "indoor_sports_area_m2",
    "sports_ground_area_m2", "equipment_value_yuan", "multimedia_classrooms",
}

# One row per school segment with students: its students p and its seven indicator values (the same arithmetic, in
# the same order, as the Java evaluation, so both give the same doubles).
VALUES = """
base AS (
  SELECT year, county_code, school_type,
         coalesce(primary_students, 0) AS a, coalesce(junior_students, 0) AS b, coalesce(senior_students, 0) AS c,
         coalesce(primary_teachers_above_degree, 0) AS p_deg, coalesce(primary_backbone_teachers, 0) AS p_bb,
         coalesce(primary_pe_arts_teachers, 0) AS p_pe,
         coalesce(junior_teachers_above_degree, 0) AS j_deg, coalesce(junior_backbone_teachers, 0) AS j_bb,
         coalesce(junior_pe_arts_teachers, 0) AS j_pe,
         teaching_aux_area_m2 AS area, indoor_sports_area_m2 AS indoor, sports_ground_area_m2 AS ground,
         equipment_value_yuan AS equip, multimedia_classrooms AS mm
  FROM {source}
), w AS (
  SELECT *, a * 1.0 AS wa,
         CASE WHEN school_type = 'COMPLETE_SECONDARY' THEN b * 1.0 ELSE b * 1.1 END AS wb,
         CASE WHEN school_type = 'COMPLETE_SECONDARY' THEN c * 1.2 ELSE c * 1.32 END AS wc
  FROM base WHERE school_type <> 'SPECIAL_EDUCATION' AND a + b > 0
), parts AS (
  SELECT year, county_code, 'PRIMARY' AS seg, a AS p, wa / (wa + wb + wc) AS sh, p_deg AS deg, p_bb AS bb,
         p_pe AS pe, area, indoor, ground, equip, mm FROM w WHERE a > 0
  UNION ALL
  SELECT year, county_code, 'JUNIOR', b, wb / (wa + wb + wc), j_deg, j_bb, j_pe,
         area, indoor, ground, equip, mm FROM w WHERE b > 0
), vals AS (
  SELECT year, county_code, seg, p,
         100.0 * deg / p AS deg, 100.0 * bb / p AS bb, 100.0 * pe / p AS pe,
         area * sh / p AS area, (ground * sh + indoor * sh) / p AS sports, equip * sh / p AS equip,
         100.0 * (mm * sh) / p AS mm
  FROM parts
)"""


def long_form(table):
    """The wide result (one CV column per indicator) as rows county_code, segment, indicator, cv."""
    columns = ", ".join(f"{short} AS {name}" for short, name in INDICATORS.items())
    return (f"SELECT county_code, segment, indicator, cv FROM "
            f"(UNPIVOT {table} ON {columns} INTO NAME indicator VALUE cv)")


def single_pass(source):
    sums = ", ".join(f"sum(p * {x}) AS s1_{x}, sum(p * {x} * {x}) AS s2_{x}" for x in INDICATORS)
    # A county value of 0 makes the CV "not evaluable" (NULL); rounding may leave a variance of -1e-17 for equal values.
    cvs = ", ".join(
        f"CASE WHEN s1_{x} = 0 THEN NULL "
        f"ELSE sqrt(greatest(s2_{x} / sp - (s1_{x} / sp) * (s1_{x} / sp), 0)) / (s1_{x} / sp) END AS {x}"
        for x in INDICATORS)
    return [f"""
WITH {VALUES.format(source=source)[1:]},
g AS (SELECT year, county_code, seg AS segment, sum(p) AS sp, {sums} FROM vals GROUP BY ALL),
r AS (SELECT county_code, segment, {cvs} FROM g WHERE year = (SELECT max(year) FROM g))
{long_form('r')}"""]


def wide_join(source):
    means = ", ".join(f"sum(p * {x}) / sum(p) AS m_{x}" for x in INDICATORS)
    cvs = ", ".join(
        f"CASE WHEN m_{x} = 0 THEN NULL ELSE sqrt(sum(p * ({x} - m_{x}) * ({x} - m_{x})) / sum(p)) / m_{x} END AS {x}"
        for x in INDICATORS)
    mean_columns = ", ".join(f"m_{x}" for x in INDICATORS)
    return [
        f"CREATE TEMP TABLE v AS WITH {VALUES.format(source=source)[1:]} "
        f"SELECT * FROM vals WHERE year = (SELECT max(year) FROM vals)",
        f"""
WITH m AS (SELECT county_code, seg, {means} FROM v GROUP BY ALL),
r AS (SELECT v.county_code, v.seg AS segment, {cvs} FROM v JOIN m USING (county_code, seg)
      GROUP BY v.county_code, v.seg, {mean_columns})
{long_form('r')}"""]


def unpivot(_source):
    values = VALUES.format(source="s")[1:]
    return [
        "CREATE TABLE s AS SELECT * FROM read_csv($file, header = true)",
        f"CREATE TABLE vals AS WITH {values} SELECT * FROM vals WHERE year = (SELECT max(year) FROM s)",
        """
WITH long AS (
  UNPIVOT (SELECT county_code, seg, p, deg, bb, pe, area, sports, equip, mm FROM vals)
  ON deg, bb, pe, area, sports, equip, mm INTO NAME indicator VALUE x
), m AS (
  SELECT *, sum(p * x) OVER g / sum(p) OVER g AS mean
  FROM long WINDOW g AS (PARTITION BY county_code, seg, indicator)
)
SELECT county_code, seg AS segment, indicator,
       CASE WHEN mean = 0 THEN NULL ELSE sqrt(sum(p * (x - mean) * (x - mean)) / sum(p)) / mean END AS cv
FROM m GROUP BY county_code, seg, indicator, mean"""]


QUERIES = {"single-pass": single_pass, "wide-join": wide_join, "unpivot": unpivot}


def typed_source(schools):
    """read_csv with every column named and typed from the header: no sniffing, numbers parsed as DOUBLE."""
    with open(schools, encoding="utf-8-sig") as f:
        header = f.readline().rstrip("\r\n").split(",")
    columns = ", ".join(f"'{c}': '{'DOUBLE' if c in NUMERIC else 'VARCHAR'}'" for c in header)
    return (f"read_csv($file, header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', "
            f"columns = {{{columns}}})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("schools")
    parser.add_argument("out")
    parser.add_argument("--query", choices=QUERIES, default="single-pass")
    parser.add_argument("--threads", type=int, help="DuckDB's threads (default: one per core)")
    args = parser.parse_args()
    con = duckdb.connect()
    if args.threads:
        con.execute(f"SET threads = {args.threads}")
    statements = QUERIES[args.query](typed_source(args.schools))
    for statement in statements[:-1]:
        con.execute(statement, {"file": args.schools} if "$file" in statement else None)
    final = statements[-1]
    rows = con.execute(final, {"file": args.schools} if "$file" in final else None).fetchall()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("county_code,segment,indicator,cv\n")
        for county, segment, indicator, cv in rows:
            f.write(f"{county},{segment},{INDICATORS.get(indicator, indicator)},{'' if cv is None else repr(cv)}\n")


if __name__ == "__main__":
    main()
