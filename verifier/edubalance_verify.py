#!/usr/bin/env python3
"""EduBalance independent lottery verifier (edubalance-lottery-v1), Python 3.11+ standard library only.

Recomputes, from the published input files and the public value, the input hashes, the commit, the seed, every
lottery number and the whole result of an admission round (docs/planning/admission.md) or of a high-school quota and
exam admission (docs/planning/quota.md); the lottery itself is docs/planning/lottery.md. It shares no code with the
Java planners: it is written from the published rules only, so that a family, a notary or a journalist can check a
draw without trusting the bureau's software.

    python3 verifier/edubalance_verify.py commit --kind admission --schools S --seats S --zones Z --applicants A
    python3 verifier/edubalance_verify.py plan --kind quota --schools S --high-schools H --candidates C \
        --public-value TEXT --out result.json
    python3 verifier/edubalance_verify.py verify --result result.json --schools S ...   # kind from the result

Exit codes: 0 reproduced (or done), 1 the result does not reproduce (the first difference is named), 2 bad input,
3 an internal error of the verifier.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import heapq
import hmac
import io
import json
import math
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

ALGORITHM = "edubalance-lottery-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
POLICY_DIR = os.path.join(HERE, "..", "dataimport", "src", "main", "resources", "org", "edubalance", "dataimport",
                          "policy")
EARTH_RADIUS_KM = 6371.0088
MILLIMETRE = Decimal("0.000001")


# ----------------------------------------------------------------------------------------------------------- errors

class Issue:
    """One located problem: file, row (as a spreadsheet numbers it; header = 1), column, value, rule code."""

    def __init__(self, file, row, column, value, rule, message):
        self.file, self.row, self.column, self.value, self.rule, self.message = (
            file, row, column, value, rule, message)

    def __str__(self):
        where = self.file
        if self.row is not None:
            where += f":{self.row}"
        if self.column is not None:
            where += f":{self.column}"
        value = "" if self.value is None else f" value='{self.value}'"
        return f"{where}{value} {self.rule} {self.message}"


class BadInput(Exception):
    """Bad input or usage: exit 2, nothing written."""

    def __init__(self, issues):
        super().__init__("\n".join(str(i) for i in issues))
        self.issues = issues


def fail(file, row, column, value, rule, message):
    raise BadInput([Issue(file, row, column, value, rule, message)])


class Issues:
    """Collects every problem of a stage, so a bureau fixes a file in one pass."""

    def __init__(self):
        self.items = []

    def add(self, *args):
        self.items.append(Issue(*args))

    def raise_any(self):
        if self.items:
            raise BadInput(self.items)


# ----------------------------------------------------------------------------------------------------- table files

UNIT_SUFFIX = re.compile(r"\((元|平方米|m2|个|人|台|册|间|名)\)$")


def header_key(text):
    """Header matching as the importers do it: NFKC, no white space, case-insensitive, trailing unit dropped."""
    norm = unicodedata.normalize("NFKC", text or "")
    norm = "".join(ch for ch in norm if not ch.isspace()).lower()
    return UNIT_SUFFIX.sub("", norm)


def read_file_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        fail(os.path.basename(path), None, None, None, "IMP-004", f"File cannot be read: {e.strerror}.")


def read_table(path, data):
    """Returns (header cells, [(row number, cells)]) of a CSV or the first sheet of an XLSX."""
    name = os.path.basename(path)
    lower = name.lower()
    if lower.endswith(".csv"):
        return read_csv(name, data)
    if lower.endswith(".xlsx"):
        return read_xlsx(name, data)
    fail(name, None, None, None, "IMP-003", f"Unsupported file type: '{name}' is neither a .csv nor an .xlsx file.")


def read_csv(name, data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        fail(name, None, None, None, "IMP-004", "File cannot be read: not UTF-8 (a GBK file? Save it as CSV UTF-8).")
    if not text.strip():
        fail(name, None, None, None, "IMP-004", "File cannot be read: the file is empty.")
    rows = []
    header = None
    try:
        # csv yields [] for a blank line, so the record count is the row number a spreadsheet shows
        for number, cells in enumerate(csv.reader(io.StringIO(text, newline=""), strict=True), start=1):
            if header is None:
                header = cells
                continue
            if any(c.strip() for c in cells):
                rows.append((number, cells))
    except csv.Error as e:
        fail(name, None, None, None, "IMP-004", f"File cannot be read: malformed CSV ({e}).")
    return header, rows


MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def excel_number(text):
    """A number cell as Excel shows it: at most 15 significant digits, plain notation, no trailing zeros."""
    try:
        d = Decimal(text)
    except InvalidOperation:
        return text
    if d == 0:
        return "0"
    digits = d.adjusted() + 1
    if len(d.as_tuple().digits) > 15:
        d = d.quantize(Decimal(1).scaleb(digits - 15), rounding=ROUND_HALF_UP)
    d = d.normalize()
    out = format(d, "f")
    return out


def string_item(node):
    """The text of a shared or inline string: its <t>, or its rich-text runs' <t>; phonetic runs (<rPh>) left out."""
    parts = []
    for child in node:
        if child.tag == f"{MAIN_NS}t":
            parts.append(child.text or "")
        elif child.tag == f"{MAIN_NS}r":
            parts.extend(t.text or "" for t in child.iter(f"{MAIN_NS}t"))
    return "".join(parts)


def read_xlsx(name, data):
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
        entries = book.infolist()
        unpacked = sum(e.file_size for e in entries)
        # a workbook from a stranger may be a zip bomb: the limits of the platform's own reader
        if len(entries) > 10_000 or unpacked > 2 * 1024 ** 3 or (unpacked > 16 * 1024 ** 2
                                                                  and unpacked > 100 * len(data)):
            fail(name, None, None, None, "IMP-004",
                 f"File cannot be read: {len(entries)} entries unpacking to {unpacked} bytes is beyond a workbook.")
        workbook = ET.fromstring(book.read("xl/workbook.xml"))
        first = workbook.find(f"{MAIN_NS}sheets/{MAIN_NS}sheet")
        rel_id = first.get(f"{REL_NS}id")
        rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        target = next(r.get("Target") for r in rels.iter(f"{PKG_REL_NS}Relationship") if r.get("Id") == rel_id)
        sheet_path = target.lstrip("/") if target.startswith("/") else "xl/" + target
        shared = []
        if "xl/sharedStrings.xml" in book.namelist():
            for si in ET.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{MAIN_NS}si"):
                shared.append(string_item(si))
        sheet = ET.fromstring(book.read(sheet_path))
    except (zipfile.BadZipFile, KeyError, ET.ParseError, StopIteration, AttributeError) as e:
        fail(name, None, None, None, "IMP-004", f"File cannot be read: not a readable .xlsx workbook ({e}).")
    table = []
    for position, row in enumerate(sheet.iter(f"{MAIN_NS}row"), start=1):
        number = int(row.get("r", position))
        cells = {}
        for next_col, c in enumerate(row.iter(f"{MAIN_NS}c")):
            ref = c.get("r")
            col = column_index(ref) if ref else next_col
            kind = c.get("t", "n")
            v = c.find(f"{MAIN_NS}v")
            if kind == "s":
                value = shared[int(v.text)] if v is not None else ""
            elif kind == "inlineStr":
                node = c.find(f"{MAIN_NS}is")
                value = string_item(node) if node is not None else ""
            elif kind == "b":
                value = "true" if v is not None and v.text == "1" else "false"
            elif kind in ("str", "e"):
                value = v.text or "" if v is not None else ""
            else:
                value = excel_number(v.text) if v is not None and v.text else ""
            cells[col] = value
        width = max(cells) + 1 if cells else 0
        table.append((number, [cells.get(i, "") for i in range(width)]))
    if not table:
        fail(name, None, None, None, "IMP-004", "File cannot be read: the first sheet is empty.")
    header = table[0][1]
    rows = [(n, cells) for n, cells in table[1:] if any(c.strip() for c in cells)]
    return header, rows


class Column:
    def __init__(self, cid, labels, required=True):
        self.id, self.labels, self.required = cid, labels, required


def map_header(name, header, columns, warn_unknown=True):
    """Column id → cell index; IMP-001 for a required column missing, IMP-002 for one given twice."""
    by_key = {}
    for col in columns:
        by_key[header_key(col.id)] = col.id
        for label in col.labels:
            by_key[header_key(label)] = col.id
    found = {}
    issues = Issues()
    for index, cell in enumerate(header):
        key = header_key(cell)
        if not key:
            continue
        cid = by_key.get(key)
        if cid is None:
            if warn_unknown:
                print(f"{name}:1:{cell} IMP-W01 Unknown column ignored.", file=sys.stderr)
            continue
        if cid in found:
            issues.add(name, 1, cell, None, "IMP-002", f"Column given twice: '{cid}'.")
        found[cid] = index
    for col in columns:
        if col.required and col.id not in found:
            issues.add(name, 1, col.id, None, "IMP-001", f"Required column missing: '{col.id}'.")
    issues.raise_any()
    return found


def records(name, header, rows, columns, warn_unknown=True):
    """Each row as (row number, {column id: stripped text}), absent columns as ''."""
    found = map_header(name, header, columns, warn_unknown)
    present = [(col.id, found[col.id]) for col in columns if col.id in found]
    absent = {col.id: "" for col in columns if col.id not in found}
    out = []
    for number, cells in rows:
        width = len(cells)
        rec = dict(absent)
        for cid, i in present:
            rec[cid] = cells[i].strip() if i < width else ""
        out.append((number, rec))
    return out


# ----------------------------------------------------------------------------------------------------- cell rules

PLAIN_NUMBER = re.compile(r"-?([0-9]+(\.[0-9]*)?|\.[0-9]+)")  # ASCII digits only: full-width digits are refused
SIX_DIGITS = re.compile(r"^[0-9]{6}$")


class Cells:
    """Reads typed cells of one file, collecting located issues."""

    def __init__(self, name, issues):
        self.name, self.issues = name, issues

    def required(self, row, rec, cid):
        value = rec[cid]
        if value == "":
            self.issues.add(self.name, row, cid, "", "IMP-010", f"Required value blank: '{cid}'.")
            return None
        return value

    def year(self, row, rec):
        value = self.required(row, rec, "year")
        if value is None:
            return None
        if not re.fullmatch(r"[0-9]{4}", value) or not 1990 <= int(value) <= 2100:
            self.issues.add(self.name, row, "year", value, "IMP-013", "Year malformed or implausible (1990-2100).")
            return None
        return int(value)

    def code6(self, row, rec, cid):
        value = self.required(row, rec, cid)
        if value is None:
            return None
        if not SIX_DIGITS.fullmatch(value):
            self.issues.add(self.name, row, cid, value, "IMP-011", "County code malformed: six ASCII digits expected.")
            return None
        return value

    def code(self, row, rec, cid, rule="IMP-010"):
        value = rec[cid]
        if value == "":
            self.issues.add(self.name, row, cid, "", rule, f"Required value blank: '{cid}'.")
            return None
        return value

    def decimal(self, row, rec, cid, required=True, negative=False):
        value = rec[cid]
        if value == "":
            if required:
                self.issues.add(self.name, row, cid, "", "IMP-010", f"Required value blank: '{cid}'.")
            return None
        if not PLAIN_NUMBER.fullmatch(value):
            self.issues.add(self.name, row, cid, value, "IMP-030", f"Not a number: '{value}'.")
            return None
        d = Decimal(value)
        if d < 0 and not negative:
            self.issues.add(self.name, row, cid, value, "IMP-032", f"Negative number: '{value}'.")
            return None
        return d

    def whole(self, row, rec, cid, required=True):
        d = self.decimal(row, rec, cid, required)
        if d is None:
            return None
        if d != d.to_integral_value():
            self.issues.add(self.name, row, cid, rec[cid], "IMP-031", f"Not a whole number: '{rec[cid]}'.")
            return None
        return int(d)

    def boolean(self, row, rec, cid):
        value = rec[cid]
        low = value.lower()
        if low in ("", "false", "否"):
            return False  # blank = false (docs/planning/admission.md)
        if low in ("true", "是"):
            return True
        self.issues.add(self.name, row, cid, value, "IMP-020", "Unknown value: true/false or 是/否 expected.")
        return False

    def enum(self, row, rec, cid, table, blank=None):
        value = rec[cid]
        if value == "" and blank is not None:
            return blank
        if value == "":
            self.issues.add(self.name, row, cid, "", "IMP-010", f"Required value blank: '{cid}'.")
            return None
        found = table.get(value.upper(), table.get(value))
        if found is None:
            self.issues.add(self.name, row, cid, value, "IMP-020", f"Unknown value for '{cid}': "
                            + ", ".join(sorted({v for v in table.values()})) + " expected.")
        return found


SCHOOL_TYPES = {
    "PRIMARY": "PRIMARY", "小学": "PRIMARY",
    "JUNIOR": "JUNIOR", "初级中学": "JUNIOR", "初中": "JUNIOR",
    "NINE_YEAR": "NINE_YEAR", "九年一贯制": "NINE_YEAR", "九年一贯制学校": "NINE_YEAR",
    "TWELVE_YEAR": "TWELVE_YEAR", "十二年一贯制": "TWELVE_YEAR", "十二年一贯制学校": "TWELVE_YEAR",
    "COMPLETE_SECONDARY": "COMPLETE_SECONDARY", "完全中学": "COMPLETE_SECONDARY",
    "TEACHING_POINT": "TEACHING_POINT", "教学点": "TEACHING_POINT", "小学教学点": "TEACHING_POINT",
    "SPECIAL_EDUCATION": "SPECIAL_EDUCATION", "特殊教育": "SPECIAL_EDUCATION", "特殊教育学校": "SPECIAL_EDUCATION",
}
LOCATIONS = {"URBAN": "URBAN", "城区": "URBAN", "TOWN": "TOWN", "镇区": "TOWN", "RURAL": "RURAL", "乡村": "RURAL",
             "农村": "RURAL"}
OWNERSHIPS = {"PUBLIC": "PUBLIC", "公办": "PUBLIC", "PRIVATE": "PRIVATE", "民办": "PRIVATE"}
GRADES = {"G1": "G1", "G7": "G7"}
TIERS = {"KEY": "KEY", "优质高中": "KEY", "ORDINARY": "ORDINARY", "普通高中": "ORDINARY"}
PRIMARY_TYPES = {"PRIMARY", "NINE_YEAR", "TWELVE_YEAR", "TEACHING_POINT"}
JUNIOR_TYPES = {"JUNIOR", "NINE_YEAR", "TWELVE_YEAR", "COMPLETE_SECONDARY"}


def school_codes(text):
    """A `;`-separated list of school codes, most wanted first; an empty item (a trailing `;`) is no school."""
    return [code for code in (part.strip() for part in text.split(";")) if code]


def coordinates(cells, row, rec, lat_id, lon_id):
    lat = cells.decimal(row, rec, lat_id, required=False, negative=True)
    lon = cells.decimal(row, rec, lon_id, required=False, negative=True)
    if (rec[lat_id] == "") != (rec[lon_id] == ""):
        cells.issues.add(cells.name, row, lat_id if rec[lat_id] == "" else lon_id, "", "IMP-043",
                         "Coordinate incomplete: latitude and longitude both or neither.")
        return None
    if lat is None or lon is None:
        return None
    if not (-90 <= lat <= 90):
        cells.issues.add(cells.name, row, lat_id, rec[lat_id], "IMP-043", "Latitude out of range (-90..90).")
        return None
    if not (-180 <= lon <= 180):
        cells.issues.add(cells.name, row, lon_id, rec[lon_id], "IMP-043", "Longitude out of range (-180..180).")
        return None
    return (float(rec[lat_id]), float(rec[lon_id]))


# --------------------------------------------------------------------------------------------------- school data

SCHOOL_COLUMNS = [
    Column("year", ["学年"]),
    Column("county_code", ["县级行政区划代码", "行政区划代码"]),
    Column("school_code", ["学校标识码", "学校代码"]),
    Column("school_type", ["学校类型"]),
    Column("location", ["城乡分类"]),
    Column("ownership", ["举办者类型"], False),
    Column("latitude", ["纬度"], False),
    Column("longitude", ["经度"], False),
    Column("primary_students", ["小学部在校生数", "小学在校生数"], False),
    Column("junior_students", ["初中部在校生数", "初中在校生数"], False),
]


class School:
    __slots__ = ("year", "county", "code", "type", "location", "private", "position", "radians", "primary", "junior")


def read_schools(path, data):
    """The school data (docs/data-formats.md §1): only the columns the planners need are read and checked."""
    name = os.path.basename(path)
    header, rows = read_table(path, data)
    issues = Issues()
    cells = Cells(name, issues)
    schools = {}
    first_row = {}
    for row, rec in records(name, header, rows, SCHOOL_COLUMNS, warn_unknown=False):
        s = School()
        s.year = cells.year(row, rec)
        s.county = cells.code6(row, rec, "county_code")
        s.code = cells.code(row, rec, "school_code", "IMP-012")
        s.type = cells.enum(row, rec, "school_type", SCHOOL_TYPES)
        s.location = cells.enum(row, rec, "location", LOCATIONS)
        s.private = cells.enum(row, rec, "ownership", OWNERSHIPS, blank="PUBLIC") == "PRIVATE"
        s.position = coordinates(cells, row, rec, "latitude", "longitude")
        s.radians = radians_of(s.position) if s.position is not None else None
        if s.type == "SPECIAL_EDUCATION":  # such a school has a segment when its students cell is filled in
            s.primary, s.junior = rec["primary_students"] != "", rec["junior_students"] != ""
        else:
            s.primary, s.junior = s.type in PRIMARY_TYPES, s.type in JUNIOR_TYPES
        key = (s.year, s.code)
        if s.year is not None and s.code is not None:
            if key in first_row:
                issues.add(name, row, "school_code", s.code, "IMP-050",
                           f"Duplicate school row: also on row {first_row[key]}.")
            else:
                first_row[key] = row
                schools[key] = s
    issues.raise_any()
    return schools


# ---------------------------------------------------------------------------------------------------------- policy

def strip_comment(line):
    out, quote = [], None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1].isspace()):
            break
        out.append(ch)
    return "".join(out).rstrip()


def yaml_scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def yaml_subset(name, text):
    """The policy YAML subset: `key: value` scalars, flow lists [A, B], flow maps {K: v}, `#` comments."""
    out = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = strip_comment(raw)
        if not line.strip():
            continue
        m = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)", line)
        if not m or line[0].isspace():
            fail(name, number, None, raw.strip(), "POL-SYNTAX", "Not a 'key: value' line of the policy subset.")
        key, value = m.group(1), m.group(2).strip()
        if key in out:
            fail(name, number, key, None, "POL-KEY", f"Key given twice: '{key}'.")
        if value.startswith("["):
            if not value.endswith("]"):
                fail(name, number, key, value, "POL-SYNTAX", "A flow list must end with ']'.")
            inner = value[1:-1].strip()
            out[key] = [yaml_scalar(v) for v in inner.split(",")] if inner else []
        elif value.startswith("{"):
            if not value.endswith("}"):
                fail(name, number, key, value, "POL-SYNTAX", "A flow map must end with '}'.")
            inner = value[1:-1].strip()
            entries = {}
            for part in inner.split(",") if inner else []:
                k, sep, v = part.partition(":")
                if not sep:
                    fail(name, number, key, part.strip(), "POL-SYNTAX", "A flow map entry is 'KEY: value'.")
                entries[yaml_scalar(k)] = yaml_scalar(v)
            out[key] = entries
        else:
            out[key] = yaml_scalar(value)
    return out


ADMISSION_CLASSES = ["SPECIAL", "HUKOU_AND_HOME", "HUKOU", "HOME", "RESIDENT"]
ADMISSION_KEYS = ["classes", "specialPriorities", "coordination", "maxPrivateChoices", "tieBreak"]
QUOTA_KEYS = ["method", "minPerSchool", "weights"]


def policy_source(kind, option):
    """(path, name for the result): a shipped id or a file as given."""
    option = option or "national"
    if option.endswith((".yaml", ".yml")) or os.sep in option or "/" in option:
        return option, os.path.basename(option)
    path = os.path.join(POLICY_DIR, kind, option + ".yaml")
    if not os.path.exists(path):
        fail("--policy", None, None, option, "POL-UNKNOWN", f"No shipped {kind} policy '{option}'.")
    return path, option


def load_policy(kind, option):
    """Returns (policy dict, the bytes hashed, the name for the result)."""
    path, shown = policy_source(kind, option)
    data = read_file_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        fail(shown, None, None, None, "IMP-004", "File cannot be read: not UTF-8.")
    raw = yaml_subset(shown, text)
    keys = ADMISSION_KEYS if kind == "admission" else QUOTA_KEYS
    merged = {}
    if "extends" in raw:
        if next(iter(raw)) != "extends":
            fail(shown, None, "extends", None, "POL-KEY", "'extends' must be the first key.")
        base_path = os.path.join(POLICY_DIR, kind, raw["extends"] + ".yaml")
        if os.path.exists(base_path) and not os.path.samefile(base_path, path):
            base = yaml_subset(raw["extends"], read_file_bytes(base_path).decode("utf-8-sig"))
            merged.update(base)
        else:
            fail(shown, None, "extends", raw["extends"], "POL-VALUE", f"No shipped {kind} policy to extend.")
    for key, value in raw.items():
        if key == "extends":
            continue
        if key not in keys:
            fail(shown, None, key, None, "POL-KEY", f"Unknown key '{key}'.")
        if key == "weights" and isinstance(value, dict) and isinstance(merged.get("weights"), dict):
            merged["weights"] = {**merged["weights"], **value}  # a county file overrides single locations
        else:
            merged[key] = value
    for key in keys:
        if key not in merged:
            fail(shown, None, key, None, "POL-KEY", f"Key '{key}' missing (set it or start with 'extends: national').")
    policy = admission_policy(shown, merged) if kind == "admission" else quota_policy(shown, merged)
    return policy, data, shown


def bad_value(name, key, value, why):
    fail(name, None, key, value, "POL-VALUE", why)


def admission_policy(name, p):
    classes = p["classes"]
    if not isinstance(classes, list) or any(c not in ADMISSION_CLASSES for c in classes) \
            or len(set(classes)) != len(classes):
        bad_value(name, "classes", p["classes"], "A list of distinct classes of " + ", ".join(ADMISSION_CLASSES))
    special = p["specialPriorities"]
    if not isinstance(special, list) or any(not s for s in special):
        bad_value(name, "specialPriorities", special, "A list of codes, e.g. [MILITARY, FIREFIGHTER].")
    coordination = p["coordination"]
    if coordination not in ("true", "false"):
        bad_value(name, "coordination", coordination, "true or false.")
    mpc = p["maxPrivateChoices"]
    if not isinstance(mpc, str) or not mpc.isdigit():
        bad_value(name, "maxPrivateChoices", mpc, "A whole number >= 0.")
    tie = p["tieBreak"]
    if tie not in ("SINGLE", "MULTIPLE"):
        bad_value(name, "tieBreak", tie, "SINGLE or MULTIPLE.")
    return {"classes": classes, "specialPriorities": set(special), "coordination": coordination == "true",
            "maxPrivateChoices": int(mpc), "tieBreak": tie}


def quota_policy(name, p):
    method = p["method"]
    if method not in ("WEBSTER", "DHONDT", "HAMILTON"):
        bad_value(name, "method", method, "WEBSTER, DHONDT or HAMILTON.")
    mps = p["minPerSchool"]
    if not isinstance(mps, str) or not mps.isdigit():
        bad_value(name, "minPerSchool", mps, "A whole number >= 0.")
    if method == "HAMILTON" and int(mps) != 0:
        bad_value(name, "minPerSchool", mps, "Must be 0 with method HAMILTON.")
    weights = p["weights"]
    if not isinstance(weights, dict):
        bad_value(name, "weights", weights, "A map {URBAN: w, TOWN: w, RURAL: w}.")
    parsed = {}
    for loc, w in weights.items():
        if loc not in ("URBAN", "TOWN", "RURAL"):
            fail(name, None, f"weights.{loc}", w, "POL-KEY", f"Unknown key 'weights.{loc}'.")
        if not isinstance(w, str) or not PLAIN_NUMBER.fullmatch(w) or Decimal(w) <= 0:
            bad_value(name, f"weights.{loc}", w, "A decimal > 0.")
        parsed[loc] = Decimal(w)
    for loc in ("URBAN", "TOWN", "RURAL"):
        if loc not in parsed:
            fail(name, None, f"weights.{loc}", None, "POL-KEY", f"Key 'weights.{loc}' missing.")
    return {"method": method, "minPerSchool": int(mps), "weights": parsed}


# --------------------------------------------------------------------------------------------------------- lottery

def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def commit_of(inputs):
    """inputs: [(name, hex)] in the command's order."""
    text = ALGORITHM + "\n" + "".join(f"{name}={digest}\n" for name, digest in inputs)
    return sha256_hex(text.encode("utf-8"))


def seed_of(commit, public_value):
    if public_value is None or public_value == "":
        fail("--public-value", None, None, "", "LOT-PUBLIC-VALUE", "An empty public value is refused.")
    return hashlib.sha256((commit + "\n" + public_value).encode("utf-8")).digest()


def lottery_number(seed, message):
    return hmac.digest(seed, message.encode("utf-8"), "sha256").hex()


# --------------------------------------------------------------------------------------------------- input loading

class Inputs:
    """The files of one run: their bytes (hashed as given) and names."""

    def __init__(self, kind, args):
        self.kind = kind
        names = ["schools", "seats", "zones", "applicants"] if kind == "admission" else \
            ["schools", "high_schools", "candidates"]
        self.paths = {}
        missing = [n for n in names if not getattr(args, n, None)]
        if missing:
            fail("command line", None, None, None, "USAGE",
                 "Missing option(s): " + ", ".join("--" + m.replace("_", "-") for m in missing))
        for n in names:
            self.paths[n] = getattr(args, n)
        self.data = {n: read_file_bytes(p) for n, p in self.paths.items()}
        self.policy, policy_bytes, self.policy_name = load_policy(kind, args.policy)
        self.data["policy"] = policy_bytes
        self.hashes = [(n, sha256_hex(self.data[n])) for n in names + ["policy"]]
        self.commit = commit_of(self.hashes)

    def table(self, name):
        return read_table(self.paths[name], self.data[name])

    def file_name(self, name):
        return os.path.basename(self.paths[name])


def select(values, option, option_name, file_desc):
    """The value of one selection dimension: the option, or the single value present."""
    values = sorted(v for v in values if v is not None)
    if option is not None:
        if option not in values:
            fail("command line", None, option_name, option, "SEL-NONE", f"No rows of {file_desc} for {option_name} "
                 f"{option} (present: {', '.join(map(str, values)) or 'none'}).")
        return option
    if len(values) == 1:
        return values[0]
    fail("command line", None, option_name, None, "SEL-AMBIGUOUS",
         f"{file_desc} hold several values ({', '.join(map(str, values))}): choose one with {option_name}.")


# ---------------------------------------------------------------------------------------------- admission (§A)

SEAT_COLUMNS = [
    Column("year", ["学年"]), Column("county_code", ["县级行政区划代码", "行政区划代码"]),
    Column("school_code", ["学校标识码", "学校代码"]), Column("entry_grade", ["起始年级"]),
    Column("seats", ["招生计划数", "招生计划"]), Column("block_id", ["所在地块编号"], False),
]
ZONE_COLUMNS = [
    Column("year", ["学年"]), Column("county_code", ["县级行政区划代码", "行政区划代码"]),
    Column("entry_grade", ["起始年级"]), Column("zone_id", ["学区编号"]),
    Column("school_code", ["学校标识码", "学校代码"]),
]
APPLICANT_COLUMNS = [
    Column("year", ["学年"]), Column("county_code", ["县级行政区划代码", "行政区划代码"]),
    Column("entry_grade", ["起始年级"]), Column("applicant_id", ["报名号"]),
    # Every column that may be blank in a row may also be left out of the file (then blank in every row), as the
    # platform's importer allows: a file the platform accepts must be one the verifier can check.
    Column("hukou_zone", ["户籍所在学区"], False), Column("home_zone", ["实际居住学区"], False),
    Column("home_owned", ["是否自有住房"], False), Column("residence_permit", ["是否持居住证"], False),
    Column("migrant", ["是否随迁子女"], False), Column("special_priority", ["优先类别"], False),
    Column("choices", ["学校志愿"], False),
    Column("latitude", ["居住地纬度", "纬度"], False), Column("longitude", ["居住地经度", "经度"], False),
]


class Applicant:
    __slots__ = ("row", "id", "hukou", "home", "owned", "permit", "migrant", "special", "choices", "position",
                 "number", "rank_number", "prefs", "extended")


RADIANS = math.pi / 180


def radians_of(position):
    """(φ, cos φ, λ) in radians: computed once per point, the same bits as computed per pair."""
    phi = position[0] * RADIANS
    return phi, math.cos(phi), position[1] * RADIANS


def haversine_rad(p1, p2):
    s1 = math.sin((p2[0] - p1[0]) / 2)
    s2 = math.sin((p2[2] - p1[2]) / 2)
    a = s1 * s1 + p1[1] * p2[1] * (s2 * s2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def haversine_km(p1, p2):
    """Great-circle km between two (latitude, longitude) points in degrees, R = 6371.0088 km."""
    return haversine_rad(radians_of(p1), radians_of(p2))


def rounded_km(d):
    """d rounded to the millimetre (6 decimals of a km) half up, from the double's exact binary value."""
    return Decimal(d).quantize(MILLIMETRE, rounding=ROUND_HALF_UP)


def millimetres(d):
    """rounded_km(d) in whole millimetres, without decimals unless d is within reach of a half millimetre."""
    f = d * 1e6  # off from the exact product by at most a few 1e-6 for any distance on Earth
    whole = math.floor(f)
    frac = f - whole
    if abs(frac - 0.5) > 1e-4:  # near a whole number either side rounds to it; only a half needs the exact value
        return whole + 1 if frac > 0.5 else whole
    return int(rounded_km(d).scaleb(6))


def by_distance(here, places, skip):
    """The codes of places (code, radians) not in skip, nearest first by whole millimetres, then by code.

    The same arithmetic as haversine_rad and millimetres, written out in one loop: this runs for every child whose
    zone did not place it, against every public school of the county."""
    phi0, cos0, lam0 = here
    sin, asin, sqrt, floor = math.sin, math.asin, math.sqrt, math.floor
    two_r = 2 * EARTH_RADIUS_KM
    keyed = []
    add = keyed.append
    for code, (phi, cos_phi, lam) in places:
        if code in skip:
            continue
        s1 = sin((phi - phi0) / 2)
        s2 = sin((lam - lam0) / 2)
        root = sqrt(s1 * s1 + cos0 * cos_phi * (s2 * s2))
        d = two_r * asin(root if root < 1.0 else 1.0)
        f = d * 1e6
        whole = floor(f)
        frac = f - whole
        if -1e-4 <= frac - 0.5 <= 1e-4:
            add((int(rounded_km(d).scaleb(6)), code))
        else:
            add((whole + 1 if frac > 0.5 else whole, code))
    keyed.sort()
    return [k[1] for k in keyed]


def nearest_first(home, codes, schools):
    """Schools by (no position, distance rounded to the millimetre, code); by code when the home has none."""
    if home is None:
        return sorted(codes)
    here = radians_of(home)
    keyed = []
    for code in codes:
        there = schools[code].radians
        if there is None:
            keyed.append((1, 0, code))
        else:
            keyed.append((0, millimetres(haversine_rad(here, there)), code))
    keyed.sort()
    return [k[2] for k in keyed]


def load_admission(inputs, args):
    """Reads and checks the four files; returns the selected round."""
    schools = read_schools(inputs.paths["schools"], inputs.data["schools"])
    issues = Issues()
    tables = {}
    for name, columns in (("seats", SEAT_COLUMNS), ("zones", ZONE_COLUMNS), ("applicants", APPLICANT_COLUMNS)):
        header, rows = inputs.table(name)
        tables[name] = records(inputs.file_name(name), header, rows, columns)
    seats_rows, zone_rows, applicant_rows = [], [], []
    dims = {"year": set(), "county": set(), "grade": set()}

    def dimensions(cells, row, rec):
        y, c, g = cells.year(row, rec), cells.code6(row, rec, "county_code"), cells.enum(row, rec, "entry_grade",
                                                                                        GRADES)
        dims["year"].add(y)
        dims["county"].add(c)
        dims["grade"].add(g)
        return y, c, g

    cells = Cells(inputs.file_name("seats"), issues)
    for row, rec in tables["seats"]:
        dim = dimensions(cells, row, rec)
        seats_rows.append((row, dim, cells.code(row, rec, "school_code", "IMP-012"), cells.whole(row, rec, "seats")))
    cells = Cells(inputs.file_name("zones"), issues)
    for row, rec in tables["zones"]:
        dim = dimensions(cells, row, rec)
        zone_rows.append((row, dim, cells.code(row, rec, "zone_id"), cells.code(row, rec, "school_code", "IMP-012")))
    cells = Cells(inputs.file_name("applicants"), issues)
    policy = inputs.policy
    for row, rec in tables["applicants"]:
        dim = dimensions(cells, row, rec)
        a = Applicant()
        a.row = row
        a.id = cells.code(row, rec, "applicant_id")
        a.hukou, a.home = rec["hukou_zone"] or None, rec["home_zone"] or None
        a.owned = cells.boolean(row, rec, "home_owned")
        a.permit = cells.boolean(row, rec, "residence_permit")
        a.migrant = cells.boolean(row, rec, "migrant")
        a.special = rec["special_priority"] or None
        if a.special is not None and a.special not in policy["specialPriorities"]:
            issues.add(cells.name, row, "special_priority", a.special, "ADM-SPECIAL",
                       "Not a special priority listed in the policy.")
        a.choices = school_codes(rec["choices"])
        a.position = coordinates(cells, row, rec, "latitude", "longitude")
        applicant_rows.append((dim, a, rec["choices"]))
    issues.raise_any()

    year = select(dims["year"], args.year, "--year", "the seats, zones and applicants files")
    county = select(dims["county"], args.county, "--county", "the seats, zones and applicants files")
    grade = select(dims["grade"], args.entry_grade, "--entry-grade", "the seats, zones and applicants files")
    sel = (year, county, grade)

    seats_name, zones_name, app_name = (inputs.file_name(n) for n in ("seats", "zones", "applicants"))
    seats = {}
    seen = {}
    for row, dim, code, n in seats_rows:
        if dim != sel:
            continue
        school = schools.get((year, code))
        if school is None or school.county != county:
            issues.add(seats_name, row, "school_code", code, "IMP-060",
                       f"School not in the school data of {year} and county {county}.")
            continue
        if not (school.primary if grade == "G1" else school.junior):
            issues.add(seats_name, row, "school_code", code, "ADM-SEGMENT",
                       f"The school has no {'primary' if grade == 'G1' else 'junior'} segment for {grade}.")
        if code in seen:
            issues.add(seats_name, row, "school_code", code, "ADM-SEATS-TWICE",
                       f"Seats given twice for the school (also row {seen[code]}).")
            continue
        seen[code] = row
        seats[code] = n
    zone_of = {}
    zone_members = {}
    zone_row = {}
    for row, dim, zone, code in zone_rows:
        if dim != sel:
            continue
        school = schools.get((year, code))
        if school is None or school.county != county:
            issues.add(zones_name, row, "school_code", code, "IMP-060",
                       f"School not in the school data of {year} and county {county}.")
            continue
        if school.private:
            issues.add(zones_name, row, "school_code", code, "ADM-ZONE-PRIVATE", "A private school is in no zone.")
            continue
        if code in zone_of:
            issues.add(zones_name, row, "school_code", code, "ADM-ZONE-TWICE",
                       f"The school is already in zone {zone_of[code]} (row {zone_row[code]}).")
            continue
        zone_of[code], zone_row[code] = zone, row
        zone_members.setdefault(zone, []).append(code)
    for code, n in sorted(seats.items()):
        if n and n > 0 and not schools[(year, code)].private and code not in zone_of:
            issues.add(seats_name, seen[code], "school_code", code, "ADM-ZONE-MISSING",
                       f"A public school with seats for {grade} must be in one zone.")
    open_schools = {c for c, n in seats.items() if n and n > 0}
    county_schools = {c: schools[(year, c)] for c in seats}
    applicants = []
    ids = {}
    for dim, a, choices_text in applicant_rows:
        if dim != sel:
            continue
        row = a.row
        if a.id in ids:
            issues.add(app_name, row, "applicant_id", a.id, "ADM-APPLICANT-TWICE",
                       f"Applicant id given twice (also row {ids[a.id]}).")
        ids[a.id] = row
        for col, zone in (("hukou_zone", a.hukou), ("home_zone", a.home)):
            if zone is not None and zone not in zone_members:
                issues.add(app_name, row, col, zone, "ADM-ZONE-UNKNOWN", f"No zone '{zone}' for {year} {grade}.")
        private = 0
        listed = set()
        for choice in a.choices:
            if choice in listed:
                issues.add(app_name, row, "choices", choices_text, "ADM-CHOICE-TWICE", f"School {choice} listed twice.")
                continue
            listed.add(choice)
            if choice not in open_schools:
                issues.add(app_name, row, "choices", choices_text, "ADM-CHOICE-SCHOOL",
                           f"Choice {choice} is not a school of the county with seats > 0 for {grade}.")
                continue
            if county_schools[choice].private:
                private += 1
            elif zone_of.get(choice) not in (a.hukou, a.home):
                issues.add(app_name, row, "choices", choices_text, "ADM-CHOICE-ZONE",
                           f"Choice {choice} is a public school of neither the hukou zone nor the home zone.")
        if private > policy["maxPrivateChoices"]:
            issues.add(app_name, row, "choices", choices_text, "ADM-PRIVATE-CHOICES",
                       f"{private} private schools listed; the policy allows {policy['maxPrivateChoices']}.")
        applicants.append(a)
    issues.raise_any()
    return {"year": year, "county": county, "grade": grade, "seats": seats, "schools": county_schools,
            "zone_of": zone_of, "zone_members": zone_members, "open": open_schools, "applicants": applicants}


def class_at(a, school, zone, classes):
    """The applicant's class at a public school of zone Z: the first of the policy's classes whose condition holds."""
    for c in classes:
        if c == "SPECIAL":
            ok = a.special is not None and (a.hukou == zone or a.home == zone)
        elif c == "HUKOU_AND_HOME":
            ok = a.hukou == zone and a.home == zone and a.owned
        elif c == "HUKOU":
            ok = a.hukou == zone
        elif c == "HOME":
            ok = a.home == zone and a.owned
        else:  # RESIDENT
            ok = a.home == zone and a.permit
        if ok:
            return c
    return "OUT_OF_ZONE"


def plan_admission(rnd, policy, seed):
    """Preference lists, rankings and applicant-proposing deferred acceptance (docs/planning/admission.md)."""
    schools, seats, zone_of, members = rnd["schools"], rnd["seats"], rnd["zone_of"], rnd["zone_members"]
    open_public = sorted(c for c in rnd["open"] if not schools[c].private)
    classes = policy["classes"]
    class_index = {c: i for i, c in enumerate(classes)}
    class_index["OUT_OF_ZONE"] = len(classes)
    class_index["PRIVATE"] = 0
    single = policy["tieBreak"] == "SINGLE"
    coordination = policy["coordination"]
    applicants = rnd["applicants"]
    for a in applicants:
        a.number = lottery_number(seed, a.id) if single else None
        a.rank_number = int(a.number, 16) if single else None
        prefs = list(a.choices)
        listed = set(prefs)
        zone_schools = set()
        for zone in (a.hukou, a.home):
            if zone is not None:
                zone_schools.update(c for c in members.get(zone, ()) if c in rnd["open"] and c not in listed)
        prefs.extend(nearest_first(a.position, zone_schools, schools))
        a.prefs = prefs
        a.extended = not coordination

    placed_public = [(c, schools[c].radians) for c in open_public if schools[c].radians is not None]
    unplaced_public = [c for c in open_public if schools[c].radians is None]  # by code, after the others

    orders = {}  # home position → every positioned public school nearest first: neighbours share homes

    def extend(a):
        """Part (3), computed only for a child its first parts did not place: the county's other public schools."""
        listed = set(a.prefs)
        if a.position is None:
            a.prefs.extend(c for c in open_public if c not in listed)
        else:
            order = orders.get(a.position)
            if order is None:
                order = by_distance(radians_of(a.position), placed_public, ())
                if len(orders) < 50_000:
                    orders[a.position] = order
            a.prefs.extend(c for c in order if c not in listed)
            a.prefs.extend(c for c in unplaced_public if c not in listed)
        a.extended = True

    def number_at(a, code):
        return a.number if single else lottery_number(seed, code + "|" + a.id)

    def rank_at(a, code):
        """The position at the school: class first, then the number (hex order = integer order)."""
        school = schools[code]
        if school.private:
            index = 0
        else:
            index = class_index[class_at(a, school, zone_of[code], classes)]
        number = a.rank_number if single else int(lottery_number(seed, code + "|" + a.id), 16)
        return (index << 256) | number

    def class_of(a, code):
        school = schools[code]
        return "PRIVATE" if school.private else class_at(a, school, zone_of[code], classes)

    n = len(applicants)
    nxt = [0] * n
    held = {c: [] for c in seats}
    proposals = {c: 0 for c in seats}
    assigned = [None] * n
    free = list(range(n - 1, -1, -1))
    while free:
        i = free.pop()
        a = applicants[i]
        while True:
            k = nxt[i]
            if k >= len(a.prefs):
                if a.extended:
                    break
                extend(a)
                if k >= len(a.prefs):
                    break
            code = a.prefs[k]
            nxt[i] = k + 1
            proposals[code] += 1
            key = rank_at(a, code)
            heap = held[code]
            if len(heap) < seats[code]:
                heapq.heappush(heap, (-key, i))
                assigned[i] = code
                break
            if -heap[0][0] > key:
                out = heapq.heapreplace(heap, (-key, i))[1]
                assigned[i] = code
                assigned[out] = None
                free.append(out)
                break
    assignments = []
    placed = first = migrants = migrants_public = 0
    for i, a in enumerate(applicants):
        code = assigned[i]
        if a.migrant:
            migrants += 1
        if code is None:
            assignments.append({"applicantId": a.id, "school": None, "choiceRank": None, "class": None,
                                "lotteryNumber": a.number if single else None})
            continue
        placed += 1
        rank = nxt[i]
        first += rank == 1
        if a.migrant and not schools[code].private:
            migrants_public += 1
        assignments.append({"applicantId": a.id, "school": code, "choiceRank": rank, "class": class_of(a, code),
                            "lotteryNumber": number_at(a, code)})
    school_rows = []
    for code in sorted(seats):
        heap = held[code]
        last = None
        if seats[code] > 0 and len(heap) == seats[code]:
            worst = applicants[heap[0][1]]  # the max-heap top: the lowest-ranked admitted child
            last = {"class": class_of(worst, code), "lotteryNumber": number_at(worst, code)}
        school_rows.append({"code": code, "seats": seats[code], "admitted": len(heap), "applicants": proposals[code],
                            "lastAdmitted": last})
    summary = {"applicants": n, "placed": placed, "unplaced": n - placed, "firstChoice": first,
               "migrantApplicants": migrants, "migrantPlacedPublic": migrants_public}
    return assignments, school_rows, summary


def admission_document(inputs, args, public_value):
    rnd = load_admission(inputs, args)
    seed = seed_of(inputs.commit, public_value)
    assignments, school_rows, summary = plan_admission(rnd, inputs.policy, seed)
    return {
        "kind": "admission", "year": rnd["year"], "countyCode": rnd["county"], "entryGrade": rnd["grade"],
        "policy": inputs.policy_name,
        "lottery": {"algorithm": ALGORITHM, "tieBreak": inputs.policy["tieBreak"], "inputs": dict(inputs.hashes),
                    "commit": inputs.commit, "publicValue": public_value, "seed": seed.hex()},
        "assignments": assignments, "schools": school_rows, "summary": summary,
    }


# -------------------------------------------------------------------------------------------------- quota (§B)

HIGH_SCHOOL_COLUMNS = [
    Column("year", ["学年"]), Column("area_code", ["招生区域代码"]), Column("school_code", ["学校标识码", "学校代码"]),
    Column("school_name", ["学校名称"], False), Column("seats", ["招生计划", "招生计划数"]),
    Column("quota_share", ["名额分配比例"]), Column("quota_min_score", ["指标生最低控制线"], False),
    Column("tier", ["学校层次", "层次"]),
]
CANDIDATE_COLUMNS = [
    Column("year", ["学年"]), Column("area_code", ["招生区域代码"]), Column("candidate_id", ["考生号"]),
    Column("junior_school", ["初中学校", "毕业学校", "初中学校标识码"]), Column("score", ["总分"]),
    Column("tie1", [], False), Column("tie2", [], False), Column("tie3", [], False),
    Column("quota_choice", ["指标到校志愿"], False), Column("choices", ["统招志愿"]),
]


class HighSchool:
    __slots__ = ("row", "code", "seats", "share", "min_score", "tier")


class Candidate:
    __slots__ = ("row", "id", "junior", "score", "ties", "quota_choice", "choices", "number")


def load_quota(inputs, args):
    schools = read_schools(inputs.paths["schools"], inputs.data["schools"])
    issues = Issues()
    hs_name, cand_name = inputs.file_name("high_schools"), inputs.file_name("candidates")
    header, rows = inputs.table("high_schools")
    hs_recs = records(hs_name, header, rows, HIGH_SCHOOL_COLUMNS)
    header, rows = inputs.table("candidates")
    cand_recs = records(cand_name, header, rows, CANDIDATE_COLUMNS)
    dims = {"year": set(), "area": set()}
    high_rows, cand_rows = [], []
    cells = Cells(hs_name, issues)
    for row, rec in hs_recs:
        y, area = cells.year(row, rec), cells.code6(row, rec, "area_code")
        dims["year"].add(y)
        dims["area"].add(area)
        h = HighSchool()
        h.row = row
        h.code = cells.code(row, rec, "school_code", "IMP-012")
        h.seats = cells.whole(row, rec, "seats")
        h.share = cells.decimal(row, rec, "quota_share")
        if h.share is not None and h.share > 1:
            issues.add(hs_name, row, "quota_share", rec["quota_share"], "QUO-SHARE", "A share between 0 and 1.")
        h.min_score = cells.decimal(row, rec, "quota_min_score", required=False)
        h.tier = cells.enum(row, rec, "tier", TIERS)
        high_rows.append(((y, area), h))
    cells = Cells(cand_name, issues)
    for row, rec in cand_recs:
        y, area = cells.year(row, rec), cells.code6(row, rec, "area_code")
        dims["year"].add(y)
        dims["area"].add(area)
        c = Candidate()
        c.row = row
        c.id = cells.code(row, rec, "candidate_id")
        c.junior = cells.code(row, rec, "junior_school", "IMP-012")
        c.score = cells.decimal(row, rec, "score")
        c.ties = tuple(cells.decimal(row, rec, t, required=False) for t in ("tie1", "tie2", "tie3"))
        c.quota_choice = rec["quota_choice"] or None
        c.choices = school_codes(rec["choices"])
        cand_rows.append(((y, area), c, rec["choices"]))
    issues.raise_any()
    year = select(dims["year"], args.year, "--year", "the high-schools and candidates files")
    area = select(dims["area"], args.area, "--area", "the high-schools and candidates files")
    sel = (year, area)
    highs = {}
    for dim, h in high_rows:
        if dim != sel:
            continue
        if h.code in highs:
            issues.add(hs_name, h.row, "school_code", h.code, "QUO-HIGH-TWICE",
                       f"High school given twice (also row {highs[h.code].row}).")
            continue
        highs[h.code] = h
    candidates = []
    ids = {}
    for dim, c, choices_text in cand_rows:
        if dim != sel:
            continue
        if c.id in ids:
            issues.add(cand_name, c.row, "candidate_id", c.id, "QUO-CANDIDATE-TWICE",
                       f"Candidate id given twice (also row {ids[c.id]}).")
        ids[c.id] = c.row
        school = schools.get((year, c.junior))
        if school is None:
            issues.add(cand_name, c.row, "junior_school", c.junior, "IMP-060", f"School not in the school data of {year}.")
        elif not school.junior:
            issues.add(cand_name, c.row, "junior_school", c.junior, "QUO-JUNIOR",
                       "The school has no junior segment.")
        if c.quota_choice is not None:
            h = highs.get(c.quota_choice)
            if h is None or not h.share > 0:
                issues.add(cand_name, c.row, "quota_choice", c.quota_choice, "QUO-QUOTA-CHOICE",
                           "Not a high school with quota_share > 0.")
        listed = set()
        for choice in c.choices:
            if choice in listed:
                issues.add(cand_name, c.row, "choices", choices_text, "QUO-CHOICE-TWICE", f"{choice} listed twice.")
            elif choice not in highs:
                issues.add(cand_name, c.row, "choices", choices_text, "QUO-CHOICE-SCHOOL",
                           f"{choice} is not a high school of the file.")
            listed.add(choice)
        candidates.append(c)
    issues.raise_any()
    return {"year": year, "area": area, "highs": highs, "candidates": candidates, "schools": schools}


def apportion(h, q_seats, juniors, votes, policy, seed, hs_file):
    """Seats of one high school's quota per junior high, in exact arithmetic (docs/planning/quota.md)."""
    q = {j: lottery_number(seed, "quota|" + h + "|" + j) for j in juniors}
    method = policy["method"]
    if method == "HAMILTON":
        total = sum(votes.values())
        seats = {j: (q_seats * votes[j]) // total for j in juniors}
        left = q_seats - sum(seats.values())
        order = sorted(juniors, key=lambda j: (-(q_seats * votes[j] - total * seats[j]), q[j]))
        for j in order[:left]:
            seats[j] += 1
        return seats
    start = policy["minPerSchool"]
    if start * len(juniors) > q_seats:
        fail(hs_file, None, "school_code", h, "QUO-MIN-PER-SCHOOL",
             f"minPerSchool {start} x {len(juniors)} junior highs exceeds the {q_seats} quota seats of {h}.")
    seats = {j: start for j in juniors}
    # v / d(s) with d(s) = s + 1/2 (WEBSTER) or s + 1 (DHONDT), as the integers 2v / (2s + 1) or v / (s + 1)
    scale = 1
    for v in votes.values():
        scale = scale * v.denominator // math.gcd(scale, v.denominator)
    whole = {j: int(votes[j] * scale) for j in juniors}
    webster = method == "WEBSTER"

    def quotient(j):
        s = seats[j]
        return Quotient(2 * whole[j], 2 * s + 1, q[j], j) if webster else Quotient(whole[j], s + 1, q[j], j)

    heap = [quotient(j) for j in juniors]
    heapq.heapify(heap)
    for _ in range(q_seats - start * len(juniors)):
        j = heapq.heappop(heap).junior
        seats[j] += 1
        heapq.heappush(heap, quotient(j))
    return seats


class Quotient:
    """numerator / denominator compared exactly (largest first), equal quotients by the lowest q(h, j)."""
    __slots__ = ("num", "den", "q", "junior")

    def __init__(self, num, den, q, junior):
        self.num, self.den, self.q, self.junior = num, den, q, junior

    def __lt__(self, other):
        left, right = self.num * other.den, other.num * self.den
        return left > right or (left == right and self.q < other.q)


def candidate_order(candidates):
    def key(c):
        ties = tuple((0, -t) if t is not None else (1, 0) for t in c.ties)
        return (-c.score,) + ties + (c.number,)

    return sorted(candidates, key=key)


def general_batch(order, taken, general_left, admitted):
    for c in order:
        if c.id in taken:
            continue
        for h in c.choices:
            if general_left[h] > 0:
                general_left[h] -= 1
                admitted[c.id] = (h, "GENERAL")
                break


def plan_quota(rnd, policy, seed, hs_file):
    highs, candidates, schools, year = rnd["highs"], rnd["candidates"], rnd["schools"], rnd["year"]
    for c in candidates:
        c.number = lottery_number(seed, c.id)
    counts = {}
    for c in candidates:
        counts[c.junior] = counts.get(c.junior, 0) + 1
    juniors = sorted(counts)
    location = {j: schools[(year, j)].location for j in juniors}
    weight = {j: policy["weights"][location[j]] for j in juniors}
    votes = {j: Fraction(weight[j]) * counts[j] for j in juniors}
    order = candidate_order(candidates)
    apportionment = []
    quota_seats = {}
    for h in sorted(highs):
        hs = highs[h]
        if not hs.share > 0:
            continue
        q_total = int((hs.share * hs.seats + Decimal("0.5")).to_integral_value(rounding=ROUND_FLOOR))
        alloc = apportion(h, q_total, juniors, votes, policy, seed, hs_file) if juniors else {}
        quota_seats[h] = alloc
        apportionment.append({"highSchool": h, "seats": hs.seats, "quotaSeats": q_total, "allocations": [
            {"juniorSchool": j, "candidates": counts[j], "weight": weight[j], "seats": alloc[j]} for j in juniors]})
    admitted = {}
    quota_filled = {h: 0 for h in highs}
    left = {(h, j): s for h, alloc in quota_seats.items() for j, s in alloc.items() if s > 0}
    for c in order:  # the first s_hj eligible candidates of j in the order, for each (h, j)
        h = c.quota_choice
        if h is None or left.get((h, c.junior), 0) == 0:
            continue
        minimum = highs[h].min_score
        if minimum is not None and c.score < minimum:
            continue
        left[(h, c.junior)] -= 1
        quota_filled[h] += 1
        admitted[c.id] = (h, "QUOTA")
    general_left = {h: highs[h].seats - quota_filled[h] for h in highs}
    general_batch(order, admitted, general_left, admitted)
    without = {}
    general_batch(order, {}, {h: highs[h].seats for h in highs}, without)
    cut = {}
    for c in order:
        got = admitted.get(c.id)
        if got is not None:
            cut[(got[0], got[1], c.junior if got[1] == "QUOTA" else "")] = c.score
    cutoffs = []
    for h, batch, j in sorted(cut, key=lambda k: (k[0], k[1] != "GENERAL", k[2])):
        entry = {"school": h, "batch": batch}
        if batch == "QUOTA":
            entry["juniorSchool"] = j
        entry["lastScore"] = cut[(h, batch, j)]
        cutoffs.append(entry)
    key_with = {j: 0 for j in juniors}
    key_without = {j: 0 for j in juniors}
    for c in candidates:
        got = admitted.get(c.id)
        if got is not None and highs[got[0]].tier == "KEY":
            key_with[c.junior] += 1
        got = without.get(c.id)
        if got is not None and highs[got[0]].tier == "KEY":
            key_without[c.junior] += 1
    equity = [{"juniorSchool": j, "location": location[j], "candidates": counts[j], "keyAdmitted": key_with[j],
               "keyAdmittedWithoutQuota": key_without[j]} for j in juniors]
    summary = {"keyRateCv": key_rate_cv(juniors, counts, key_with),
               "keyRateCvWithoutQuota": key_rate_cv(juniors, counts, key_without),
               "ruralUrbanKeyRate": rural_urban(juniors, counts, key_with, location),
               "ruralUrbanKeyRateWithoutQuota": rural_urban(juniors, counts, key_without, location)}
    admissions = []
    for c in candidates:
        got = admitted.get(c.id)
        admissions.append({"candidateId": c.id, "school": got[0] if got else None, "batch": got[1] if got else None,
                           "lotteryNumber": c.number})
    return apportionment, admissions, cutoffs, equity, summary


def key_rate_cv(juniors, counts, key):
    """Population CV (divisor n) of keyAdmitted / candidates across junior highs, in double."""
    if not juniors:
        return None
    rates = [key[j] / counts[j] for j in juniors]
    mean = sum(rates) / len(rates)
    if mean == 0:
        return None
    return math.sqrt(sum((r - mean) ** 2 for r in rates) / len(rates)) / mean


def rural_urban(juniors, counts, key, location):
    pooled = {}
    for loc in ("RURAL", "URBAN"):
        n = sum(counts[j] for j in juniors if location[j] == loc)
        k = sum(key[j] for j in juniors if location[j] == loc)
        pooled[loc] = k / n if n else None
    if pooled["RURAL"] is None or not pooled["URBAN"]:
        return None
    return pooled["RURAL"] / pooled["URBAN"]


def quota_document(inputs, args, public_value):
    rnd = load_quota(inputs, args)
    seed = seed_of(inputs.commit, public_value)
    apportionment, admissions, cutoffs, equity, summary = plan_quota(rnd, inputs.policy, seed,
                                                                      inputs.file_name("high_schools"))
    return {
        "kind": "quota", "year": rnd["year"], "areaCode": rnd["area"], "policy": inputs.policy_name,
        "lottery": {"algorithm": ALGORITHM, "inputs": dict(inputs.hashes), "commit": inputs.commit,
                    "publicValue": public_value, "seed": seed.hex()},
        "apportionment": apportionment, "admissions": admissions, "cutoffs": cutoffs, "equity": equity,
        "equitySummary": summary,
    }


# ------------------------------------------------------------------------------------------------------------ JSON

SAFE_STRING = re.compile(r"[0-9A-Za-z_.|: -]*")


def json_text(value):
    """Compact JSON as the platform writes it; decimals as written (612.5, 1.0), doubles as repr."""
    out = []

    def emit(v):
        if isinstance(v, str):
            out.append(f'"{v}"' if SAFE_STRING.fullmatch(v) else json.dumps(v, ensure_ascii=False))
        elif isinstance(v, dict):
            out.append("{")
            first = True
            for k, item in v.items():
                out.append(f'"{k}":' if first else f',"{k}":')  # keys are the document's own ASCII names
                first = False
                emit(item)
            out.append("}")
        elif v is None:
            out.append("null")
        elif v is True or v is False:
            out.append("true" if v else "false")
        elif isinstance(v, int):
            out.append(str(v))
        elif isinstance(v, Decimal):
            out.append(format(v, "f"))
        elif isinstance(v, float):
            out.append(repr(v) if math.isfinite(v) else "null")
        else:
            out.append("[")
            for i, item in enumerate(v):
                if i:
                    out.append(",")
                emit(item)
            out.append("]")

    emit(value)
    return "".join(out)


# ---------------------------------------------------------------------------------------------------- comparison

DOUBLE_FIELDS = {"keyRateCv", "keyRateCvWithoutQuota", "ruralUrbanKeyRate", "ruralUrbanKeyRateWithoutQuota"}


def shown(v):
    if v is None:
        return "null"
    if isinstance(v, (dict, list)):
        return json_text(v)
    return str(v)


def as_decimal(v):
    return Decimal(repr(v)) if isinstance(v, float) else Decimal(v)


def same(field, got, want):
    """Equal as the contract compares: numbers numerically (the four equity doubles to 1e-9), the rest exactly."""
    if got is None or want is None:
        return got is None and want is None
    if isinstance(want, bool) or isinstance(got, bool):
        return type(got) is type(want) and got == want
    if isinstance(want, (int, float, Decimal)):
        if not isinstance(got, (int, float, Decimal)):
            return False
        if field in DOUBLE_FIELDS:
            return abs(float(got) - float(want)) <= 1e-9
        return as_decimal(got) == as_decimal(want)
    return type(got) is type(want) and got == want


def first_difference(path, got, want):
    """The first difference between the result (got) and the recomputation (want), or None."""
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return f"{path}: {shown(got)} in the result, an object recomputed"
        for k, w in want.items():
            if k not in got:
                return f"{path}.{k}: missing in the result, {shown(w)} recomputed"
            d = first_difference(f"{path}.{k}", got[k], w)
            if d:
                return d
        for k in got:
            if k not in want:
                return f"{path}.{k}: {shown(got[k])} in the result, absent recomputed"
        return None
    if isinstance(want, list):
        if not isinstance(got, list):
            return f"{path}: {shown(got)} in the result, a list recomputed"
        for i, (g, w) in enumerate(zip(got, want)):
            d = first_difference(f"{path}[{i}]", g, w)
            if d:
                return d
        if len(got) != len(want):
            return f"{path}: {len(got)} entries in the result, {len(want)} recomputed"
        return None
    field = path.rsplit(".", 1)[-1]
    if not same(field, got, want):
        return f"{path}: {shown(got)} in the result, {shown(want)} recomputed"
    return None


def differences(result, recomputed):
    """Lines naming what does not reproduce: inputs, commit, seed, then the first differing person and field."""
    lines = []
    got_lottery, want_lottery = result.get("lottery") or {}, recomputed["lottery"]
    for name, digest in want_lottery["inputs"].items():
        g = (got_lottery.get("inputs") or {}).get(name)
        if g != digest:
            lines.append(f"inputs.{name}: {g} in the result, {digest} recomputed")
    for field in ("commit", "seed"):
        if got_lottery.get(field) != want_lottery[field]:
            lines.append(f"{field}: {got_lottery.get(field)} in the result, {want_lottery[field]} recomputed")
    people, id_key = ("assignments", "applicantId") if recomputed["kind"] == "admission" else \
        ("admissions", "candidateId")
    got_people = result.get(people)
    if not isinstance(got_people, list):
        lines.append(f"{people}: missing in the result")
        return lines
    for i, want in enumerate(recomputed[people]):
        if i >= len(got_people):
            lines.append(f"{want[id_key]}: missing in the result ({people}[{i}])")
            return lines
        got = got_people[i]
        if not isinstance(got, dict) or got.get(id_key) != want[id_key]:
            lines.append(f"{people}[{i}]: {id_key} {shown(got.get(id_key) if isinstance(got, dict) else got)} "
                         f"in the result, {want[id_key]} recomputed")
            return lines
        for field, w in want.items():
            if field not in got:
                lines.append(f"{want[id_key]}: {field} missing in the result, {shown(w)} recomputed")
                return lines
            if not same(field, got[field], w):
                lines.append(f"{want[id_key]}: {field} {shown(got[field])} in the result, {shown(w)} recomputed")
                return lines
    if len(got_people) != len(recomputed[people]):
        lines.append(f"{people}: {len(got_people)} entries in the result, {len(recomputed[people])} recomputed")
        return lines
    rest = {k: v for k, v in recomputed.items() if k != people}
    d = first_difference("$", {k: result.get(k) for k in rest}, rest)
    if d and not lines:
        lines.append(d)
    elif d and not d.startswith(("$.lottery.inputs", "$.lottery.commit", "$.lottery.seed")):
        lines.append(d)
    return lines


# ------------------------------------------------------------------------------------------------------------ CLI

def parser():
    p = argparse.ArgumentParser(prog="edubalance_verify.py",
                                description="Independent verifier of EduBalance lotteries (edubalance-lottery-v1).")
    sub = p.add_subparsers(dest="command", required=True)

    def inputs(sp, kind_required):
        sp.add_argument("--kind", choices=["admission", "quota"], required=kind_required)
        sp.add_argument("--schools")
        sp.add_argument("--seats")
        sp.add_argument("--zones")
        sp.add_argument("--applicants")
        sp.add_argument("--high-schools", dest="high_schools")
        sp.add_argument("--candidates")
        sp.add_argument("--policy", default="national")
        sp.add_argument("--year", type=int)
        sp.add_argument("--county")
        sp.add_argument("--area")
        sp.add_argument("--entry-grade", dest="entry_grade", choices=["G1", "G7"])

    inputs(sub.add_parser("commit", help="print the input hashes and the commit"), True)
    plan = sub.add_parser("plan", help="compute the result document")
    inputs(plan, True)
    plan.add_argument("--public-value", dest="public_value", required=True)
    plan.add_argument("--out", required=True)
    verify = sub.add_parser("verify", help="recompute a published result")
    inputs(verify, False)
    verify.add_argument("--result", required=True)
    return p


def document(kind, args, public_value):
    inputs = Inputs(kind, args)
    return admission_document(inputs, args, public_value) if kind == "admission" else \
        quota_document(inputs, args, public_value)


def run(argv):
    args = parser().parse_args(argv)
    if args.command == "commit":
        inputs = Inputs(args.kind, args)
        for name, digest in inputs.hashes:
            print(f"{name}={digest}")
        print(f"commit={inputs.commit}")
        return 0
    if args.command == "plan":
        if not args.out.lower().endswith(".json"):
            fail("--out", None, None, args.out, "USAGE", "The verifier writes a .json result.")
        doc = document(args.kind, args, args.public_value)
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(json_text(doc))
        return 0
    try:
        with open(args.result, "rb") as f:
            result = json.loads(f.read().decode("utf-8-sig"), parse_float=Decimal)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        fail(os.path.basename(args.result), None, None, None, "RESULT-READ", f"Result cannot be read: {e}.")
    if not isinstance(result, dict) or result.get("kind") not in ("admission", "quota"):
        fail(os.path.basename(args.result), None, "kind", None, "RESULT-KIND", "Not an admission or quota result.")
    kind = result["kind"]
    if args.kind and args.kind != kind:
        fail("--kind", None, None, args.kind, "USAGE", f"The result is of kind {kind}.")
    if args.policy == "national" and result.get("policy") not in (None, "national"):
        fail("--policy", None, None, None, "USAGE",
             f"The result was planned with the policy file '{result.get('policy')}': pass it with --policy.")
    # the selection defaults to the result's own
    if args.year is None and isinstance(result.get("year"), int):
        args.year = result["year"]
    if kind == "admission":
        args.county = args.county or result.get("countyCode")
        args.entry_grade = args.entry_grade or result.get("entryGrade")
    else:
        args.area = args.area or result.get("areaCode")
    public_value = (result.get("lottery") or {}).get("publicValue")
    if not isinstance(public_value, str) or public_value == "":
        fail(os.path.basename(args.result), None, "lottery.publicValue", None, "LOT-PUBLIC-VALUE",
             "The result holds no public value.")
    recomputed = document(kind, args, public_value)
    lines = differences(result, recomputed)
    if lines:
        for line in lines:
            print(line)
        print("NOT REPRODUCED")
        return 1
    print(f"reproduced: commit {recomputed['lottery']['commit']}, seed {recomputed['lottery']['seed']}, "
          f"{len(recomputed['assignments' if kind == 'admission' else 'admissions'])} "
          f"{'applicants' if kind == 'admission' else 'candidates'}")
    return 0


def main(argv=None):
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except BadInput as e:
        for issue in e.issues:
            print(issue, file=sys.stderr)
        return 2
    except Exception:  # a fault of the verifier itself must not read as "not reproduced" (1) or "bad input" (2)
        import traceback
        traceback.print_exc()
        print("internal error of the verifier (exit 3): please report it with the files", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
