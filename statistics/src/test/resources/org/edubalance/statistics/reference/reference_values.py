#!/usr/bin/env python3
"""Reference values for EduBalance's statistics module, computed independently of the Java code.

Standard library only. Every quantity is computed straight from its textbook definition (O(n^2) double sum for the
Gini, no sorting) with exact rational arithmetic (fractions.Fraction). Only the square root of the CV and the
natural logarithms of the Theil index leave the rationals; they use decimal with 60 significant digits, far beyond
double precision.

Run from any directory:  python3 reference_values.py
It (re)writes datasets.csv (the inputs) and expected.csv (the expected values) beside this file. The Java tests read
both files; they never compute expected values themselves.
"""

import csv
import os
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))

# dataset -> list of (unit, group, weight, value); value strings are exact decimals or "a/b" fractions.
DATASETS = {
    # docs/standards.md §3.2: official worked example, books per student of 5 primary schools (students, books).
    "worked_example": [
        ("小学1", "all", "45", "279/45"),
        ("小学2", "all", "37", "137/37"),
        ("小学3", "all", "89", "935/89"),
        ("小学4", "all", "76", "160/76"),
        ("小学5", "all", "55", "402/55"),
    ],
    # Small made-up county: a zero value (0 ln 0 = 0) and a weight-0 school (ignored by every measure).
    "three_zones": [
        ("U1", "城区", "1200", "12.5"),
        ("U2", "城区", "950", "9.8"),
        ("T1", "镇区", "640", "7.25"),
        ("T2", "镇区", "410", "0"),
        ("R1", "乡村", "85", "3.6"),
        ("R2", "乡村", "0", "25"),
    ],
    # Made-up county of 12 schools: equipment value per student (元) = equipment value / students.
    "county_twelve": [
        ("S01", "城区", "1850", "7622925/1850"),
        ("S02", "城区", "1320", "4725600/1320"),
        ("S03", "城区", "960", "2832000/960"),
        ("S04", "镇区", "730", "1971182.5/730"),
        ("S05", "镇区", "540", "1247400/540"),
        ("S06", "镇区", "460", "910800/460"),
        ("S07", "镇区", "380", "800090/380"),
        ("S08", "乡村", "290", "510400/290"),
        ("S09", "乡村", "210", "323400/210"),
        ("S10", "乡村", "150", "198750/150"),
        ("S11", "乡村", "95", "93100/95"),
        ("S12", "乡村", "62", "210800/62"),
    ],
    # The by-hand example of README.md: values 1 and 3 with enrolments 3 and 1.
    "hand_two": [
        ("A", "low", "3", "1"),
        ("B", "high", "1", "3"),
    ],
}

# Group-mean ratios to report: dataset -> list of (numerator label, denominator label).
RATIOS = {
    "three_zones": [("城区", "乡村"), ("城区", "镇区")],
    "county_twelve": [("城区", "乡村"), ("镇区", "乡村")],
}

LEAVE_ONE_OUT = ["worked_example", "three_zones", "county_twelve"]


def frac(text):
    if "/" in text:
        numerator, denominator = text.split("/")
        return Fraction(numerator) / Fraction(denominator)
    return Fraction(text)


def dec(fraction):
    return Decimal(fraction.numerator) / Decimal(fraction.denominator)


def weighted_mean(xs, ws):
    return sum(w * x for x, w in zip(xs, ws)) / sum(ws)


def weighted_variance(xs, ws):
    mean = weighted_mean(xs, ws)
    return sum(w * (x - mean) ** 2 for x, w in zip(xs, ws)) / sum(ws)


def weighted_cv(xs, ws):
    return dec(weighted_variance(xs, ws)).sqrt() / dec(weighted_mean(xs, ws))


def unweighted_cv(xs, ws, ddof=0):
    """Population (ddof=0) or sample (ddof=1) CV over the units with positive weight, each counted once."""
    kept = [x for x, w in zip(xs, ws) if w > 0]
    mean = Fraction(sum(kept), len(kept))
    variance = sum((x - mean) ** 2 for x in kept) / (len(kept) - ddof)
    return dec(variance).sqrt() / dec(mean)


def gini(xs, ws):
    total = sum(ws)
    double_sum = sum(wi * wj * abs(xi - xj) for xi, wi in zip(xs, ws) for xj, wj in zip(xs, ws))
    return double_sum / (2 * total * total * weighted_mean(xs, ws))


def theil(xs, ws):
    total, mean = sum(ws), weighted_mean(xs, ws)
    result = Decimal(0)
    for x, w in zip(xs, ws):
        if w > 0 and x > 0:  # 0 ln 0 = 0; weight-0 units carry no mass
            ratio = x / mean
            result += dec(w / total * ratio) * dec(ratio).ln()
    return result


def groups_of(rows):
    labels = []
    for _, group, _, _ in rows:
        if group not in labels:
            labels.append(group)
    return labels


def main():
    expected = []  # (dataset, measure, key, value)

    def emit(dataset, measure, key, value):
        expected.append((dataset, measure, key, value))

    for name, rows in DATASETS.items():
        xs = [frac(r[3]) for r in rows]
        ws = [frac(r[2]) for r in rows]
        emit(name, "weighted_mean", "", dec(weighted_mean(xs, ws)))
        emit(name, "weighted_sd_population", "", dec(weighted_variance(xs, ws)).sqrt())
        emit(name, "cv_weighted", "", weighted_cv(xs, ws))
        emit(name, "cv_unweighted", "", unweighted_cv(xs, ws))
        emit(name, "cv_unweighted_sample", "", unweighted_cv(xs, ws, ddof=1))
        emit(name, "gini", "", dec(gini(xs, ws)))
        total_theil = theil(xs, ws)
        emit(name, "theil_t", "", total_theil)

        labels = groups_of(rows)
        if len(labels) > 1:
            total_weight, mean = sum(ws), weighted_mean(xs, ws)
            between, within = Decimal(0), Decimal(0)
            group_mean = {}
            for label in labels:
                gx = [x for x, r in zip(xs, rows) if r[1] == label]
                gw = [w for w, r in zip(ws, rows) if r[1] == label]
                g_weight = sum(gw)
                emit(name, "group_count", label, Decimal(len(gx)))
                emit(name, "group_total_weight", label, dec(g_weight))
                emit(name, "group_weight_share", label, dec(g_weight / total_weight))
                if g_weight == 0:
                    emit(name, "group_mean", label, Decimal("NaN"))
                    emit(name, "group_theil", label, Decimal("NaN"))
                    emit(name, "group_contribution_within", label, Decimal(0))
                    continue
                g_mean = weighted_mean(gx, gw)
                group_mean[label] = g_mean
                emit(name, "group_mean", label, dec(g_mean))
                value_share = g_weight / total_weight * g_mean / mean
                if g_mean == 0:
                    emit(name, "group_theil", label, Decimal("NaN"))
                    emit(name, "group_contribution_within", label, Decimal(0))
                    continue
                g_theil = theil(gx, gw)
                emit(name, "group_theil", label, g_theil)
                emit(name, "group_contribution_within", label, dec(value_share) * g_theil)
                between += dec(value_share) * dec(g_mean / mean).ln()
                within += dec(value_share) * g_theil
            assert abs(total_theil - (between + within)) < Decimal("1e-50"), (name, total_theil, between, within)
            emit(name, "theil_between", "", between)
            emit(name, "theil_within", "", within)
            for numerator, denominator in RATIOS.get(name, []):
                emit(name, "group_mean_ratio", numerator + ":" + denominator,
                     dec(group_mean[numerator] / group_mean[denominator]))

        if name in LEAVE_ONE_OUT:
            full = weighted_cv(xs, ws)
            for i, row in enumerate(rows):
                reduced_x, reduced_w = xs[:i] + xs[i + 1:], ws[:i] + ws[i + 1:]
                emit(name, "loo_cv_weighted", row[0], full - weighted_cv(reduced_x, reduced_w))
                emit(name, "loo_gini", row[0], dec(gini(xs, ws) - gini(reduced_x, reduced_w)))

    with open(os.path.join(HERE, "datasets.csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["dataset", "unit", "group", "weight", "value"])
        for name, rows in DATASETS.items():
            for unit, group, weight, value in rows:
                writer.writerow([name, unit, group, weight, value])

    with open(os.path.join(HERE, "expected.csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["dataset", "measure", "key", "value"])
        for dataset, measure, key, value in expected:
            writer.writerow([dataset, measure, key, formatted(value)])


def formatted(value):
    if value.is_nan():
        return "NaN"
    return "0" if value == 0 else format(value, ".25g")


if __name__ == "__main__":
    main()
