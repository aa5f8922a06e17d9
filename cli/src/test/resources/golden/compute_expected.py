"""Independent computation of the golden county's expected evaluation.

Written from docs/standards.md (sections 1.3, 2.3, 3.1, 3.5), not from the Java code: exact
rational arithmetic (fractions.Fraction) for every value and pooled mean, math.sqrt only for the standard
deviation. Run:  python3 compute_expected.py  (writes expected-<pack>.json beside this file).
"""
import csv, json, math
from fractions import Fraction as F

SPLIT = {"primary": F(1), "junior": F(11, 10), "senior12": F(132, 100), "juniorCS": F(1), "seniorCS": F(12, 10)}

Q2017 = [  # id, per, numerator fields (asset fields are split), thresholds primary/junior
    ("teachers_above_degree_per100", 100, ["teachers_above_degree"], F(42, 10), F(53, 10)),
    ("backbone_teachers_per100", 100, ["backbone_teachers"], F(1), F(1)),
    ("pe_arts_teachers_per100", 100, ["pe_arts_teachers"], F(9, 10), F(9, 10)),
    ("teaching_aux_area_per_student", 1, ["teaching_aux_area_m2"], F(45, 10), F(58, 10)),
    ("sports_area_per_student", 1, ["sports_ground_area_m2", "indoor_sports_area_m2"], F(75, 10), F(102, 10)),
    ("equipment_value_per_student", 1, ["equipment_value_yuan"], F(2000), F(2500)),
    ("multimedia_rooms_per100", 100, ["multimedia_classrooms"], F(23, 10), F(24, 10)),
]
B2012 = [
    ("teaching_aux_area_per_student", 1, ["teaching_aux_area_m2"]),
    ("sports_area_per_student", 1, ["sports_ground_area_m2", "indoor_sports_area_m2"]),
    ("equipment_value_per_student", 1, ["equipment_value_yuan"]),
    ("computers_per100", 100, ["computers"]),
    ("books_per_student", 1, ["books"]),
    ("teachers_per_student", 1, ["teachers"]),
    ("teachers_above_degree_per_student", 1, ["teachers_above_degree"]),
    ("teachers_mid_senior_title_per_student", 1, ["teachers_mid_senior_title"]),
]
ASSETS = {"teaching_aux_area_m2", "indoor_sports_area_m2", "sports_ground_area_m2", "equipment_value_yuan",
          "multimedia_classrooms", "computers", "books"}


def parts(row):
    """Segment parts: (segment, students, {field: amount}) with shared assets split by weight."""
    t = row["school_type"]
    a, b, c = (F(row["primary_students"]), F(row["junior_students"]), F(row["senior_students"]))
    if t == "COMPLETE_SECONDARY":
        wp, wj, ws = a * SPLIT["primary"], b * SPLIT["juniorCS"], c * SPLIT["seniorCS"]
    else:
        wp, wj, ws = a * SPLIT["primary"], b * SPLIT["junior"], c * SPLIT["senior12"]
    total = wp + wj + ws
    out = []
    for seg, students, w in (("PRIMARY", a, wp), ("JUNIOR", b, wj)):
        if students == 0:
            continue
        share = w / total
        amounts = {}
        prefix = seg.lower() + "_"
        for f in ("teachers", "teachers_above_degree", "teachers_mid_senior_title", "backbone_teachers", "pe_arts_teachers"):
            amounts[f] = F(row[prefix + f])
        for f in ASSETS:
            amounts[f] = F(row[f]) * share
        out.append((seg, students, amounts))
    return out


def in_scope(row, pack):
    if row["school_type"] == "SPECIAL_EDUCATION":
        return False
    if pack == "cn-2012-basic" and row["school_type"] == "TEACHING_POINT":
        return False
    return True


def cv(values, weights):
    P = sum(weights)
    mean = sum(w * v for v, w in zip(values, weights)) / P
    if mean == 0:
        return None
    var = sum((w / P) * (v - mean) ** 2 for v, w in zip(values, weights))
    return math.sqrt(var) / float(mean)


def evaluate(pack, indicators, rows):
    schools, segments = [], []
    by_seg = {"PRIMARY": [], "JUNIOR": []}
    for row in rows:
        if not in_scope(row, pack):
            continue
        for seg, students, amounts in parts(row):
            values = {}
            met, lowest = 0, None
            for ind in indicators:
                iid, per, fields = ind[0], ind[1], ind[2]
                v = per * sum(amounts[f] for f in fields) / students
                values[iid] = v
                if pack == "cn-2017-quality":
                    thr = ind[3] if seg == "PRIMARY" else ind[4]
                    met += v >= thr
                    r = v / thr
                    lowest = r if lowest is None else min(lowest, r)
            compliant = (met >= 6 and lowest >= F(85, 100)) if pack == "cn-2017-quality" else None
            schools.append({"code": row["school_code"], "segment": seg, "students": int(students),
                            "values": {k: float(v) for k, v in values.items()}, "metCount": met, "compliant": compliant})
            by_seg[seg].append((students, amounts, values, compliant))
    for seg in ("PRIMARY", "JUNIOR"):
        items = by_seg[seg]
        if not items:
            continue
        weights = [s for s, _, _, _ in items]
        inds, cvs = [], []
        for ind in indicators:
            iid, per, fields = ind[0], ind[1], ind[2]
            county_value = per * sum(sum(a[f] for f in fields) for _, a, _, _ in items) / sum(weights)
            c = cv([v[iid] for _, _, v, _ in items], weights)
            cvs.append(c)
            inds.append({"id": iid, "countyValue": float(county_value), "cv": c})
        composite = sum(cvs) / len(cvs)
        if pack == "cn-2017-quality":
            limit = 0.50 if seg == "PRIMARY" else 0.45
            compliant = sum(1 for *_, c in items if c)
            passed = all(c is not None and c <= limit for c in cvs) and compliant == len(items)
        else:
            limit = 0.65 if seg == "PRIMARY" else 0.55
            compliant = 0
            passed = composite <= limit
        segments.append({"segment": seg, "schoolCount": len(items), "studentCount": int(sum(weights)),
                         "indicators": inds, "compositeCv": composite, "compliantSchools": compliant, "pass": passed})
    return {"standard": pack, "segments": segments, "schools": schools}


rows = list(csv.DictReader(open("schools.csv", encoding="utf-8")))
for pack, indicators in (("cn-2017-quality", Q2017), ("cn-2012-basic", B2012)):
    with open(f"expected-{pack}.json", "w", encoding="utf-8") as f:
        json.dump(evaluate(pack, indicators, rows), f, ensure_ascii=False, indent=1)
        f.write("\n")
