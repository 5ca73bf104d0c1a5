"""Score extracted entities against gold annotations (GOLD-SCHEMA.md).

The matching rules are exactly those of the shared scorer (shared/tools/score.py), re-implemented
here so the project runs without the shared folder:
  parks      normalized name equal (long zone types folded to short ones, 省/市 dropped)
  companies  one name contains the other and the shorter is >= half the longer
  people     exact name
  amounts    project investment_cny values equal within 0.5 %
  indicators value equal within 1 % and indicator names overlap
and, beyond the shared scorer, the status of each gold project matched by name (name_pairs) to a
predicted one: how often the two agree (null == null).
Predictions are per file: ``{stem: {"park_mentions": [row, ...], "companies": [...], ...}}`` with
the row keys of the warehouse tables (park rows need name, short_name, province).
"""
from __future__ import annotations

import hashlib
import json
import pathlib
import re
from collections.abc import Callable, Mapping
from typing import Any

_TYPES = [("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"), ("高新技术产业园区", "高新区"),
          ("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("综合保税区", "综保区"),
          ("国家级", ""), ("国家", ""), ("省级", "")]
KINDS = ("parks", "companies", "people", "amounts", "indicators")


def park_key(s: str | None) -> str:
    """Normalized park name: 荆门高新区·掇刀区 -> 荆门高新区, long zone types folded, 省/市 dropped."""
    s = (s or "").strip()
    parts = re.split(r"[·•・]", s)
    s = parts[0] if len(parts) > 1 and re.search(r"[区园]$", parts[0]) else "".join(parts)
    s = re.split(r"[（(]", s)[0]
    for long, short in _TYPES:
        s = s.replace(long, short)
    return re.sub(r"[省市]", "", s)


def _overlap(a: str, b: str) -> bool:
    a, b = a.strip(), b.strip()
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) * 2 >= len(long_)


def _close(a: float | None, b: float | None, tol: float) -> bool:
    return a is not None and b is not None and abs(a - b) <= tol * max(abs(a), abs(b), 1e-9)


def greedy_matches(gold: list, pred: list, same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in gold order; returns the (gold, pred) index pairs matched."""
    used: set[int] = set()
    pairs = []
    for g_index, g in enumerate(gold):
        for i, p in enumerate(pred):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g_index, i))
                break
    return pairs


# The development pages split once, by a hash of the file name: rules are tuned on one half and
# judged on the other, which no rule was written against.
HALVES = ("tuning", "blind")


def half_of(stem: str) -> str:
    """Which half of the development pages a file belongs to (stable across runs and machines)."""
    return HALVES[hashlib.sha1(stem.encode("utf-8")).digest()[0] % 2]


def load_predictions(warehouse_path: str | pathlib.Path) -> dict[str, dict[str, list[dict]]]:
    """Read a warehouse into per-file predictions, keyed by the stem of articles.source_path."""
    from park_pipeline.storage import published, queries

    warehouse = pathlib.Path(warehouse_path)
    owner = {aid: pathlib.PurePath(path).stem for aid, path in published.query(warehouse, queries.ARTICLE_SOURCES).rows}
    out: dict[str, dict[str, list[dict]]] = {stem: {} for stem in owner.values()}
    for table, (sql, cols) in queries.PREDICTIONS.items():
        for aid, *vals in published.query(warehouse, sql).rows:
            if aid in owner:
                out[owner[aid]].setdefault(table, []).append(dict(zip(cols, vals)))
    return out


def score(gold_dir: str | pathlib.Path, predictions: Mapping[str, Mapping[str, list[dict]]],
          half: str | None = None) -> dict:
    """Micro P/R/F1 per entity type, park-province accuracy and per-file misses (with the false
    negatives and false positives of each); `half` scores only that half of the files."""
    tot = {k: [0, 0, 0] for k in KINDS}  # tp, n_gold, n_pred
    prov = [0, 0]
    status = [0, 0]  # gold projects whose predicted namesake has the same status, gold projects matched by name
    misses: list[dict] = []
    for gf in sorted(pathlib.Path(gold_dir).glob("*.json")):
        if half is not None and half_of(gf.stem) != half:
            continue
        g = json.loads(gf.read_text(encoding="utf-8"))
        stem = gf.stem
        pred = predictions.get(stem)
        if pred is None:
            misses.append({"file": stem, "kind": "article", "gold": None, "pred": None, "missed": 1})
            pred = {}
        pkeys, provinces = [], []
        for r in pred.get("park_mentions", []):
            ks = {park_key(r.get("name")), park_key(r.get("short_name"))} - {""}
            if ks not in pkeys:
                pkeys.append(ks)
                provinces.append(r.get("province"))
        for gp in g.get("parks", []):
            gk = {park_key(gp.get("name")), park_key(gp.get("short"))} - {""}
            hit = [provinces[i] for i, pk in enumerate(pkeys) if gk & pk]
            if hit and gp.get("province"):
                prov[1] += 1
                prov[0] += (hit[0] or "").rstrip("省市") == gp["province"].rstrip("省市")
        gkeys = [{park_key(p.get("name")), park_key(p.get("short"))} - {""} for p in g.get("parks", [])]
        checks = {
            "parks": (gkeys, pkeys, lambda a, b: bool(a & b)),
            "companies": (g.get("companies", []), [r["name"] for r in pred.get("companies", [])], _overlap),
            "people": ([p["name"] for p in g.get("people", [])],
                       sorted({r["name"] for r in pred.get("people", [])}), lambda a, b: a == b),
            "amounts": ([p["investment_cny"] for p in g.get("projects", []) if p.get("investment_cny")],
                        [r["investment_cny"] for r in pred.get("projects", []) if r.get("investment_cny") is not None],
                        lambda a, b: _close(a, b, 0.005)),
            "indicators": ([(i.get("indicator") or "", i.get("value")) for i in g.get("indicators", [])
                            if i.get("value") is not None],
                           [(r.get("indicator") or "", r.get("value")) for r in pred.get("indicators", [])
                            if r.get("value") is not None],
                           lambda a, b: _close(a[1], b[1], 0.01) and (a[0][:2] in b[0] or b[0][:2] in a[0])),
        }
        named = [r for r in pred.get("projects", []) if r.get("name")]
        for g_index, p_index in name_pairs([p["name"] for p in g.get("projects", [])], [{"name": r["name"]} for r in named]):
            status[1] += 1
            status[0] += (g["projects"][g_index].get("status") or None) == (named[p_index].get("status") or None)
        for kind, (gl, pl, same) in checks.items():
            pairs = greedy_matches(gl, pl, same)
            tp = len(pairs)
            t = tot[kind]
            t[0] += tp
            t[1] += len(gl)
            t[2] += len(pl)
            if tp < len(gl) or tp < len(pl):
                matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
                misses.append({"file": stem, "kind": kind, "gold": gl, "pred": pl,
                               "false_negatives": [g for i, g in enumerate(gl) if i not in matched_gold],
                               "false_positives": [p for i, p in enumerate(pl) if i not in matched_pred],
                               "missed": (len(gl) - tp) + (len(pl) - tp)})
    report: dict[str, Any] = {}
    for kind, (tp, ng, npred) in tot.items():
        p = tp / npred if npred else 0.0
        r = tp / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        report[kind] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "gold": ng, "pred": npred}
    if prov[1]:
        report["park_province"] = {"accuracy": round(prov[0] / prov[1], 3), "parks": prov[1]}
    if status[1]:
        report["project_status"] = {"accuracy": round(status[0] / status[1], 3), "projects": status[1]}
    report["misses"] = sorted(misses, key=lambda m: -m["missed"])
    return report


def format_report(report: dict, worst: int = 20, errors: bool = False) -> str:
    """Human-readable summary: one line per type, province accuracy, then the worst misses (with
    `errors`: every false negative and false positive, by type and file)."""
    lines = []
    for kind in KINDS:
        m = report.get(kind)
        if m:
            lines.append(f"{kind:11s} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} "
                         f"(gold {m['gold']}, predicted {m['pred']})")
    if "park_province" in report:
        m = report["park_province"]
        lines.append(f"park province accuracy {m['accuracy']:.3f} over {m['parks']} found parks")
    if "project_status" in report:
        m = report["project_status"]
        lines.append(f"project status agreement {m['accuracy']:.3f} over {m['projects']} gold projects found by name")
    if errors:
        for miss in sorted(report.get("misses", []), key=lambda m: (m["kind"], m["file"])):
            for label, found in (("FN", miss.get("false_negatives")), ("FP", miss.get("false_positives"))):
                lines += [f"{miss['kind']:11s} {miss['file']} {label} {item}" for item in found or []]
        return "\n".join(lines)
    for miss in report.get("misses", [])[:worst]:
        lines.append(f"{miss['file']} {miss['kind']}: gold={miss['gold']} pred={miss['pred']}")
    return "\n".join(lines)


# Industry agreement ------------------------------------------------------------------------------
# A label row (page, project name, industry) is matched to a registry project named on its page:
# rapidfuzz ratio, or partial ratio less PARTIAL_PENALTY (a name cut short, or with its company in
# front, still matches, but a whole match is worth more), at least NAME_MATCH. Each project answers
# one label at most; a label with no matching project is a disagreement (the project was missed).
NAME_MATCH, PARTIAL_PENALTY = 60.0, 15.0
NO_LABEL = "其他"  # a label row whose labeller could name no industry ("null", empty)


def load_industry_labels(path: str | pathlib.Path) -> list[dict]:
    """Rows of a labels file: tab-separated `id`, `project_name`, `industry` with a header line;
    `id` is the page's file stem."""
    lines = pathlib.Path(path).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t") if lines else []
    if header[:3] != ["id", "project_name", "industry"]:
        raise ValueError(f"{path}: the first line must be the header id<TAB>project_name<TAB>industry")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            raise ValueError(f"{path}:{number}: expected 3 tab-separated fields, got {len(fields)}")
        industry = fields[2].strip()
        rows.append({"id": fields[0].strip(), "project_name": fields[1].strip(),
                     "industry": NO_LABEL if industry in ("", "null", "None") else industry})
    return rows


def load_registry_projects(warehouse_path: str | pathlib.Path) -> dict[str, list[dict]]:
    """Registry projects per page stem: {project_id, name, surfaces (the names it went by on that
    page), industry, industry_confidence}."""
    from park_pipeline.storage import published, queries

    warehouse = pathlib.Path(warehouse_path)
    owner = {aid: pathlib.PurePath(path).stem for aid, path in published.query(warehouse, queries.ARTICLE_SOURCES).rows}
    out: dict[str, dict[str, dict]] = {}
    rows = published.query(warehouse, queries.REGISTRY_PROJECTS_BY_ARTICLE).rows
    for article_id, surface, project_id, name, industry, confidence in rows:
        if article_id not in owner:
            continue
        project = out.setdefault(owner[article_id], {}).setdefault(project_id, {
            "project_id": project_id, "name": name, "surfaces": [], "industry": industry,
            "industry_confidence": confidence})
        if surface not in project["surfaces"]:
            project["surfaces"].append(surface)
    return {stem: list(projects.values()) for stem, projects in out.items()}


def name_match(label: str, project: Mapping[str, Any]) -> float:
    """How well a label's project name matches a registry project (0-100): the best of its
    registry name and the names it went by on the page."""
    from rapidfuzz import fuzz

    best = 0.0
    for name in dict.fromkeys([project["name"], *project.get("surfaces", ())]):
        if name:
            best = max(best, fuzz.ratio(label, name), fuzz.partial_ratio(label, name) - PARTIAL_PENALTY)
    return best


def name_pairs(names: list[str], projects: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """(name index, project index) of the names matched to projects (name_match >= NAME_MATCH),
    best pairs first, each project answering one name."""
    pairs = sorted(((name_match(name, project), -i, -j, i, j)
                    for i, name in enumerate(names) for j, project in enumerate(projects)), reverse=True)
    found: dict[int, int] = {}
    for similarity, _, _, i, j in pairs:
        if similarity >= NAME_MATCH and i not in found and j not in found.values():
            found[i] = j
    return sorted(found.items())


def score_industries(labels: list[dict], projects: Mapping[str, list[dict]], half: str | None = None) -> dict:
    """Agreement of the registry's industry with the labels (`half`: only that half's pages):
    {labelled, matched, agree, agreement, errors: [{id, project_name, label, predicted, project,
    confidence}]}; errors are the labels whose project disagrees or was not found (predicted None)."""
    chosen = [row for row in labels if half is None or half_of(row["id"]) == half]
    agree, matched, errors = 0, 0, []
    by_page: dict[str, list[dict]] = {}
    for row in chosen:
        by_page.setdefault(row["id"], []).append(row)
    for page, rows in sorted(by_page.items()):
        candidates = projects.get(page, [])
        found = {i: candidates[j] for i, j in name_pairs([row["project_name"] for row in rows], candidates)}
        for i, row in enumerate(rows):
            project = found.get(i)
            matched += project is not None
            if project is not None and project["industry"] == row["industry"]:
                agree += 1
                continue
            errors.append({"id": page, "project_name": row["project_name"], "label": row["industry"],
                           "predicted": project["industry"] if project else None,
                           "project": project["name"] if project else None,
                           "confidence": project["industry_confidence"] if project else None})
    return {"labelled": len(chosen), "matched": matched, "agree": agree,
            "agreement": round(agree / len(chosen), 3) if chosen else 0.0, "errors": errors}


def format_industry_report(reports: Mapping[str, dict], errors: bool = False) -> str:
    """One line per part ({"all": report, "tuning": ..., "blind": ...}), then with `errors` every
    disagreement: page, label, predicted (or `not found`), the label's name and the project's."""
    lines = []
    for part, report in reports.items():
        found = report["matched"]
        lines.append(f"{part:7s} industry agrees on {report['agree']} of {report['labelled']} labelled projects "
                     f"({100 * report['agreement']:.0f} %); {found} found"
                     + (f", {report['agree']} of them agree ({100 * report['agree'] / found:.0f} %)" if found else ""))
    if errors:
        first = next(iter(reports.values()), {"errors": []})
        for e in sorted(first["errors"], key=lambda e: (e["id"], e["project_name"])):
            predicted = "not found" if e["predicted"] is None else f"{e['predicted']} ({e['confidence']})"
            lines.append(f"{e['id']} [{half_of(e['id'])}] label {e['label']} | predicted {predicted} | "
                         f"{e['project_name']}" + (f" ~ {e['project']}" if e["project"] else ""))
    return "\n".join(lines)
