"""Tests of the independent verifier: hand-built fixtures, known digests, tampered results, located bad input.

Run from the repository root:  python3 -m unittest discover -s verifier/tests -v
"""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
SCRIPT = os.path.join(HERE, "..", "edubalance_verify.py")
sys.path.insert(0, os.path.join(HERE, ".."))

import edubalance_verify as ev  # noqa: E402

ADMISSION_FILES = [("--schools", "schools.csv"), ("--seats", "seats.csv"), ("--zones", "zones.csv"),
                   ("--applicants", "applicants.csv"), ("--policy", "policy.yaml")]
QUOTA_FILES = [("--schools", "schools.csv"), ("--high-schools", "high_schools.csv"),
               ("--candidates", "candidates.csv"), ("--policy", "policy.yaml")]
FIXTURE_OPTIONS = {"admission-multiple": ["--entry-grade", "G7"]}


def kind_of(fixture):
    return "admission" if fixture.startswith("admission") else "quota"


def file_options(folder, kind):
    files = ADMISSION_FILES if kind == "admission" else QUOTA_FILES
    return [arg for option, name in files for arg in (option, os.path.join(folder, name))]


def run(*args):
    done = subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True, encoding="utf-8")
    return done.returncode, done.stdout, done.stderr


def public_value(folder):
    with open(os.path.join(folder, "public-value.txt"), encoding="utf-8") as f:
        return f.read()


def plan(folder, fixture, out, extra=()):
    kind = kind_of(fixture)
    return run("plan", "--kind", kind, *file_options(folder, kind), *FIXTURE_OPTIONS.get(fixture, []), *extra,
               "--public-value", public_value(folder), "--out", out)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


def subset_difference(expected, actual, path="$"):
    """The first place where actual does not hold what expected holds (lists: same length, element by element)."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{path}: not an object"
        for key, value in expected.items():
            if key not in actual:
                return f"{path}.{key}: missing"
            d = subset_difference(value, actual[key], f"{path}.{key}")
            if d:
                return d
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f"{path}: {len(expected)} entries expected"
        for i, (e, a) in enumerate(zip(expected, actual)):
            d = subset_difference(e, a, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(expected, (int, Decimal)) and not isinstance(expected, bool):
        if isinstance(actual, bool) or not isinstance(actual, (int, Decimal)) \
                or abs(Decimal(expected) - Decimal(actual)) > Decimal("1e-9"):
            return f"{path}: {expected} expected, {actual} found"
        return None
    if expected != actual:
        return f"{path}: {expected!r} expected, {actual!r} found"
    return None


class WorkFolder:
    """A copy of a fixture in a temporary folder, to break one file at a time."""

    def __init__(self, fixture):
        self.fixture = fixture
        self.tmp = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.tmp.name, fixture)
        shutil.copytree(os.path.join(FIXTURES, fixture), self.path)

    def write(self, name, text):
        with open(os.path.join(self.path, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)

    def read(self, name):
        with open(os.path.join(self.path, name), encoding="utf-8") as f:
            return f.read()

    def replace(self, name, old, new):
        text = self.read(name)
        assert old in text, (name, old)
        self.write(name, text.replace(old, new, 1))

    def close(self):
        self.tmp.cleanup()


class FixtureTest(unittest.TestCase):
    """Every fixture's plan holds the hand-derived expected.json, and verify reproduces the plan."""

    def test_every_fixture_gives_its_hand_derived_result(self):
        fixtures = sorted(d for d in os.listdir(FIXTURES) if os.path.isdir(os.path.join(FIXTURES, d)))
        self.assertGreaterEqual(len(fixtures), 6)
        for fixture in fixtures:
            with self.subTest(fixture=fixture), tempfile.TemporaryDirectory() as tmp:
                folder = os.path.join(FIXTURES, fixture)
                out = os.path.join(tmp, "result.json")
                code, _, err = plan(folder, fixture, out)
                self.assertEqual(code, 0, err)
                self.assertIsNone(subset_difference(load(os.path.join(folder, "expected.json")), load(out)))
                kind = kind_of(fixture)
                code, stdout, err = run("verify", "--result", out, *file_options(folder, kind))
                self.assertEqual(code, 0, stdout + err)
                self.assertIn("reproduced", stdout)

    def test_result_keys_are_in_the_contract_order(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "a.json")
            plan(os.path.join(FIXTURES, "admission-classes"), "admission-classes", out)
            doc = load(out)
            self.assertEqual(list(doc), ["kind", "year", "countyCode", "entryGrade", "policy", "lottery",
                                         "assignments", "schools", "summary"])
            self.assertEqual(list(doc["lottery"]), ["algorithm", "tieBreak", "inputs", "commit", "publicValue",
                                                    "seed"])
            self.assertEqual(list(doc["lottery"]["inputs"]), ["schools", "seats", "zones", "applicants", "policy"])
            self.assertEqual(list(doc["assignments"][0]), ["applicantId", "school", "choiceRank", "class",
                                                           "lotteryNumber"])
            out = os.path.join(tmp, "q.json")
            plan(os.path.join(FIXTURES, "quota-webster"), "quota-webster", out)
            doc = load(out)
            self.assertEqual(list(doc), ["kind", "year", "areaCode", "policy", "lottery", "apportionment",
                                         "admissions", "cutoffs", "equity", "equitySummary"])
            self.assertEqual(list(doc["lottery"]["inputs"]), ["schools", "high_schools", "candidates", "policy"])
            self.assertEqual(list(doc["cutoffs"][0]), ["school", "batch", "lastScore"])
            self.assertEqual(list(doc["cutoffs"][1]), ["school", "batch", "juniorSchool", "lastScore"])

    def test_shipped_national_policy_is_the_default(self):
        # policy.yaml of admission-classes holds the shipped bytes, so the commit is the same either way
        folder = os.path.join(FIXTURES, "admission-classes")
        options = file_options(folder, "admission")[:-2]
        code, stdout, err = run("commit", "--kind", "admission", *options)
        self.assertEqual(code, 0, err)
        self.assertIn("commit=784edee1cf90d48c25e424f9517f6cd0d860ba770dd6117f38bcb024e7419a23", stdout)
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "r.json")
            code, _, err = run("plan", "--kind", "admission", *options, "--public-value", public_value(folder),
                               "--out", out)
            self.assertEqual(code, 0, err)
            self.assertEqual(load(out)["policy"], "national")


    def test_columns_that_may_be_blank_may_also_be_left_out(self):
        # admission-multiple's policy has neither SPECIAL nor RESIDENT, so without residence_permit and
        # special_priority (blank in every row then) the placements are the hand-derived ones; the platform's
        # importer accepts such a file, so the verifier must too.
        w = WorkFolder("admission-multiple")
        self.addCleanup(w.close)
        rows = list(csv.reader(io.StringIO(w.read("applicants.csv"))))
        keep = [i for i, name in enumerate(rows[0]) if name not in ("residence_permit", "special_priority")]
        self.assertEqual(len(keep), len(rows[0]) - 2)
        text = io.StringIO()
        csv.writer(text, lineterminator="\n").writerows([[row[i] for i in keep] for row in rows])
        w.write("applicants.csv", text.getvalue())
        out = os.path.join(w.path, "result.json")
        code, _, err = plan(w.path, w.fixture, out)
        self.assertEqual(code, 0, err)
        expected = load(os.path.join(FIXTURES, "admission-multiple", "expected.json"))
        self.assertEqual([(a["applicantId"], a["school"]) for a in load(out)["assignments"]],
                         [(a["applicantId"], a["school"]) for a in expected["assignments"]])


class KnownDigestTest(unittest.TestCase):
    """Digests computed outside Python, with the command recorded beside each value."""

    def test_sha256_of_abc_is_the_fips_180_example(self):
        self.assertEqual(ev.sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")

    def test_hmac_is_the_rfc_4231_test_case_2(self):
        # key "Jefe", data "what do ya want for nothing?" (RFC 4231 §4.3)
        self.assertEqual(hmac_hex(b"Jefe", "what do ya want for nothing?"),
                         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")

    def test_commit_seed_and_numbers_of_admission_classes_match_openssl(self):
        # for n in schools seats zones applicants; do echo "$n=$(sha256sum $n.csv | cut -d' ' -f1)"; done;
        # echo "policy=$(sha256sum policy.yaml | cut -d' ' -f1)"  — then the commit text piped to sha256sum:
        # printf 'edubalance-lottery-v1\nschools=…\nseats=…\nzones=…\napplicants=…\npolicy=…\n' | sha256sum
        # { printf '%s\n' "$commit"; cat public-value.txt; } | sha256sum                               (seed)
        # printf 'A05' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$seed                          (number)
        folder = os.path.join(FIXTURES, "admission-classes")
        inputs = []
        for name in ("schools", "seats", "zones", "applicants"):
            with open(os.path.join(folder, name + ".csv"), "rb") as f:
                inputs.append((name, ev.sha256_hex(f.read())))
        with open(os.path.join(folder, "policy.yaml"), "rb") as f:
            inputs.append(("policy", ev.sha256_hex(f.read())))
        self.assertEqual(dict(inputs), {
            "schools": "96eb1139096de75bb268cbf9cbef1f974dcb21a777c42bb5af36f81c087b0a4d",
            "seats": "273541983f80d3d3d3c233238f4d47581d61f90b072a20d0615fd6fa7769683f",
            "zones": "927ca12c900361bf0caa11fe0387870ba454dd8ba79344ed3eee30c9b20f59a0",
            "applicants": "1144ebc71c399b2cde7c2bf20e19f6713d99c59d68a220b876ddeaf2d8eb1668",
            "policy": "f1b74e690605a1f33e476643f906fc5a0003ea0f69e948cbe7e369daa95f9baf"})
        commit = ev.commit_of(inputs)
        self.assertEqual(commit, "784edee1cf90d48c25e424f9517f6cd0d860ba770dd6117f38bcb024e7419a23")
        seed = ev.seed_of(commit, public_value(folder))
        self.assertEqual(seed.hex(), "d0a4e202377dcca78834b22f14630e2b724aa521fa509be44ffab87edb38e4fa")
        self.assertEqual(ev.lottery_number(seed, "A05"),
                         "729f6d77a9a13b7dfcb1d9e35279ebe2b1a92cbd3de065a148f3f46a4bdb17f7")

    def test_multiple_and_quota_messages_match_openssl(self):
        # printf 'S1|C05' | openssl dgst -sha256 -mac HMAC -macopt hexkey:1eabe1fa…2be87   (admission-multiple)
        seed = bytes.fromhex("1eabe1fa1a602616f3ad8beec3f994c412255ff7b3d80a15370994fa26f2be87")
        self.assertEqual(ev.lottery_number(seed, "S1|C05"),
                         "1e6d5b6248e5ab88f3476514af466d2ce1354c909da63ea9afc29669457e1a5b")
        # printf 'quota|H1|J2' | openssl dgst -sha256 -mac HMAC -macopt hexkey:65531049…b0c1  (quota-hamilton-tie)
        seed = bytes.fromhex("655310490d4adafa54231de7f73543b7eca9a95dff4538a94c0bcb7a9f48b0c1")
        self.assertEqual(ev.lottery_number(seed, "quota|H1|J2"),
                         "38673f67195d55d3444141027952534c08f7056cc16e70cc7f64d54c92a1c6a1")


def hmac_hex(key, message):
    import hmac
    return hmac.new(key, message.encode(), "sha256").hexdigest()


class DistanceTest(unittest.TestCase):
    def test_one_degree_of_latitude_is_r_times_pi_over_180(self):
        # echo "scale=12; 6371.0088*4*a(1)/180" | bc -l  →  111.195080233…; rounded to the millimetre half up
        self.assertEqual(ev.rounded_km(ev.haversine_km((36.0, 117.0), (37.0, 117.0))), Decimal("111.195080"))

    def test_schools_at_equal_rounded_distance_are_ordered_by_code(self):
        home = (36.0, 117.00)
        east, west = ev.rounded_km(ev.haversine_km(home, (36.0, 117.01))), \
            ev.rounded_km(ev.haversine_km(home, (36.0, 116.99)))
        self.assertEqual(east, west)
        schools = {}
        for code, pos in (("M3", (36.0, 117.01)), ("M2", (36.0, 116.99)), ("M1", (36.0, 117.03)), ("C2", None)):
            s = ev.School()
            s.position = pos
            s.radians = ev.radians_of(pos) if pos else None
            schools[code] = s
        self.assertEqual(ev.nearest_first(home, ["M1", "M3", "C2", "M2"], schools), ["M2", "M3", "M1", "C2"])
        self.assertEqual(ev.nearest_first(None, ["M1", "M3", "C2", "M2"], schools), ["C2", "M1", "M2", "M3"])


    def test_whole_millimetres_agree_with_the_exact_decimal_rounding(self):
        import random
        rng = random.Random(11)
        values = [rng.uniform(0, 2000) for _ in range(20000)]
        # doubles next to a half millimetre, where the float product alone could mislead
        values += [(k + 0.5) / 1e6 + e for k in range(0, 10 ** 9, 7919 * 1013) for e in (-1e-13, 0.0, 1e-13)]
        for d in values:
            self.assertEqual(ev.millimetres(d), int(ev.rounded_km(d) * 10 ** 6), repr(d))


class TamperTest(unittest.TestCase):
    """verify names the first differing applicant or candidate and field, and the commit or seed."""

    def planned(self, fixture):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        out = os.path.join(tmp.name, "result.json")
        code, _, err = plan(os.path.join(FIXTURES, fixture), fixture, out)
        self.assertEqual(code, 0, err)
        return out, load(out)

    def verify(self, fixture, out, doc):
        with open(out, "w", encoding="utf-8") as f:
            f.write(ev.json_text(doc))
        return run("verify", "--result", out, *file_options(os.path.join(FIXTURES, fixture), kind_of(fixture)),
                   *FIXTURE_OPTIONS.get(fixture, []))

    def test_a_moved_child_is_named_with_the_field(self):
        out, doc = self.planned("admission-classes")
        doc["assignments"][8]["school"] = "S3"  # A09 placed at S2 by the rules
        code, stdout, _ = self.verify("admission-classes", out, doc)
        self.assertEqual(code, 1)
        self.assertEqual(stdout.splitlines()[0], "A09: school S3 in the result, S2 recomputed")

    def test_the_first_differing_child_is_named_when_two_differ(self):
        out, doc = self.planned("admission-lists")
        doc["assignments"][7]["class"] = "HOME"
        doc["assignments"][3]["choiceRank"] = 5
        code, stdout, _ = self.verify("admission-lists", out, doc)
        self.assertEqual(code, 1)
        self.assertEqual(stdout.splitlines()[0], "B04: choiceRank 5 in the result, 6 recomputed")

    def test_a_changed_lottery_number_is_named(self):
        out, doc = self.planned("admission-multiple")
        doc["assignments"][2]["lotteryNumber"] = "0" * 64
        code, stdout, _ = self.verify("admission-multiple", out, doc)
        self.assertEqual(code, 1)
        self.assertIn("C03: lotteryNumber " + "0" * 64 + " in the result, 388372de", stdout)

    def test_another_public_value_changes_the_seed_and_is_named(self):
        out, doc = self.planned("admission-classes")
        good_seed = doc["lottery"]["seed"]
        doc["lottery"]["publicValue"] = "SSE Composite Index close 2026-07-02: 3420.01"
        code, stdout, _ = self.verify("admission-classes", out, doc)
        self.assertEqual(code, 1)
        self.assertIn(f"seed: {good_seed} in the result,", stdout)
        self.assertIn("A01: lotteryNumber", stdout)

    def test_a_changed_input_file_is_named_with_the_commit(self):
        out, doc = self.planned("quota-webster")
        work = WorkFolder("quota-webster")
        self.addCleanup(work.close)
        work.replace("candidates.csv", "C13,J1,560", "C13,J1,561")
        with open(out, "w", encoding="utf-8") as f:
            f.write(ev.json_text(doc))
        code, stdout, _ = run("verify", "--result", out, *file_options(work.path, "quota"))
        self.assertEqual(code, 1)
        lines = stdout.splitlines()
        self.assertTrue(lines[0].startswith("inputs.candidates: "), lines)
        self.assertTrue(lines[1].startswith("commit: "), lines)
        self.assertTrue(lines[2].startswith("seed: "), lines)
        self.assertTrue(lines[3].startswith("C01: lotteryNumber "), lines)

    def test_a_changed_quota_batch_is_named(self):
        out, doc = self.planned("quota-hamilton-tie")
        doc["admissions"][3]["batch"] = "QUOTA"
        code, stdout, _ = self.verify("quota-hamilton-tie", out, doc)
        self.assertEqual(code, 1)
        self.assertEqual(stdout.splitlines()[0], "L2: batch QUOTA in the result, GENERAL recomputed")

    def test_a_changed_cutoff_is_named_and_decimals_compare_numerically(self):
        out, doc = self.planned("quota-webster")
        doc["cutoffs"][0]["lastScore"] = Decimal("590.00")  # the same decimal written otherwise
        code, stdout, _ = self.verify("quota-webster", out, doc)
        self.assertEqual(code, 0, stdout)
        doc["cutoffs"][0]["lastScore"] = Decimal("590.5")
        code, stdout, _ = self.verify("quota-webster", out, doc)
        self.assertEqual(code, 1)
        self.assertEqual(stdout.splitlines()[0], "$.cutoffs[0].lastScore: 590.5 in the result, 590 recomputed")

    def test_equity_doubles_compare_to_1e_9(self):
        out, doc = self.planned("quota-webster")
        doc["equitySummary"]["keyRateCv"] = Decimal("0.3540790166")
        self.assertEqual(self.verify("quota-webster", out, doc)[0], 0)
        doc["equitySummary"]["keyRateCv"] = Decimal("0.35408")
        code, stdout, _ = self.verify("quota-webster", out, doc)
        self.assertEqual(code, 1)
        self.assertIn("$.equitySummary.keyRateCv", stdout)


class BadInputTest(unittest.TestCase):
    """Exit 2 with a located issue: file, row, column, value, rule."""

    def work(self, fixture):
        w = WorkFolder(fixture)
        self.addCleanup(w.close)
        return w

    def plan_work(self, w, *extra):
        out = os.path.join(w.path, "out.json")
        code, stdout, err = plan(w.path, w.fixture, out, extra)
        self.assertEqual(code, 2, stdout + err)
        self.assertFalse(os.path.exists(out), "nothing is written on bad input")
        return err

    def test_bad_boolean_is_located(self):
        w = self.work("admission-classes")
        w.replace("applicants.csv", "A02,Z1,Z1,true", "A02,Z1,Z1,yes")
        err = self.plan_work(w)
        self.assertIn("applicants.csv:3:home_owned value='yes' IMP-020", err)

    def test_choice_outside_the_zones_is_located(self):
        w = self.work("admission-multiple")
        w.replace("applicants.csv", "C06,Z2,Z2,true,false,false,,", "C06,Z2,Z2,true,false,false,,S1")
        err = self.plan_work(w)
        self.assertIn("applicants.csv:7:choices value='S1' ADM-CHOICE-ZONE", err)

    def test_zero_seat_school_cannot_be_chosen(self):
        w = self.work("admission-lists")
        w.replace("applicants.csv", "B05,ZN,ZN,是,否,否,,,", "B05,ZN,ZN,是,否,否,,N2,")
        err = self.plan_work(w)
        self.assertIn("applicants.csv:6:choices value='N2' ADM-CHOICE-SCHOOL", err)

    def test_too_many_private_choices(self):
        w = self.work("admission-lists")
        w.replace("schools.csv", "2026,371002,示例县,N1,南关小学,PRIMARY,URBAN,PUBLIC",
                  "2026,371002,示例县,N1,南关小学,PRIMARY,URBAN,PRIVATE")
        w.replace("zones.csv", "2026,371002,G1,ZN,N1\n", "")
        w.replace("applicants.csv", "B07,,,否,否,是,,P1,", "B07,,,否,否,是,,P1;N1,")
        err = self.plan_work(w)
        self.assertIn("applicants.csv:8:choices value='P1;N1' ADM-PRIVATE-CHOICES", err)

    def test_missing_column_and_unknown_zone(self):
        w = self.work("admission-classes")
        w.write("zones.csv", w.read("zones.csv").replace("zone_id", "zone"))
        err = self.plan_work(w)
        self.assertIn("zones.csv:1:zone_id IMP-001", err)
        w = self.work("admission-classes")
        w.replace("applicants.csv", "A10,Z3,Z3", "A10,Z9,Z3")
        self.assertIn("applicants.csv:11:hukou_zone value='Z9' ADM-ZONE-UNKNOWN", self.plan_work(w))

    def test_several_grades_need_the_option(self):
        w = self.work("admission-multiple")
        out = os.path.join(w.path, "out.json")
        kind = "admission"
        code, _, err = run("plan", "--kind", kind, *file_options(w.path, kind), "--public-value", "x", "--out", out)
        self.assertEqual(code, 2)
        self.assertIn("--entry-grade", err)

    def test_empty_public_value_is_refused(self):
        w = self.work("admission-classes")
        out = os.path.join(w.path, "out.json")
        code, _, err = run("plan", "--kind", "admission", *file_options(w.path, "admission"), "--public-value", "",
                           "--out", out)
        self.assertEqual(code, 2)
        self.assertIn("LOT-PUBLIC-VALUE", err)

    def test_min_per_school_above_the_quota_names_the_high_school(self):
        w = self.work("quota-dhondt-min-weights")
        w.replace("policy.yaml", "minPerSchool: 1", "minPerSchool: 3")  # 3 x 3 junior highs > 6 quota seats
        err = self.plan_work(w)
        self.assertIn("high_schools.csv:school_code value='H1' QUO-MIN-PER-SCHOOL", err)

    def test_hamilton_with_min_per_school_names_the_key(self):
        w = self.work("quota-hamilton-tie")
        w.write("policy.yaml", "extends: national\nmethod: HAMILTON\nminPerSchool: 1\n")
        err = self.plan_work(w)
        self.assertIn("policy.yaml:minPerSchool value='1' POL-VALUE", err)

    def test_unknown_policy_key_and_wrong_weight(self):
        w = self.work("quota-webster")
        w.write("policy.yaml", "extends: national\nmetod: DHONDT\n")
        self.assertIn("policy.yaml:metod POL-KEY", self.plan_work(w))
        w.write("policy.yaml", "extends: national\nweights: {RURAL: heavy}\n")
        self.assertIn("policy.yaml:weights.RURAL value='heavy' POL-VALUE", self.plan_work(w))

    def test_quota_choice_without_quota_share_and_blank_score(self):
        w = self.work("quota-webster")
        w.replace("candidates.csv", "C10,J1,450,,,,,H3", "C10,J1,450,,,,H3,H3")
        w.replace("candidates.csv", "C11,J2,450,", "C11,J2,45O,")
        w.replace("candidates.csv", "C12,J1,300,", "C12,J1,,")
        err = self.plan_work(w)  # cell rules first, every one of them
        self.assertIn("candidates.csv:12:score value='45O' IMP-030", err)
        self.assertIn("candidates.csv:13:score value='' IMP-010", err)
        w.replace("candidates.csv", "C11,J2,45O,", "C11,J2,450,")
        w.replace("candidates.csv", "C12,J1,,", "C12,J1,300,")
        err = self.plan_work(w)  # then the rules across files
        self.assertIn("candidates.csv:11:quota_choice value='H3' QUO-QUOTA-CHOICE", err)

    def test_gbk_file_is_refused(self):
        w = self.work("admission-lists")
        with open(os.path.join(w.path, "seats.csv"), "wb") as f:
            f.write(w.read("seats.csv").encode("gbk"))
        self.assertIn("seats.csv IMP-004", self.plan_work(w))

    def test_verify_without_the_policy_file_of_the_result_is_a_usage_error(self):
        folder = os.path.join(FIXTURES, "quota-hamilton-tie")
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "r.json")
            self.assertEqual(plan(folder, "quota-hamilton-tie", out)[0], 0)
            code, _, err = run("verify", "--result", out, *file_options(folder, "quota")[:-2])
            self.assertEqual(code, 2)
            self.assertIn("policy file 'policy.yaml'", err)

    def test_bad_result_file_is_exit_2(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "r.json")
            with open(out, "w") as f:
                f.write("{not json")
            folder = os.path.join(FIXTURES, "admission-classes")
            code, _, err = run("verify", "--result", out, *file_options(folder, "admission"))
            self.assertEqual(code, 2)
            self.assertIn("RESULT-READ", err)


def xlsx_bytes(rows, inline_columns=()):
    """A one-sheet workbook: numbers as number cells, text as shared strings (inline strings in the given columns)."""
    shared, index = [], {}
    body = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c) if c < 26 else 'A' + chr(65 + c - 26)}{r}"
            if value == "":
                continue
            if r > 1 and ev.PLAIN_NUMBER.fullmatch(value) and not value.startswith("0"):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif c in inline_columns:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
            else:
                if value not in index:
                    index[value] = len(shared)
                    shared.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                   '<sheet name="学校" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">'
                   + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared) + "</sst>")
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{"".join(body)}'
                   '</sheetData></worksheet>')
    return buf.getvalue()


def trimmed(cells):
    """Cells without the trailing blanks a workbook does not store, numbers as Excel shows them (36.0 → 36)."""
    cells = [ev.excel_number(c) if ev.PLAIN_NUMBER.fullmatch(c) and not c.startswith("0") else c for c in cells]
    while cells and cells[-1] == "":
        cells.pop()
    return cells


class XlsxTest(unittest.TestCase):
    def test_xlsx_inputs_read_as_their_csv_and_a_plan_from_them_verifies(self):
        import csv
        fixture = "admission-lists"
        with tempfile.TemporaryDirectory() as tmp:
            options = []
            for option, name in ADMISSION_FILES:
                source = os.path.join(FIXTURES, fixture, name)
                if name.endswith(".csv"):
                    with open(source, encoding="utf-8-sig", newline="") as f:
                        rows = list(csv.reader(f))
                    target = os.path.join(tmp, name[:-4] + ".xlsx")
                    with open(target, "wb") as f:
                        f.write(xlsx_bytes(rows, inline_columns=(3,)))
                    with open(source, "rb") as f:
                        from_csv = ev.read_table(source, f.read())
                    with open(target, "rb") as f:
                        from_xlsx = ev.read_table(target, f.read())
                    self.assertEqual(from_xlsx[0], from_csv[0])
                    self.assertEqual([(n, trimmed(cells)) for n, cells in from_xlsx[1]],
                                     [(n, trimmed(cells)) for n, cells in from_csv[1]])
                else:
                    target = source
                options += [option, target]
            out = os.path.join(tmp, "r.json")
            code, _, err = run("plan", "--kind", "admission", *options, "--public-value", "x", "--out", out)
            self.assertEqual(code, 0, err)
            code, stdout, err = run("verify", "--result", out, *options)
            self.assertEqual(code, 0, stdout + err)
            self.assertEqual(load(out)["summary"]["applicants"], 8)

    def test_a_workbook_of_too_many_entries_is_refused(self):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for i in range(10_001):
                z.writestr(f"x/{i}", "")
        with self.assertRaises(ev.BadInput) as caught:
            ev.read_table("seats.xlsx", buf.getvalue())
        self.assertEqual(caught.exception.issues[0].rule, "IMP-004")

    def test_excel_numbers_read_as_excel_shows_them(self):
        self.assertEqual(ev.excel_number("2026"), "2026")
        self.assertEqual(ev.excel_number("36.000000000000000"), "36")
        self.assertEqual(ev.excel_number("0.30000000000000004"), "0.3")
        self.assertEqual(ev.excel_number("1.5E7"), "15000000")


if __name__ == "__main__":
    unittest.main()


def quiet_main(argv):
    """The verifier in this process, its standard error kept out of the test log."""
    import contextlib
    with contextlib.redirect_stderr(io.StringIO()):
        return ev.main(argv)


class RandomRoundTest(unittest.TestCase):
    """Random small rounds (no positions, so every list part is by code) against a plain round-by-round
    Gale–Shapley written here from the rules, without the verifier's heaps, lazy lists or integer keys."""

    CLASSES = ["SPECIAL", "HUKOU_AND_HOME", "HUKOU", "HOME", "RESIDENT"]

    def test_the_heap_mechanism_equals_plain_deferred_acceptance(self):
        import random
        rng = random.Random(2026)
        for trial in range(200):
            with self.subTest(trial=trial), tempfile.TemporaryDirectory() as tmp:
                self.check(rng, tmp)

    def check(self, rng, tmp):
        zones = {f"Z{z}": [] for z in range(rng.randint(1, 4))}
        schools, seats, private = [], {}, set()
        for i in range(rng.randint(2, 7)):
            code = f"S{i}"
            schools.append(code)
            seats[code] = rng.choice([0, 1, 1, 2, 3])
            if rng.random() < 0.2:
                private.add(code)
            else:
                zones[rng.choice(list(zones))].append(code)
        coordination = rng.random() < 0.5
        single = rng.random() < 0.5
        classes = [c for c in self.CLASSES if rng.random() < 0.8]
        rows = []
        for n in range(rng.randint(1, 12)):
            named = [z for z, members in zones.items() if members]  # a zone without schools has no rows
            hukou = rng.choice(named + [""])
            home = rng.choice(named + [""])
            eligible = [s for s in schools if seats[s] > 0 and (s in private or any(
                s in zones[z] for z in (hukou, home) if z))]
            rng.shuffle(eligible)
            choices, privates = [], 0
            for s in eligible[:rng.randint(0, 3)]:
                if s in private:
                    if privates == 1:
                        continue
                    privates += 1
                choices.append(s)
            rows.append([f"A{n:02d}", hukou, home, rng.choice(["true", "false"]), rng.choice(["true", "false"]),
                         "false", rng.choice(["", "", "TALENT"]), ";".join(choices)])

        def write(name, text):
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(text)

        write("schools.csv", "year,county_code,school_code,school_type,location,ownership\n" + "".join(
            f"2026,371002,{s},PRIMARY,URBAN,{'PRIVATE' if s in private else 'PUBLIC'}\n" for s in schools))
        write("seats.csv", "year,county_code,school_code,entry_grade,seats\n" + "".join(
            f"2026,371002,{s},G1,{seats[s]}\n" for s in schools))
        write("zones.csv", "year,county_code,entry_grade,zone_id,school_code\n" + "".join(
            f"2026,371002,G1,{z},{s}\n" for z, members in zones.items() for s in members))
        write("applicants.csv", "year,county_code,entry_grade,applicant_id,hukou_zone,home_zone,home_owned,"
              "residence_permit,migrant,special_priority,choices\n" + "".join(
                  "2026,371002,G1," + ",".join(r) + "\n" for r in rows))
        write("policy.yaml", f"extends: national\nclasses: [{', '.join(classes)}]\n"
              f"coordination: {'true' if coordination else 'false'}\n"
              f"tieBreak: {'SINGLE' if single else 'MULTIPLE'}\n")
        out = os.path.join(tmp, "r.json")
        code = quiet_main(["plan", "--kind", "admission", *file_options(tmp, "admission"), "--public-value", "p",
                           "--out", out])
        self.assertEqual(code, 0)
        doc = load(out)
        seed = bytes.fromhex(doc["lottery"]["seed"])

        zone_of = {s: z for z, members in zones.items() for s in members}
        open_public = sorted(s for s in schools if seats[s] > 0 and s not in private)

        def class_at(row, s):
            if s in private:
                return "PRIVATE"
            z = zone_of[s]
            _, hukou, home, owned, permit, _, special, _ = row
            holds = {"SPECIAL": special != "" and z in (hukou, home), "HUKOU_AND_HOME": hukou == z == home
                     and owned == "true", "HUKOU": hukou == z, "HOME": home == z and owned == "true",
                     "RESIDENT": home == z and permit == "true"}
            return next((c for c in classes if holds[c]), "OUT_OF_ZONE")

        def key(row, s):
            c = class_at(row, s)
            index = 0 if c == "PRIVATE" else (classes.index(c) if c in classes else len(classes))
            message = row[0] if single else s + "|" + row[0]
            return index, hmac_hex(seed, message)

        lists = {}
        for row in rows:
            chosen = row[7].split(";") if row[7] else []
            own = sorted(s for s in open_public if zone_of[s] in (row[1], row[2]) and s not in chosen)
            rest = sorted(s for s in open_public if s not in chosen and s not in own) if coordination else []
            lists[row[0]] = chosen + own + rest
        by_id = {row[0]: row for row in rows}
        held = {s: [] for s in schools}
        nxt = {row[0]: 0 for row in rows}
        while True:  # rounds: every free child with schools left proposes to its next one
            free = [a for a in nxt if not any(a in h for h in held.values()) and nxt[a] < len(lists[a])]
            if not free:
                break
            for a in free:
                s = lists[a][nxt[a]]
                nxt[a] += 1
                held[s] = sorted(held[s] + [a], key=lambda x: key(by_id[x], s))[:seats[s]]
        expected = {}
        for s, kept in held.items():
            for a in kept:
                expected[a] = (s, lists[a].index(s) + 1, class_at(by_id[a], s))
        got = {x["applicantId"]: (x["school"], x["choiceRank"], x["class"]) for x in doc["assignments"]
               if x["school"] is not None}
        self.assertEqual(got, expected)


class RandomQuotaTest(unittest.TestCase):
    """Random small exam rounds against a plain reading of the rules: fractions, linear searches, one pass each."""

    def test_apportionment_and_batches_equal_a_plain_reading_of_the_rules(self):
        import random
        rng = random.Random(611)
        for trial in range(120):
            with self.subTest(trial=trial), tempfile.TemporaryDirectory() as tmp:
                self.check(rng, tmp)

    def check(self, rng, tmp):
        from fractions import Fraction
        method = rng.choice(["WEBSTER", "DHONDT", "HAMILTON"])
        juniors = {f"J{j}": rng.choice(["URBAN", "TOWN", "RURAL"]) for j in range(rng.randint(1, 5))}
        weights = {loc: rng.choice(["1.0", "1.5", "2", "0.8"]) for loc in ("URBAN", "TOWN", "RURAL")}
        highs = {}
        for h in range(rng.randint(1, 4)):
            highs[f"H{h}"] = (rng.randint(0, 12), rng.choice(["0", "0.3", "0.5", "0.55"]),
                              rng.choice(["", "", "450"]), rng.choice(["KEY", "ORDINARY"]))
        quota_highs = [h for h, v in highs.items() if Decimal(v[1]) > 0]
        minimum = 0 if method == "HAMILTON" else rng.choice([0, 0, 1])
        cands = []
        for n in range(rng.randint(1, 25)):
            ties = [rng.choice(["", "1", "2"]) for _ in range(3)]
            choices = rng.sample(list(highs), rng.randint(0, len(highs)))
            cands.append([f"C{n:02d}", rng.choice(list(juniors)), rng.choice(["400", "450", "500", "500.5"]),
                          *ties, rng.choice(quota_highs + [""]) if quota_highs else "", ";".join(choices)])

        def write(name, text):
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(text)

        write("schools.csv", "year,county_code,school_code,school_type,location\n" + "".join(
            f"2026,371002,{j},JUNIOR,{loc}\n" for j, loc in juniors.items()))
        write("high_schools.csv", "year,area_code,school_code,seats,quota_share,quota_min_score,tier\n" + "".join(
            f"2026,371000,{h},{v[0]},{v[1]},{v[2]},{v[3]}\n" for h, v in highs.items()))
        write("candidates.csv", "year,area_code,candidate_id,junior_school,score,tie1,tie2,tie3,quota_choice,"
              "choices\n" + "".join("2026,371000," + ",".join(c) + "\n" for c in cands))
        write("policy.yaml", f"method: {method}\nminPerSchool: {minimum}\nweights: {{URBAN: {weights['URBAN']}, "
              f"TOWN: {weights['TOWN']}, RURAL: {weights['RURAL']}}}\n")
        out = os.path.join(tmp, "r.json")
        code = quiet_main(["plan", "--kind", "quota", *file_options(tmp, "quota"), "--public-value", "p",
                           "--out", out])
        present = sorted({c[1] for c in cands})
        counts = {j: sum(1 for c in cands if c[1] == j) for j in present}
        votes = {j: Fraction(weights[juniors[j]]) * counts[j] for j in present}
        quota = {h: int(Decimal(highs[h][1]) * highs[h][0] + Decimal("0.5")) for h in quota_highs}
        if minimum * len(present) > min(quota.values(), default=10 ** 9):
            self.assertEqual(code, 2)
            return
        self.assertEqual(code, 0)
        doc = load(out)
        seed = bytes.fromhex(doc["lottery"]["seed"])
        alloc = {}
        for h in quota_highs:
            q = {j: hmac_hex(seed, f"quota|{h}|{j}") for j in present}
            if method == "HAMILTON":
                total = sum(votes.values())
                s = {j: int(quota[h] * votes[j] / total) for j in present}
                rest = sorted(present, key=lambda j: (-(quota[h] * votes[j] - total * s[j]), q[j]))
                for j in rest[:quota[h] - sum(s.values())]:
                    s[j] += 1
            else:
                s = {j: minimum for j in present}
                d = Fraction(1, 2) if method == "WEBSTER" else Fraction(1)
                while sum(s.values()) < quota[h]:
                    best = min(present, key=lambda j: (-votes[j] / (s[j] + d), q[j]))
                    s[best] += 1
            alloc[h] = s
        got = {a["highSchool"]: {x["juniorSchool"]: x["seats"] for x in a["allocations"]} for a in doc["apportionment"]}
        self.assertEqual(got, alloc)

        def order_key(c):
            ties = tuple((0, -Decimal(t)) if t else (1, 0) for t in c[3:6])
            return (-Decimal(c[2]),) + ties + (hmac_hex(seed, c[0]),)

        order = sorted(cands, key=order_key)
        admitted = {}
        for h in quota_highs:
            for j in present:
                eligible = [c for c in order if c[1] == j and c[6] == h
                            and (not highs[h][2] or Decimal(c[2]) >= Decimal(highs[h][2]))]
                for c in eligible[:alloc[h][j]]:
                    admitted[c[0]] = (h, "QUOTA")
        left = {h: highs[h][0] - sum(1 for v in admitted.values() if v[0] == h) for h in highs}
        for c in order:
            if c[0] in admitted:
                continue
            for h in (c[7].split(";") if c[7] else []):
                if left[h] > 0:
                    left[h] -= 1
                    admitted[c[0]] = (h, "GENERAL")
                    break
        got = {a["candidateId"]: (a["school"], a["batch"]) for a in doc["admissions"] if a["school"]}
        self.assertEqual(got, admitted)

        cutoffs = []
        for h in sorted(highs):
            general = [c for c in order if admitted.get(c[0]) == (h, "GENERAL")]
            if general:
                cutoffs.append({"school": h, "batch": "GENERAL", "lastScore": Decimal(general[-1][2])})
            for j in present:
                quota_admitted = [c for c in order if admitted.get(c[0]) == (h, "QUOTA") and c[1] == j]
                if quota_admitted:
                    cutoffs.append({"school": h, "batch": "QUOTA", "juniorSchool": j,
                                    "lastScore": Decimal(quota_admitted[-1][2])})
        self.assertEqual(doc["cutoffs"], cutoffs)

        seats_left = {h: highs[h][0] for h in highs}
        without = {}
        for c in order:
            for h in (c[7].split(";") if c[7] else []):
                if seats_left[h] > 0:
                    seats_left[h] -= 1
                    without[c[0]] = h
                    break
        for row in doc["equity"]:
            j = row["juniorSchool"]
            mine = [c for c in cands if c[1] == j]
            self.assertEqual(row["candidates"], len(mine))
            self.assertEqual(row["keyAdmitted"], sum(1 for c in mine if c[0] in admitted
                                                     and highs[admitted[c[0]][0]][3] == "KEY"))
            self.assertEqual(row["keyAdmittedWithoutQuota"], sum(1 for c in mine if c[0] in without
                                                                 and highs[without[c[0]]][3] == "KEY"))
        self.assertEqual([r["juniorSchool"] for r in doc["equity"]], present)
