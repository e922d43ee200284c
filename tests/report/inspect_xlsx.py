#!/usr/bin/env python3
"""Read an ehtrack report workbook back and check it (tests/cases/report*.t).

Each subcommand prints a few stable lines for the transcript to match and
exits 1 with a message on stderr when a check fails:

  sheets FILE                      the sheet names, in order
  steps FILE STATUS.json           one Steps row per plan of `status --format json`
  goals FILE GOALS.json MIN_CELL   Goals rows and statuses equal `goals --format json`
  metrics FILE METRICS.json MIN_CELL METRICS_DIR
                                   practice rows of the Metrics sheet against
                                   `metrics --by practice --format json`, with the
                                   privacy rule (MIN_CELL 0: the practice's own
                                   workbook, everything shown); the months shown,
                                   partial ones marked
  types FILE                       every cell of a number column is a number,
                                   "<N" or empty; dates are dates
  charts FILE                      the charts: kind, series, the sheet they read, titles
  comparison FILE METRICS_DIR REGISTER CARE_GROUP.json REGION.json ALL.json
                                   the Comparison sheet's rows against `compare
                                   --format json` for each set of peers; no other
                                   practice of the register named on the sheet
  spread FILE METRICS_DIR          the Spread sheet: per metric the practices, those
                                   left out and the seven statistics as shown; the
                                   practices outside the 99.8% limits; the funnel's
                                   points and lines
  trends FILE                      the weeks of the Trends sheet, partial ones marked
  summary FILE                     the Summary's scope lines
  quality FILE                     months without data per practice, imports
                                   and rejected rows (English workbooks)
  reasons FILE                     the reason of each group of rejected
                                   rows, in the workbook's language
  labels FILE SHEET COLUMN         the texts of one column of a sheet (A, B, ...),
                                   each once, in order
  print FILE                       per sheet how it prints: the print area, pages
                                   wide, the rows and columns on every page, and
                                   the notes wrapped over the table (merged A2
                                   and such)
"""
import json
import math
import os
import re
import sys
import zipfile
from datetime import date, datetime

try:
    import openpyxl
except ImportError:  # pragma: no cover - make check installs it
    sys.stderr.write("inspect_xlsx: python3-openpyxl is not installed\n")
    sys.exit(77)

SHEETS = {
    "en": ["Summary", "Steps", "Goals", "Metrics", "Trends", "Costs", "Data quality"],
    "nl": ["Samenvatting", "Stappen", "Doelen", "Indicatoren", "Trends", "Kosten", "Datakwaliteit"],
}
STATUS_EN = {"achieved": "Achieved", "on_track": "On track", "at_risk": "At risk", "missed": "Missed",
             "no_data": "No data"}
HEADER_ROW = 4  # row 4 (1-based) holds the header of each table sheet


def fail(msg):
    sys.stderr.write("inspect_xlsx: %s\n" % msg)
    sys.exit(1)


def load(path):
    return openpyxl.load_workbook(path)


def table(ws, header_row=HEADER_ROW):
    """The table under the header row, as dicts, until the first empty row."""
    headers = [c.value for c in ws[header_row]]
    rows = []
    for r in ws.iter_rows(min_row=header_row + 1):
        values = [c.value for c in r]
        if all(v is None for v in values):
            break
        rows.append({h: (r[i] if i < len(r) else None) for i, h in enumerate(headers) if h})
    return headers, rows


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def cmd_sheets(path):
    for name in load(path).sheetnames:
        print(name)


def cmd_steps(path, status_json):
    wb = load(path)
    ws = wb[wb.sheetnames[1]]
    _, rows = table(ws)
    plans = json.load(open(status_json))
    by_id = {r["Plan"].value: r for r in rows}
    if len(rows) != len(plans) or set(by_id) != {p["plan"] for p in plans}:
        fail("Steps has %d rows for %d plans" % (len(rows), len(plans)))
    coloured = 0
    for p in plans:
        row = by_id[p["plan"]]
        progress = row["Progress"]
        if not isinstance(progress.value, (int, float)) or not close(progress.value, p["progress"]):
            fail("plan %s: progress %r, expected %r" % (p["plan"], progress.value, p["progress"]))
        if "%" not in progress.number_format:
            fail("plan %s: progress is not formatted as a percentage" % p["plan"])
        for i, key in enumerate(["needs", "vision", "selection", "plan", "implement", "scale"]):
            cell = next(c for h, c in row.items() if h.startswith("%d " % (i + 1)))
            want = p["steps"][key].replace("_", " ").capitalize()
            if cell.value != want:
                fail("plan %s step %s: %r, expected %r" % (p["plan"], key, cell.value, want))
            if cell.fill.fgColor.rgb not in (None, "00000000"):
                coloured += 1
    print("steps: %d rows, one per plan; statuses and progress as in status; %d coloured step cells"
          % (len(rows), coloured))


def cmd_goals(path, goals_json, min_cell):
    min_cell = int(min_cell)
    wb = load(path)
    ws = wb[wb.sheetnames[2]]
    _, rows = table(ws)
    goals = json.load(open(goals_json))
    if len(rows) != len(goals):
        fail("Goals has %d rows for %d goals" % (len(rows), len(goals)))
    counts = {}
    equal = hidden = few = 0
    for row, g in zip(rows, goals):
        if (row["Plan"].value, row["Goal"].value) != (g["plan"], g["goal"]):
            fail("row %s/%s where %s/%s was expected" % (row["Plan"].value, row["Goal"].value, g["plan"], g["goal"]))
        status = row["Status"].value
        if status != STATUS_EN[g["status"]]:
            fail("goal %s/%s: status %r, expected %s" % (g["plan"], g["goal"], status, g["status"]))
        counts[g["status"]] = counts.get(g["status"], 0) + 1
        for col, key in (("Baseline", "baseline"), ("Target", "target"), ("Current (28 days)", "current"),
                         ("Forecast at deadline", "forecast")):
            v = row[col].value
            if key == "forecast" and len(g["forecast_points"]) < 3:
                # No forecast on fewer than 3 weekly values: the cell says so.
                if v != "fewer than 3 weeks":
                    fail("goal %s/%s: forecast %r on %d weeks" % (g["plan"], g["goal"], v, len(g["forecast_points"])))
                few += 1
                continue
            if v is None or isinstance(v, str):
                if isinstance(v, str) and not re.fullmatch(r"<\d+", v):
                    fail("goal %s/%s %s: text %r" % (g["plan"], g["goal"], col, v))
                if g[key] is not None:
                    if min_cell <= 1:
                        fail("goal %s/%s %s: empty in the practice's own workbook" % (g["plan"], g["goal"], col))
                    hidden += 1
                continue
            if g[key] is None or not close(float(v), g[key]):
                fail("goal %s/%s %s: %r, expected %r" % (g["plan"], g["goal"], col, v, g[key]))
            equal += 1
        deadline = row["Deadline"].value
        if not isinstance(deadline, datetime) or deadline.date().isoformat() != g["deadline"]:
            fail("goal %s/%s: deadline %r" % (g["plan"], g["goal"], deadline))
    print("goals: %d rows in the order of goals; statuses equal (%s)"
          % (len(rows), ", ".join("%s %d" % (k, counts[k]) for k in sorted(counts))))
    print("goals: %d values equal, %d hidden" % (equal, hidden))
    if few:
        print("goals: %d forecasts on fewer than 3 weeks, said so" % few)


def metric_labels(metrics_dir):
    """English label -> (id, unit, compute) from the metric files."""
    out = {}
    for name in sorted(os.listdir(metrics_dir)):
        if not name.endswith(".yaml"):
            continue
        text = open(os.path.join(metrics_dir, name), encoding="utf-8").read()
        mid = re.search(r"^metric:\s*(\S+)", text, re.M).group(1)
        label = re.search(r'^label:.*\ben:\s*"([^"]*)"', text, re.M).group(1)
        unit = re.search(r"^unit:\s*(\S+)", text, re.M).group(1)
        compute = re.search(r"^compute:\s*(\S+)", text, re.M).group(1)
        suppress = re.search(r"^suppress_on:\s*(\S+)", text, re.M)
        # The count a workbook must not show small (suppress_on, docs/metrics.md).
        if unit == "per_1000" or (suppress and suppress.group(1) == "numerator"):
            unit = unit if unit == "per_1000" else unit + ",numerator"
        out[label] = (mid, unit, compute)
    return out


def expected_cell(m, unit, compute, min_cell):
    """What the privacy rule leaves of a value: ('value', v), ('below',) or ('empty',)."""
    v = m["value"]
    if v is None:
        return ("empty",)
    if min_cell <= 1:
        return ("value", v)
    if compute == "count":
        return ("below",) if v < min_cell else ("value", v)
    if compute == "ratio":
        basis = m["numerator"] if unit == "per_1000" or unit.endswith(",numerator") else m["denominator"]
        return ("empty",) if basis is None or basis < min_cell else ("value", v)
    if compute in ("per_day", "per_week"):
        return ("empty",) if m["numerator"] is None or m["numerator"] < min_cell else ("value", v)
    return None  # a median: its record count is not in the JSON


def cmd_metrics(path, metrics_json, min_cell, metrics_dir):
    min_cell = int(min_cell)
    wb = load(path)
    ws = wb[wb.sheetnames[3]]
    headers, rows = table(ws)
    labels = metric_labels(metrics_dir)
    values = {}
    for m in json.load(open(metrics_json)):
        values[(m["group"], m["period"], m["metric"])] = m
    checked = below = empty = shown = 0
    levels = {}
    months = {}
    for row in rows:
        level = row["Level"].value
        levels[level] = levels.get(level, 0) + 1
        month = row["Month"].value
        if not isinstance(month, datetime) or row["Month"].number_format != "yyyy-mm":
            fail("Metrics: month %r is not a date formatted yyyy-mm" % (month,))
        period = month.strftime("%Y-%m")
        months[period] = row["Data"].value or ""
        if level != "Practice":
            continue
        for h in headers[6:]:
            if h is None:
                continue
            label = re.sub(r" \((hours|seconds)\)$", "", h)
            if label not in labels:
                fail("Metrics: column %r is no metric" % h)
            mid, unit, compute = labels[label]
            m = values.get((row["AGB code"].value, period, mid))
            if m is None:
                fail("Metrics: no value for %s %s %s" % (row["AGB code"].value, period, mid))
            want = expected_cell(m, unit, compute, min_cell)
            got = row[h].value
            if want is None:
                continue
            checked += 1
            where = "%s %s %s" % (row["AGB code"].value, period, mid)
            if want[0] == "below":
                if got != "<%d" % min_cell:
                    fail("Metrics %s: %r, expected <%d (value %r)" % (where, got, min_cell, m["value"]))
                below += 1
            elif want[0] == "empty":
                if got is not None:
                    fail("Metrics %s: %r, expected empty (%r/%r)" % (where, got, m["numerator"], m["denominator"]))
                empty += 1
            else:
                if isinstance(got, str) or got is None or not close(float(got), want[1]):
                    fail("Metrics %s: %r, expected %r" % (where, got, want[1]))
                if unit.startswith("ratio") and "%" not in row[h].number_format:
                    fail("Metrics %s: a ratio not formatted as a percentage" % where)
                shown += 1
    print("metrics rows: %s" % ", ".join("%s %d" % (k, levels[k]) for k in sorted(levels)))
    print("metrics months: %s" % ", ".join((m + " " + months[m]).strip() for m in sorted(months)))
    if min_cell <= 1:
        print("metrics: %d practice cells checked: %d shown as computed, %d without a value" % (checked, shown, empty))
    else:
        print("metrics: %d practice cells checked: %d shown, %d as <%d, %d left empty"
              % (checked, shown, below, min_cell, empty))


def cmd_types(path):
    """Columns that hold numbers hold only numbers ("<N" and empty aside)."""
    wb = load(path)
    numbers = texts = dates = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                fmt = c.number_format
                numeric_fmt = fmt != "General" and any(ch in fmt for ch in "0#")
                date_fmt = "yy" in fmt
                if date_fmt:
                    if not isinstance(v, (datetime, date)):
                        fail("%s!%s: %r under a date format" % (ws.title, c.coordinate, v))
                    dates += 1
                elif numeric_fmt:
                    if not isinstance(v, (int, float)):
                        fail("%s!%s: %r under a number format" % (ws.title, c.coordinate, v))
                    numbers += 1
                elif isinstance(v, str):
                    if re.fullmatch(r"-?[\d.,]+%?", v.strip()) and not re.fullmatch(r"<\d+", v) \
                            and not re.fullmatch(r"\d{8}", v) and not re.fullmatch(r"[\d, ]+", v):
                        fail("%s!%s: the number %r written as text" % (ws.title, c.coordinate, v))
                    texts += 1
                if isinstance(v, str) and v.startswith("="):
                    fail("%s!%s: a formula" % (ws.title, c.coordinate))
    print("types: numbers are numbers, dates are dates, no formulas")


def cmd_charts(path):
    with zipfile.ZipFile(path) as z:
        names = sorted((n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)),
                       key=lambda n: int(re.search(r"(\d+)", n).group(1)))
        for n in names:
            xml = z.read(n).decode("utf-8")
            kind = "line" if "<c:lineChart>" in xml else "scatter" if "<c:scatterChart>" in xml else "other"
            texts = re.findall(r"<a:t>([^<]*)</a:t>", xml)
            series = xml.count("<c:ser>")
            refs = sorted(set(re.findall(r"<c:f>([^<!]*)!", xml)))
            print("chart: %s, %d series from %s; %s" % (kind, series, ", ".join(refs), " | ".join(texts)))
        drawings = [n for n in z.namelist() if n.startswith("xl/drawings/drawing")]
        if not names or not drawings:
            fail("no chart in the workbook")


def sheet_named(wb, names):
    for n in names:
        if n in wb.sheetnames:
            return wb[n]
    fail("no sheet %s" % " or ".join(names))


def register_practices(path):
    """(AGB, name) of every practice of a register, block or flow style."""
    text = open(path, encoding="utf-8").read()
    out = re.findall(r'agb:\s*"(\d{8})",\s*name:\s*([^,}]+)', text)
    out += re.findall(r'agb:\s*"(\d{8})"\s*\n\s*name:\s*(.+)', text)
    return [(a, n.strip()) for a, n in out]


FUNNEL_WORDS = {"within": "within the limits", "above95": "above the 95% limit",
                "above998": "above the 99.8% limit", "below95": "below the 95% limit",
                "below998": "below the 99.8% limit"}


def cmd_comparison(path, metrics_dir, register, *jsons):
    """Each row of the Comparison sheet holds the figures of `compare`."""
    wb = load(path)
    ws = sheet_named(wb, ["Comparison", "Vergelijking"])
    header_row = next(r for r in range(1, 80) if ws.cell(r, 1).value == "Compared with")
    _, rows = table(ws, header_row)
    labels = metric_labels(metrics_dir)
    sets = []
    for row in rows:
        if row["Compared with"].value not in sets:
            sets.append(row["Compared with"].value)
    if len(sets) != len(jsons):
        fail("Comparison: %d sets of peers, %d JSON files" % (len(sets), len(jsons)))
    columns = [("Practice", "value", 1), ("Numerator", "numerator", 1), ("Denominator", "denominator", 1),
               ("Others with a value", "peers", 1), ("P25", "p25", 1), ("Median", "median", 1), ("P75", "p75", 1),
               ("Better than (share of the others)", "rank_pct", 100), ("Others pooled", "pooled", 1),
               ("95% limit, low", "lo95", 1), ("95% limit, high", "hi95", 1), ("99.8% limit, low", "lo998", 1),
               ("99.8% limit, high", "hi998", 1)]
    own = None
    for name, path_json in zip(sets, jsons):
        want = {m["metric"]: m for m in json.load(open(path_json))}
        got = [r for r in rows if r["Compared with"].value == name]
        equal = nulls = 0
        for row in got:
            label = re.sub(r" \((hours|seconds)\)$", "", row["Metric"].value)
            mid = labels[label][0]
            m = want.pop(mid, None)
            if m is None:
                fail("Comparison %s: %s is not in %s" % (name, mid, path_json))
            own = m["practice"]
            for col, key, scale in columns:
                v, w = row[col].value, m[key]
                if w is None:
                    if v is not None:
                        fail("Comparison %s %s %s: %r, expected empty" % (name, mid, col, v))
                    nulls += 1
                    continue
                if not isinstance(v, (int, float)) or not close(float(v) * scale, w):
                    fail("Comparison %s %s %s: %r, expected %r" % (name, mid, col, v, w))
                equal += 1
            words = row["Funnel"].value
            if (m["funnel"] is None) != (words is None) or \
                    (words is not None and not words.startswith(FUNNEL_WORDS[m["funnel"]])):
                fail("Comparison %s %s funnel: %r, expected %r" % (name, mid, words, m["funnel"]))
        print("comparison %s: %d metrics, %d figures equal to compare, %d empty where compare has null%s"
              % (name, len(got), equal, nulls, "; not on the sheet: %s" % ", ".join(sorted(want)) if want else ""))
    others = [(a, n) for a, n in register_practices(register) if a != own]
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str):
                for agb, practice in others:
                    if agb in c.value or practice in c.value:
                        fail("Comparison!%s names another practice: %r" % (c.coordinate, c.value))
    print("comparison: none of the %d other practices named" % len(others))


def shown(cell):
    v = cell.value
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    if "%" in cell.number_format:
        return "%.2f%%" % (v * 100)
    return "%g" % round(v, 4)


def cmd_spread(path, metrics_dir):
    wb = load(path)
    ws = sheet_named(wb, ["Spread", "Spreiding"])
    header_row = next(r for r in range(1, 20) if ws.cell(r, 1).value == "Metric")
    headers, rows = table(ws, header_row)
    labels = metric_labels(metrics_dir)
    for row in rows:
        label = re.sub(r" \((hours|seconds)\)$", "", row["Metric"].value)
        stats = " ".join(shown(row[h]) for h in ("Lowest", "P10", "P25", "Median", "P75", "P90", "Highest"))
        print("spread %s: %s practices, %s left out; %s" % (labels[label][0], row["Practices"].value,
                                                            row["Left out (few records)"].value, stats))
    section = None
    lines = []
    for r in ws.iter_rows(min_row=header_row + len(rows) + 1):
        first = r[0].value
        if first in ("Practices outside the 99.8% limits", "The practices", "The lines"):
            section = first
            continue
        if first in (None, "AGB code", "Chart data") or str(first).startswith(("Consults in", "Each dot", "Chance")):
            continue
        if str(first).startswith("Funnel:"):
            print(first)
            continue
        if section is None and str(first).startswith(("No practice", "Left out")):
            print(first)
            continue
        if section == "Practices outside the 99.8% limits":
            print("outside: %s" % (first if first == "none" else "%s %s %s of %s, %s" % (
                first, r[1].value, shown(r[3]), r[4].value, r[5].value)))
        elif section == "The practices":
            if isinstance(first, str) and first.startswith("Left out"):
                print(first)
            else:
                print("point: %s at %s: %s, %s" % (first, r[3].value, shown(r[4]), r[5].value))
        elif section == "The lines":
            lines.append(tuple(shown(c) for c in r[:6]))
    if lines:
        # The ends of the lines; the points between follow the same formula.
        print("lines: %d points; at %s: %s, 95%% %s..%s, 99.8%% %s..%s" % ((len(lines),) + lines[0][:2] + (
            lines[0][2], lines[0][3], lines[0][4], lines[0][5])))
        print("lines: at %s: %s, 95%% %s..%s, 99.8%% %s..%s" % lines[-1])


def cmd_trends(path):
    """The weeks of the Trends sheet: the first and last, and those marked partial."""
    wb = load(path)
    ws = wb["Trends"]
    weeks = []
    for row in ws.iter_rows(min_row=24):
        v = row[0].value
        if isinstance(v, str) and re.fullmatch(r"\d{4}-W\d\d( \*)?", v):
            weeks.append(v)
    if not weeks:
        print("trends: no weeks")
        return
    partial = [w for w in weeks if w.endswith("*")]
    print("trends: %d weeks, %s .. %s; partial: %s" % (len(weeks), weeks[0], weeks[-1], ", ".join(partial) or "none"))


def cmd_summary(path):
    wb = load(path)
    ws = wb[wb.sheetnames[0]]
    print(ws["A1"].value)
    for row in ws.iter_rows(min_row=4, max_row=17):
        key, value = row[0].value, row[1].value
        if key is None or value is None:
            continue
        if isinstance(value, datetime):
            value = value.date().isoformat()
        print("%s: %s" % (key.strip(), value))


def cmd_headline(path):
    """The Summary's headline table: its title, header and figures."""
    ws = load(path)[load(path).sheetnames[0]]
    rows = [[c for c in r if c is not None] for r in ws.iter_rows(values_only=True)]
    i = next(k for k, r in enumerate(rows) if r and str(r[0]).startswith(("Headline figures", "Kerncijfers")))
    print(rows[i][0])
    for r in rows[i + 1:]:
        if not r or len(r) < 2 or str(r[0]).startswith(("Average progress", "Gemiddelde voortgang")):
            break
        print(" | ".join("%.4f" % c if isinstance(c, float) else str(c) for c in r))


def cmd_quality(path):
    wb = load(path)
    ws = wb[wb.sheetnames[-1]]
    _, rows = table(ws)
    for row in rows:
        gaps = [row[h].value for h in ("Months without consults", "Months without messages",
                                       "Months without calls", "Months without registrations")]
        if not all(isinstance(g, int) for g in gaps):
            fail("Data quality: months without data are not whole numbers: %r" % gaps)
        print("gaps %s: %s; %s; missed calls logged: %s" % (row["AGB code"].value, " ".join(map(str, gaps)),
                                                             row["Months without data"].value,
                                                             row["Missed calls logged"].value or "-"))
    # The imports and rejects tables follow, each under a section title.
    section = None
    for r in ws.iter_rows(min_row=len(rows) + 5):
        first = r[0].value
        if first in ("Imports (rows of the whole file, all its practices)", "Rejected rows by reason",
                     "Source codes the format does not map"):
            section = first.split(" (")[0]
            continue
        if first in (None, "Import", "none"):
            continue
        if section == "Imports":
            print("import %s: %s, read %s, added %s, skipped %s, rejected %s, %s" % (
                first, r[2].value, r[7].value, r[8].value, r[10].value, r[11].value, r[12].value))
        elif section == "Rejected rows by reason":
            print("rejected in import %s: %s row(s) from line %s, field %s: %s" % (first, r[4].value, r[5].value,
                                                                                  r[3].value, r[6].value))
        elif section == "Source codes the format does not map":
            print("unmapped in import %s: %s %s, %s row(s)" % (first, r[3].value or "-", r[4].value, r[5].value))


def cmd_reasons(path):
    """The rejection reasons of the Data quality sheet, in either language."""
    wb = load(path)
    ws = wb[wb.sheetnames[-1]]
    inside = False
    for r in ws.iter_rows():
        first = r[0].value
        if first in ("Rejected rows by reason", "Afgekeurde regels per reden"):
            inside = True
            continue
        if not inside or first in ("Import",):
            continue
        if first is None:
            break
        print(r[6].value)


def cmd_labels(path, sheet, column):
    ws = load(path)[sheet]
    seen = set()
    for (cell,) in ws.iter_rows(min_col=ord(column) - ord("A") + 1, max_col=ord(column) - ord("A") + 1):
        if isinstance(cell.value, str) and cell.value not in seen:
            seen.add(cell.value)
            print(cell.value)


def cmd_print(path):
    wb = load(path)
    for ws in wb.worksheets:
        ps = ws.page_setup
        wide = ws.sheet_properties.pageSetUpPr
        fit = "%s wide" % (ps.fitToWidth if ps.fitToWidth is not None else 1) if wide and wide.fitToPage else "no fit"
        notes = [str(m) for m in sorted(ws.merged_cells.ranges, key=lambda m: (m.min_row, m.min_col))
                 if ws.cell(m.min_row, m.min_col).alignment.wrap_text]
        print("%s: area %s, %s, %s, rows %s, columns %s, wrapped %s" % (
            ws.title, ",".join(ws.print_area) if ws.print_area else "-", ps.orientation, fit,
            ws.print_title_rows or "-", ws.print_title_cols or "-", " ".join(notes) or "-"))


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    cmd, args = argv[1], argv[2:]
    fn = {"sheets": cmd_sheets, "steps": cmd_steps, "goals": cmd_goals, "metrics": cmd_metrics, "trends": cmd_trends,
          "types": cmd_types, "charts": cmd_charts, "summary": cmd_summary,
          "comparison": cmd_comparison, "spread": cmd_spread,
          "quality": cmd_quality, "reasons": cmd_reasons, "headline": cmd_headline,
          "labels": cmd_labels, "print": cmd_print}.get(cmd)
    if not fn:
        sys.stderr.write(__doc__)
        return 2
    fn(*args)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
