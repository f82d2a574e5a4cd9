"""Scoring extracted facts against gold annotations (facts contract §4-5).

Agrees figure for figure with the contract's reference scorer: a predicted
fact matches a gold fact of the same type whose quote span it overlaps and
whose key values are equal, one to one, greedily in gold order; attribute
accuracy is measured over matched pairs; metadata exact after whitespace and
case folding (``published`` by prefix).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from newsfacts.fact_types import NAMES

TYPES = NAMES
META_FIELDS = ("title", "published", "category", "author")


def norm_text(s: Any) -> str:
    if s is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(s)).casefold().split())


TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def toneless(s: str) -> str:
    """Drop the five tone marks, so old and new tone placement ("uỷ"/"ủy") compare equal."""
    decomposed = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))


def syllables(s: Any) -> set[str]:
    words = toneless(norm_text(s)).replace("/", " ").split()
    return {w.strip(".,;:()\"'“”…-") for w in words} - {""}


def overlap_f1(a: Any, b: Any) -> float:
    """Syllable-overlap F1 of two phrases (subjects, units)."""
    sa, sb = syllables(a), syllables(b)
    if not sa or not sb:
        return 1.0 if sa == sb else 0.0
    common = len(sa & sb)
    if common == 0:
        return 0.0
    p, r = common / len(sa), common / len(sb)
    return 2 * p * r / (p + r)


def num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return False


def article_key(name: Any) -> str:
    """Articles are matched by the stem of their file name."""
    name = Path(str(name)).name
    for suffix in (".gold.json", ".txt", ".html", ".htm", ".json"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return Path(name).stem


def get_span(fact: dict) -> tuple[int, int] | None:
    span = fact.get("span")
    if isinstance(span, dict):
        span = (span.get("start"), span.get("end"))
    if span is None and "start" in fact and "end" in fact:
        span = (fact["start"], fact["end"])
    try:
        start, end = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None
    return (start, end) if end > start else None


class GoldError(ValueError):
    """A gold file that does not fit its article (a quote not found, bad JSON)."""


def locate(text: str, fact: dict, name: str) -> tuple[int, int]:
    """The (start, end) of a gold quote; ``occurrence`` counts repeats from 0."""
    quote, occ = fact["quote"], int(fact.get("occurrence", 0))
    start = -1
    for _ in range(occ + 1):
        start = text.find(quote, start + 1)
        if start < 0:
            raise GoldError(f"{name}: quote not found: {quote!r}")
    return (start, start + len(quote))


def gold_articles(gold_dir: Path, texts: Path | None = None) -> list[tuple[Path, Path]]:
    """(gold file, article file) pairs of a folder, sorted.

    The article lies beside its gold file; a gold file kept apart from its text (an
    annotation of an article the project may not copy) names it in ``source``,
    relative to ``texts``.
    """
    out = []
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        beside = path.parent / data.get("article", path.name.replace(".gold.json", ".txt"))
        if not beside.exists() and texts is not None and data.get("source"):
            beside = Path(texts) / data["source"]
        if not beside.exists():
            hint = "" if texts is not None or not data.get("source") else " (give --texts)"
            raise GoldError(f"{path}: its article {beside} does not exist{hint}")
        out.append((path, beside))
    return out


def load_gold(gold_dir: Path, texts: Path | None = None) -> dict[str, dict]:
    gold = {}
    pairs = gold_articles(gold_dir, texts)
    if not pairs:
        raise GoldError(f"{gold_dir}: no gold files (NAME.gold.json) in this folder")
    for path, text_path in pairs:
        data = json.loads(path.read_text(encoding="utf-8"))
        with open(text_path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        facts = [{**f, "_span": locate(text, f, path.name)} for f in data.get("facts", [])]
        ignore = [locate(text, f, path.name) for f in data.get("ignore", [])]
        gold[article_key(text_path.name)] = {
            "facts": facts,
            "ignore": ignore,
            "metadata": data.get("metadata", {}),
        }
    return gold


def predictions_from_records(records: Iterable[dict]) -> dict[str, dict]:
    """Predictions keyed like the gold, from article records or per-fact records."""
    preds: dict[str, dict] = defaultdict(lambda: {"facts": [], "metadata": {}})
    for rec in records:
        if "facts" in rec:
            key = next((rec[k] for k in ("source", "path", "article", "id", "file") if rec.get(k)), None)
            if key is None:
                continue
            entry = preds[article_key(key)]
            entry["facts"].extend(rec["facts"])
            meta = rec.get("metadata") if isinstance(rec.get("metadata"), dict) else rec
            entry["metadata"] = {k: meta.get(k) for k in META_FIELDS}
        elif rec.get("type") and rec.get("article"):
            preds[article_key(rec["article"])]["facts"].append(rec)
    return preds


def load_predictions(path: str | Path) -> dict[str, dict]:
    records = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {lineno}: not JSON: {exc}") from exc
    return predictions_from_records(records)


def key_equal(gold: dict, pred: dict) -> bool:
    if gold["type"] == "course":
        return num_eq(gold.get("classes"), pred.get("classes")) and num_eq(
            gold.get("learners"), pred.get("learners")
        )
    return num_eq(gold.get("value"), pred.get("value"))


def attribute_checks(gold: dict, pred: dict):
    """Yield (attribute name, correct?) for a matched pair."""
    t = gold["type"]
    if t == "course":
        yield "course.program", gold.get("program") == pred.get("program")
    if t in ("count", "rate", "target"):
        yield f"{t}.qualifier", (gold.get("qualifier") or "exact") == (pred.get("qualifier") or "exact")
    if t == "count":
        yield "count.unit", overlap_f1(gold.get("unit"), pred.get("unit")) >= 0.5
    if t in ("rate", "target") and gold.get("subject"):
        yield f"{t}.subject", overlap_f1(gold.get("subject"), pred.get("subject")) >= 0.5
    if t in ("rate", "count"):
        g, p = gold.get("change"), pred.get("change")
        ok = (not g and not p) or (
            bool(g)
            and isinstance(p, dict)
            and g.get("direction") == p.get("direction")
            and num_eq(g.get("value"), p.get("value"))
        )
        yield f"{t}.change", ok
    if t == "target":
        yield "target.deadline", num_eq(gold.get("deadline"), pred.get("deadline"))


def match_article(gold_facts: list[dict], pred_facts: list[dict]):
    """Greedy one-to-one matching; returns (pairs, unmatched gold, unmatched predictions)."""
    preds = [(p, get_span(p)) for p in pred_facts if isinstance(p, dict) and p.get("type") in TYPES]
    used: set[int] = set()
    pairs, missed = [], []
    for g in gold_facts:
        gs, ge = g["_span"]
        best, best_ov = None, 0
        for j, (p, span) in enumerate(preds):
            if j in used or span is None or p["type"] != g["type"] or not key_equal(g, p):
                continue
            ov = min(ge, span[1]) - max(gs, span[0])
            if ov > best_ov:
                best, best_ov = j, ov
        if best is None:
            missed.append(g)
        else:
            used.add(best)
            pairs.append((g, preds[best][0]))
    spurious = [p for j, (p, _) in enumerate(preds) if j not in used]
    return pairs, missed, spurious


def _overlaps_any(span, spans) -> bool:
    return span is not None and any(min(e, span[1]) > max(s, span[0]) for s, e in spans)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict, preds: dict, verbose: bool = False, out: TextIO | None = None) -> dict:
    """Counts, attribute and metadata accuracy; with ``verbose``, every miss is written to ``out``."""
    counts = {t: [0, 0, 0] for t in TYPES}
    attrs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    meta: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def say(msg: str) -> None:
        if verbose and out is not None:
            print(msg, file=out)

    for key, g in sorted(gold.items()):
        p = preds.get(key, {"facts": [], "metadata": {}})
        pairs, missed, spurious = match_article(g["facts"], p["facts"])
        spurious = [f for f in spurious if not _overlaps_any(get_span(f), g["ignore"])]
        for gf, pf in pairs:
            counts[gf["type"]][0] += 1
            for name, ok in attribute_checks(gf, pf):
                attrs[name][0] += ok
                attrs[name][1] += 1
                if not ok:
                    say(f"  {key}: attribute {name} wrong for {gf['quote']!r}")
        for gf in missed:
            counts[gf["type"]][2] += 1
            say(f"  {key}: MISSED {gf['type']} {gf['quote']!r}")
        for pf in spurious:
            counts[pf["type"]][1] += 1
            value = pf.get("value", (pf.get("classes"), pf.get("learners")))
            say(f"  {key}: SPURIOUS {pf['type']} span={get_span(pf)} value={value}")
        for field in META_FIELDS:
            want = g["metadata"].get(field)
            if want is None:
                continue
            got = p["metadata"].get(field)
            if field == "published":
                ok = norm_text(got).startswith(norm_text(want))
            else:
                ok = norm_text(got) == norm_text(want)
            meta[field][0] += ok
            meta[field][1] += 1
            if not ok:
                say(f"  {key}: metadata {field}: want {want!r} got {got!r}")
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    names = ("tp", "fp", "fn", "precision", "recall", "f1")
    result: dict[str, Any] = {
        "articles": len(gold),
        "per_type": {t: dict(zip(names, (*c, *prf(*c)), strict=True)) for t, c in counts.items()},
        "attributes": {k: {"correct": v[0], "total": v[1]} for k, v in sorted(attrs.items())},
        "metadata": {k: {"correct": v[0], "total": v[1]} for k, v in sorted(meta.items())},
    }
    result["precision"], result["recall"], result["f1"] = prf(tp, fp, fn)
    return result


def print_report(result: dict, out: TextIO) -> None:
    """The reference scorer's report, line for line; the last line is ``F1 <micro F1>``."""
    print(f"articles scored: {result['articles']}", file=out)
    print(f"{'type':8} {'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'rec':>6} {'f1':>6}", file=out)
    for t, r in result["per_type"].items():
        counts = f"{r['tp']:5d} {r['fp']:5d} {r['fn']:5d}"
        print(f"{t:8} {counts} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}", file=out)
    for section in ("attributes", "metadata"):
        label = "attribute" if section == "attributes" else "metadata"
        for k, v in result[section].items():
            acc = v["correct"] / v["total"] if v["total"] else 0.0
            print(f"{label} {k}: {v['correct']}/{v['total']} = {acc:.3f}", file=out)
    print(f"precision {result['precision']:.3f} recall {result['recall']:.3f}", file=out)
    print(f"F1 {result['f1']:.3f}", file=out)
