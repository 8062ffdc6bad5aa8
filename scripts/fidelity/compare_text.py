#!/usr/bin/env python3
"""Measure tkingest's plain-text fidelity against pandoc 3 on a corpus of .docx files.

For every *.docx / *.docm / *.dotx / *.dotm under the given roots this runs

    pandoc -f docx -t plain --wrap=none FILE      (cached per file sha256)
    tkingest text FILE

tokenizes both outputs the same way (Unicode NFKC, case-folded, word tokens
``[^\\W_]+`` -- i.e. ``\\w+`` with the underscore treated as a separator), and
computes the token-bag (multiset) precision / recall / F1 of our tokens against
pandoc's.  A bigram-bag F1 is computed as well: it is just as cheap and also
notices when text comes out in a different order.

It also checks tracked changes: for each ``X.docx`` / ``X-Accepted.docx`` pair in
the Open-XML-PowerTools corpus folder, our text of both must be equal after
collapsing whitespace runs.

Standard library only.  See README.md next to this file for usage.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from typing import Any, Iterable, Optional

EXTENSIONS = (".docx", ".docm", ".dotx", ".dotm")
DEFAULT_ROOTS = ["/work/shared/corpus", "/work/shared/realdocx"]
DEFAULT_CACHE = "/tmp/tkingest-fidelity-cache"
DEFAULT_TRACKED_DIR = "/work/shared/corpus/open-xml-powertools"
PANDOC_ARGS = ["-f", "docx", "-t", "plain", "--wrap=none"]
CACHE_FORMAT = 1

# Error codes documented in docs/design.md ("Errors and diagnostics").  Any other
# kebab-case word on stderr is accepted as a code too (see extract_error_code).
KNOWN_ERROR_CODES = [
    "input-empty", "input-too-large", "unsupported-format", "encrypted-document",
    "zip-corrupt", "zip-unsafe", "zip-unsupported", "missing-main-part",
    "xml-dtd-forbidden", "xml-malformed", "limit-exceeded", "internal-error",
]

TOKEN_RE = re.compile(r"[^\W_]+")
WS_RE = re.compile(r"\s+")
LOW_F1 = 0.9
WORST_N = 40
TOP_TOKENS = 5


# --------------------------------------------------------------------------- text


def tokenize(text: str) -> list[str]:
    """NFKC, case-fold, word tokens (letters and digits; punctuation, list glyphs,
    table borders and underscores separate tokens)."""
    return TOKEN_RE.findall(unicodedata.normalize("NFKC", text).casefold())


def collapse_ws(text: str) -> str:
    return WS_RE.sub(" ", text).strip()


def bag_scores(ref: collections.Counter, ours: collections.Counter) -> dict[str, Any]:
    """Multiset precision/recall/F1 of `ours` against the reference `ref`."""
    n_ref = sum(ref.values())
    n_ours = sum(ours.values())
    common = sum((ref & ours).values())
    if n_ref == 0 and n_ours == 0:
        p = r = f = 1.0
    else:
        p = common / n_ours if n_ours else 0.0
        r = common / n_ref if n_ref else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
    return {"n_ref": n_ref, "n_ours": n_ours, "common": common,
            "precision": p, "recall": r, "f1": f}


def bigrams(tokens: list[str]) -> collections.Counter:
    return collections.Counter(zip(tokens, tokens[1:]))


# --------------------------------------------------------------------------- processes


def run_cmd(argv: list[str], timeout: float) -> dict[str, Any]:
    """Run argv with a timeout; on timeout kill the whole process group."""
    start = time.monotonic()
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as exc:
        return {"rc": None, "stdout": b"", "stderr": f"cannot start: {exc}".encode(),
                "elapsed": 0.0, "timed_out": False}
    timed_out = False
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
    return {"rc": proc.returncode, "stdout": out, "stderr": err,
            "elapsed": time.monotonic() - start, "timed_out": timed_out}


def status_of(res: dict[str, Any]) -> str:
    if res.get("timed_out"):
        return "timeout"
    return "ok" if res.get("rc") == 0 else "failed"


def first_line(text: str, limit: int = 200) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


_KNOWN_CODE_RE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, KNOWN_ERROR_CODES)) + r")(?![\w-])")
# Not part of a path or file name: no '/', '.', '\\' or word character on either side.
_KEBAB_RE = re.compile(r"(?<![\w/.\\-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w/.\\-])")


def extract_error_code(stderr: str, rc: Optional[int], timed_out: bool, path: str = "") -> str:
    if timed_out:
        return "(timeout)"
    if path:  # the file's own path may contain kebab-case words (open-xml-powertools)
        stderr = stderr.replace(path, " ")
    m = _KNOWN_CODE_RE.search(stderr) or _KEBAB_RE.search(stderr)
    if m:
        return m.group(1)
    if rc is not None and rc < 0:
        try:
            return f"(signal {signal.Signals(-rc).name})"
        except ValueError:
            return f"(signal {-rc})"
    return f"(exit {rc}, no code)"


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --------------------------------------------------------------------------- pandoc cache


class PandocRunner:
    """Runs pandoc, caching results per (pandoc version, arguments, file sha256)."""

    def __init__(self, pandoc: str, cache_dir: Optional[str], timeout: float, refresh: bool):
        self.pandoc = pandoc
        self.timeout = timeout
        self.refresh = refresh
        ver = subprocess.run([pandoc, "--version"], capture_output=True, text=True, check=True)
        self.version = first_line(ver.stdout) or "pandoc ?"
        self.cache_dir = None
        if cache_dir:
            salt = hashlib.sha256(json.dumps([CACHE_FORMAT, self.version, PANDOC_ARGS]).encode()).hexdigest()[:10]
            slug = re.sub(r"[^A-Za-z0-9.]+", "-", self.version).strip("-")
            self.cache_dir = os.path.join(cache_dir, f"{slug}-{salt}")
            os.makedirs(self.cache_dir, exist_ok=True)
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()

    def _entry_path(self, sha: str) -> str:
        assert self.cache_dir
        return os.path.join(self.cache_dir, sha[:2], sha + ".json")

    def run(self, path: str, sha: str) -> dict[str, Any]:
        """Return {rc, timed_out, elapsed, stdout (str), stderr (str), cached}."""
        if self.cache_dir and not self.refresh:
            entry = self._load(sha)
            # A cached timeout only counts if it was at least as patient as we are now.
            if entry is not None and (not entry["timed_out"] or entry["timeout"] >= self.timeout):
                with self._lock:
                    self.hits += 1
                entry["cached"] = True
                return entry
        res = run_cmd([self.pandoc, *PANDOC_ARGS, path], self.timeout)
        entry = {
            "format": CACHE_FORMAT, "pandoc": self.version, "args": PANDOC_ARGS, "sha256": sha,
            "rc": res["rc"], "timed_out": res["timed_out"], "timeout": self.timeout,
            "elapsed": res["elapsed"],
            "stdout": res["stdout"].decode("utf-8", "replace"),
            "stderr": res["stderr"].decode("utf-8", "replace"),
        }
        with self._lock:
            self.misses += 1
        # Don't cache crashes by signal (e.g. OOM kill) -- they may not be deterministic.
        killed = res["rc"] is None or (res["rc"] < 0 and not res["timed_out"])
        if self.cache_dir and not killed:
            self._store(sha, entry)
        entry = dict(entry)
        entry["cached"] = False
        return entry

    def _load(self, sha: str) -> Optional[dict[str, Any]]:
        try:
            with open(self._entry_path(sha), encoding="utf-8") as fh:
                entry = json.load(fh)
        except (OSError, ValueError):
            return None
        if entry.get("format") != CACHE_FORMAT or entry.get("sha256") != sha:
            return None
        return entry

    def _store(self, sha: str, entry: dict[str, Any]) -> None:
        target = self._entry_path(sha)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".tmp-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entry, fh, ensure_ascii=False)
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise


# --------------------------------------------------------------------------- corpus


def find_files(roots: Iterable[str]) -> list[str]:
    found: set[str] = set()
    for root in roots:
        root = os.path.abspath(root)
        if os.path.isfile(root):
            found.add(root)
            continue
        if not os.path.isdir(root):
            print(f"warning: root not found: {root}", file=sys.stderr)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in filenames:
                if name.lower().endswith(EXTENSIONS) and not name.startswith("~$"):
                    full = os.path.join(dirpath, name)
                    if os.path.isfile(full):
                        found.add(full)
    return sorted(found)


def display_base(roots: list[str]) -> str:
    dirs = [os.path.abspath(r if os.path.isdir(r) else os.path.dirname(r)) for r in roots]
    dirs = [d for d in dirs if os.path.isdir(d)]
    if not dirs:
        return os.getcwd()
    base = os.path.commonpath(dirs)
    # With one root, keep its name in the displayed paths (corpus/x/y.docx).
    return os.path.dirname(base) if len(dirs) == 1 else base


def rel(path: str, base: str) -> str:
    try:
        r = os.path.relpath(path, base)
    except ValueError:
        return path
    return path if r.startswith("..") else r


def tracked_pairs(tracked_dir: str) -> list[tuple[str, str]]:
    """(X, X-Accepted) pairs with the same extension in tracked_dir (not recursive)."""
    pairs = []
    if not os.path.isdir(tracked_dir):
        return pairs
    names = set(os.listdir(tracked_dir))
    for name in sorted(names):
        stem, ext = os.path.splitext(name)
        if ext.lower() in EXTENSIONS and stem.endswith("-Accepted"):
            base = stem[: -len("-Accepted")] + ext
            if base in names:
                pairs.append((os.path.join(tracked_dir, base), os.path.join(tracked_dir, name)))
    return pairs


# --------------------------------------------------------------------------- per file


class Context:
    def __init__(self, args: argparse.Namespace, pandoc: PandocRunner, base: str):
        self.args = args
        self.pandoc = pandoc
        self.base = base
        # Full texts kept in memory only for files that take part in the tracked-change check.
        self.keep_text: set[str] = set()
        self.texts: dict[str, tuple[Optional[str], Optional[str]]] = {}  # path -> (ours, pandoc)
        self._lock = threading.Lock()


def run_ours(tkingest: str, path: str, timeout: float) -> dict[str, Any]:
    res = run_cmd([tkingest, "text", path], timeout)
    try:
        text = res["stdout"].decode("utf-8")
        invalid = False
    except UnicodeDecodeError:
        text = res["stdout"].decode("utf-8", "replace")
        invalid = True
    return {"rc": res["rc"], "timed_out": res["timed_out"], "elapsed": res["elapsed"],
            "stdout": text, "stderr": res["stderr"].decode("utf-8", "replace"), "invalid_utf8": invalid}


def process_file(ctx: Context, path: str) -> dict[str, Any]:
    args = ctx.args
    rec: dict[str, Any] = {"file": rel(path, ctx.base), "path": path}
    try:
        rec["bytes"] = os.path.getsize(path)
        sha = sha256_file(path)
    except OSError as exc:
        rec["error"] = f"cannot read: {exc}"
        return rec
    rec["sha256"] = sha

    pd = ctx.pandoc.run(path, sha)
    rec["pandoc"] = {"status": status_of(pd), "rc": pd["rc"], "elapsed": round(pd["elapsed"], 4),
                     "cached": pd["cached"], "stderr": first_line(pd["stderr"], 300) if pd["rc"] != 0 else ""}
    if args.warm_cache:
        return rec

    ours = run_ours(args.tkingest, path, args.timeout)
    o_status = status_of(ours)
    rec["ours"] = {"status": o_status, "rc": ours["rc"], "elapsed": round(ours["elapsed"], 4),
                   "invalid_utf8": ours["invalid_utf8"]}
    if o_status != "ok":
        rec["ours"]["error_code"] = extract_error_code(ours["stderr"], ours["rc"], ours["timed_out"], path)
        rec["ours"]["stderr"] = ours["stderr"][-2000:].strip()

    if path in ctx.keep_text:
        with ctx._lock:
            ctx.texts[path] = (ours["stdout"] if o_status == "ok" else None,
                               pd["stdout"] if rec["pandoc"]["status"] == "ok" else None)

    if rec["pandoc"]["status"] == "ok":
        ref_toks = tokenize(pd["stdout"])
        our_toks = tokenize(ours["stdout"]) if o_status == "ok" else []
        ref_bag, our_bag = collections.Counter(ref_toks), collections.Counter(our_toks)
        sc = bag_scores(ref_bag, our_bag)
        rec.update({k: (round(v, 6) if isinstance(v, float) else v) for k, v in sc.items()})
        rec["f1_bigram"] = round(bag_scores(bigrams(ref_toks), bigrams(our_toks))["f1"], 6)
        rec["missing_top"] = [[t, n] for t, n in (ref_bag - our_bag).most_common(TOP_TOKENS)]
        rec["added_top"] = [[t, n] for t, n in (our_bag - ref_bag).most_common(TOP_TOKENS)]
    return rec


# --------------------------------------------------------------------------- tracked changes


def diff_excerpt(a: str, b: str, max_ops: int = 3, width: int = 80) -> str:
    """Short word-level description of how b differs from a."""
    wa, wb = a.split(" ") if a else [], b.split(" ") if b else []
    if len(wa) + len(wb) > 40000:
        i = len(os.path.commonprefix([a, b]))
        return f"first difference at char {i}: «{a[max(0, i - 30):i + 50]}» vs «{b[max(0, i - 30):i + 50]}»"
    sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    parts = []
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    for tag, i1, i2, j1, j2 in ops[:max_ops]:
        left, right = " ".join(wa[i1:i2]), " ".join(wb[j1:j2])
        left = left if len(left) <= width else left[: width - 1] + "…"
        right = right if len(right) <= width else right[: width - 1] + "…"
        ctx_before = " ".join(wa[max(0, i1 - 3):i1])
        piece = f"…{ctx_before} " if ctx_before else ""
        if left:
            piece += f"[-{left}-]"
        if right:
            piece += f"{{+{right}+}}"
        parts.append(piece.strip())
    if len(ops) > max_ops:
        parts.append(f"(+{len(ops) - max_ops} more)")
    return " ; ".join(parts)


def check_tracked(ctx: Context, pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    out = []
    for base, acc in pairs:
        t_base, p_base = ctx.texts.get(base, (None, None))
        t_acc, p_acc = ctx.texts.get(acc, (None, None))
        row: dict[str, Any] = {"file": rel(base, ctx.base), "accepted": rel(acc, ctx.base)}
        if p_base is not None and p_acc is not None:
            row["pandoc_equal"] = collapse_ws(p_base) == collapse_ws(p_acc)
        else:
            row["pandoc_equal"] = None
        if t_base is None or t_acc is None:
            row["result"] = "error"
            row["excerpt"] = "our tool failed on " + " and ".join(
                os.path.basename(p) for p, t in ((base, t_base), (acc, t_acc)) if t is None)
        else:
            a, b = collapse_ws(t_acc), collapse_ws(t_base)
            if a == b:
                row["result"] = "equal"
            else:
                row["result"] = "different"
                # Read as: what the tracked file shows compared with the accepted one.
                row["excerpt"] = diff_excerpt(a, b)
        out.append(row)
    return out


# --------------------------------------------------------------------------- report


def md_escape(s: str) -> str:
    return str(s).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "'")


def fmt_tokens(pairs: list) -> str:
    return ", ".join(f"{md_escape(t)}×{n}" for t, n in pairs) or "—"


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    k = min(len(s) - 1, max(0, int(round(q * (len(s) - 1)))))
    return s[k]


def summarize(records: list[dict[str, Any]], tracked: list[dict[str, Any]], meta: dict[str, Any]) -> dict[str, Any]:
    recs = [r for r in records if "error" not in r]
    pd_ok = [r for r in recs if r["pandoc"]["status"] == "ok"]
    pd_bad = [r for r in recs if r["pandoc"]["status"] != "ok"]
    ours_ok = [r for r in recs if r["ours"]["status"] == "ok"]
    both_ok = [r for r in pd_ok if r["ours"]["status"] == "ok"]
    f1_all = [r["f1"] for r in pd_ok]
    f1_both = [r["f1"] for r in both_ok]
    micro = bag_micro(pd_ok)
    tracked_counts = collections.Counter(t["result"] for t in tracked)
    refusals = collections.Counter(r["ours"]["error_code"] for r in recs if r["ours"]["status"] != "ok")
    return {
        "files": len(records),
        "unreadable": len(records) - len(recs),
        "pandoc_ok": len(pd_ok),
        "pandoc_failed": sum(r["pandoc"]["status"] == "failed" for r in recs),
        "pandoc_timeout": sum(r["pandoc"]["status"] == "timeout" for r in recs),
        "pandoc_failed_ours_ok": sum(r["ours"]["status"] == "ok" for r in pd_bad),
        "ours_ok": len(ours_ok),
        "ours_failed": len(recs) - len(ours_ok),
        "regressions": sum(r["ours"]["status"] != "ok" for r in pd_ok),
        "mean_f1": statistics.fmean(f1_all) if f1_all else None,
        "median_f1": statistics.median(f1_all) if f1_all else None,
        "mean_f1_both_ok": statistics.fmean(f1_both) if f1_both else None,
        "median_f1_both_ok": statistics.median(f1_both) if f1_both else None,
        "mean_precision": statistics.fmean(r["precision"] for r in pd_ok) if pd_ok else None,
        "mean_recall": statistics.fmean(r["recall"] for r in pd_ok) if pd_ok else None,
        "mean_f1_bigram": statistics.fmean(r["f1_bigram"] for r in pd_ok) if pd_ok else None,
        "micro_precision": micro["precision"], "micro_recall": micro["recall"], "micro_f1": micro["f1"],
        "under_0_9": sum(f < LOW_F1 for f in f1_all),
        "perfect": sum(f >= 1.0 for f in f1_all),
        "tracked_pairs": len(tracked),
        "tracked_equal": tracked_counts.get("equal", 0),
        "tracked_different": tracked_counts.get("different", 0),
        "tracked_error": tracked_counts.get("error", 0),
        "refusal_codes": dict(refusals.most_common()),
        **meta,
    }


def bag_micro(recs: list[dict[str, Any]]) -> dict[str, float]:
    common = sum(r["common"] for r in recs)
    n_ref = sum(r["n_ref"] for r in recs)
    n_ours = sum(r["n_ours"] for r in recs)
    p = common / n_ours if n_ours else 0.0
    r_ = common / n_ref if n_ref else 0.0
    return {"precision": p, "recall": r_, "f1": 2 * p * r_ / (p + r_) if p + r_ else 0.0}


def f(x: Optional[float], d: int = 4) -> str:
    return "—" if x is None else f"{x:.{d}f}"


def timing_lines(values: list[float]) -> str:
    if not values:
        return "—"
    return (f"total {sum(values):.1f}s, mean {statistics.fmean(values) * 1000:.0f} ms, "
            f"median {statistics.median(values) * 1000:.0f} ms, p95 {pct(values, 0.95) * 1000:.0f} ms, "
            f"max {max(values):.2f}s")


def render_report(records: list[dict[str, Any]], tracked: list[dict[str, Any]], s: dict[str, Any]) -> str:
    recs = [r for r in records if "error" not in r]
    pd_ok = [r for r in recs if r["pandoc"]["status"] == "ok"]
    L: list[str] = []
    a = L.append
    a("# tkingest text fidelity vs pandoc")
    a("")
    a(f"- run: {s['started']} — wall time {s['wall_seconds']:.1f}s, {s['jobs']} jobs, timeout {s['timeout']}s")
    a(f"- ours: `{s['tkingest']} text FILE`")
    a(f"- reference: `{s['pandoc_path']} {' '.join(PANDOC_ARGS)} FILE` ({s['pandoc_version']}); "
      f"cache {s['cache_dir'] or 'off'} — {s['cache_hits']} hits, {s['cache_misses']} misses")
    a(f"- roots: {', '.join(s['roots'])}; paths below are relative to `{s['display_base']}`")
    a("- tokens: NFKC, case-folded, `[^\\W_]+` (word characters; underscores, punctuation, list glyphs and "
      "table borders separate tokens). F1 is the multiset (bag) F1 of our tokens vs pandoc's; "
      "bigram F1 is the same on adjacent token pairs, so it also drops when text is out of order.")
    a("")
    a("## Summary")
    a("")
    a("| measure | value |")
    a("|---|---|")
    rows = [
        ("files", s["files"]),
        ("pandoc converts / fails / times out", f"{s['pandoc_ok']} / {s['pandoc_failed']} / {s['pandoc_timeout']}"),
        ("we convert / refuse (incl. timeouts)", f"{s['ours_ok']} / {s['ours_failed']}"),
        ("regressions (we fail, pandoc converts)", s["regressions"]),
        ("pandoc fails, we convert", s["pandoc_failed_ours_ok"]),
        ("**mean token F1** (over files pandoc converts; our failures count 0)", f(s["mean_f1"])),
        ("median token F1", f(s["median_f1"])),
        ("mean / median F1 where both convert", f"{f(s['mean_f1_both_ok'])} / {f(s['median_f1_both_ok'])}"),
        ("mean precision / mean recall", f"{f(s['mean_precision'])} / {f(s['mean_recall'])}"),
        ("corpus-wide (micro) precision / recall / F1",
         f"{f(s['micro_precision'])} / {f(s['micro_recall'])} / {f(s['micro_f1'])}"),
        ("mean bigram F1", f(s["mean_f1_bigram"])),
        (f"files with F1 < {LOW_F1}", s["under_0_9"]),
        ("files with F1 = 1", s["perfect"]),
        ("tracked-change pairs equal / different / error",
         f"{s['tracked_equal']} / {s['tracked_different']} / {s['tracked_error']} (of {s['tracked_pairs']})"),
    ]
    for k, v in rows:
        a(f"| {k} | {v} |")
    if s.get("unreadable"):
        a(f"| files that could not be read | {s['unreadable']} |")
    a("")

    # Distribution
    buckets = [("= 1", lambda x: x >= 1.0), ("[0.99, 1)", lambda x: 0.99 <= x < 1.0),
               ("[0.95, 0.99)", lambda x: 0.95 <= x < 0.99), ("[0.9, 0.95)", lambda x: 0.9 <= x < 0.95),
               ("[0.5, 0.9)", lambda x: 0.5 <= x < 0.9), ("< 0.5", lambda x: x < 0.5)]
    a("## F1 distribution (files pandoc converts)")
    a("")
    a("| F1 | files |")
    a("|---|---|")
    for name, pred in buckets:
        a(f"| {name} | {sum(1 for r in pd_ok if pred(r['f1']))} |")
    a("")

    # Per folder
    groups: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for r in recs:
        parts = r["file"].split(os.sep)
        groups[os.sep.join(parts[:2]) if len(parts) > 2 else parts[0]].append(r)
    a("## By folder")
    a("")
    a("| folder | files | pandoc ok | we refuse | mean F1 | median F1 | F1 < 0.9 |")
    a("|---|---|---|---|---|---|---|")
    for g in sorted(groups):
        rs = groups[g]
        ok = [r["f1"] for r in rs if r["pandoc"]["status"] == "ok"]
        a(f"| {md_escape(g)} | {len(rs)} | {len(ok)} | {sum(r['ours']['status'] != 'ok' for r in rs)} | "
          f"{f(statistics.fmean(ok) if ok else None, 3)} | {f(statistics.median(ok) if ok else None, 3)} | "
          f"{sum(x < LOW_F1 for x in ok)} |")
    a("")

    # Worst
    worst = sorted(pd_ok, key=lambda r: (r["f1"], r["file"]))[:WORST_N]
    a(f"## {len(worst)} worst files")
    a("")
    a("| # | file | F1 | P | R | bigram F1 | pandoc tok | our tok | we miss | we add |")
    a("|---|---|---|---|---|---|---|---|---|---|")
    for i, r in enumerate(worst, 1):
        note = "" if r["ours"]["status"] == "ok" else f" (**{md_escape(r['ours']['error_code'])}**)"
        a(f"| {i} | {md_escape(r['file'])}{note} | {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} | "
          f"{r['f1_bigram']:.3f} | {r['n_ref']} | {r['n_ours']} | {fmt_tokens(r['missing_top'])} | "
          f"{fmt_tokens(r['added_top'])} |")
    a("")

    # Regressions
    regs = [r for r in pd_ok if r["ours"]["status"] != "ok"]
    a(f"## Regressions: we fail, pandoc converts ({len(regs)})")
    a("")
    if regs:
        a("| file | code | pandoc tokens | our stderr |")
        a("|---|---|---|---|")
        for r in sorted(regs, key=lambda r: r["file"]):
            a(f"| {md_escape(r['file'])} | {md_escape(r['ours']['error_code'])} | {r['n_ref']} | "
              f"{md_escape(first_line(r['ours'].get('stderr', ''), 240))} |")
    else:
        a("None.")
    a("")

    # Refusals by code
    refused = [r for r in recs if r["ours"]["status"] != "ok"]
    a(f"## Files we refuse, by error code ({len(refused)})")
    a("")
    if refused:
        by_code: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
        for r in refused:
            by_code[r["ours"]["error_code"]].append(r)
        a("| code | files | pandoc also fails | files |")
        a("|---|---|---|---|")
        for code, rs in sorted(by_code.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            names = ", ".join(md_escape(r["file"]) for r in sorted(rs, key=lambda r: r["file"])[:25])
            if len(rs) > 25:
                names += f", … (+{len(rs) - 25})"
            a(f"| {md_escape(code)} | {len(rs)} | {sum(r['pandoc']['status'] != 'ok' for r in rs)} | {names} |")
    else:
        a("None.")
    a("")

    # Pandoc failures
    pd_bad = [r for r in recs if r["pandoc"]["status"] != "ok"]
    a(f"## Files pandoc fails on ({len(pd_bad)}; not in the F1 figures)")
    a("")
    if pd_bad:
        a("| file | pandoc | pandoc stderr | ours |")
        a("|---|---|---|---|")
        for r in sorted(pd_bad, key=lambda r: r["file"]):
            o = r["ours"]
            ours = "ok" if o["status"] == "ok" else f"{o['status']}: {o['error_code']}"
            a(f"| {md_escape(r['file'])} | {r['pandoc']['status']} | {md_escape(r['pandoc']['stderr'][:200])} | "
              f"{md_escape(ours)} |")
    else:
        a("None.")
    a("")

    # Tracked changes
    a(f"## Tracked changes: our text of X vs X-Accepted ({s['tracked_pairs']} pairs)")
    a("")
    a(f"Equal {s['tracked_equal']}, different {s['tracked_different']}, error {s['tracked_error']} "
      "(compared exactly after collapsing whitespace runs). 'pandoc' says whether pandoc's own two texts are "
      "equal (a hint that the accepted file really has the same text). Excerpt: `[-…-]` is in the accepted "
      "file's text only, `{+…+}` in the tracked file's text only.")
    a("")
    bad = [t for t in tracked if t["result"] != "equal"]
    if bad:
        a("| file | result | pandoc equal | excerpt |")
        a("|---|---|---|---|")
        for t in bad:
            pe = {True: "yes", False: "no", None: "?"}[t["pandoc_equal"]]
            a(f"| {md_escape(t['file'])} | {t['result']} | {pe} | {md_escape(t.get('excerpt', ''))} |")
        a("")
    eq = [t for t in tracked if t["result"] == "equal"]
    if eq:
        a("<details><summary>equal pairs</summary>")
        a("")
        a(", ".join(md_escape(os.path.basename(t["file"])) for t in eq))
        a("")
        a("</details>")
        a("")

    # Timings
    ours_t = [r["ours"]["elapsed"] for r in recs]
    pd_t = [r["pandoc"]["elapsed"] for r in recs]
    a("## Timings")
    a("")
    a(f"- wall time: {s['wall_seconds']:.1f}s with {s['jobs']} jobs")
    a(f"- ours: {timing_lines(ours_t)}")
    a(f"- pandoc (as measured when its output was cached): {timing_lines(pd_t)}")
    a("")
    slow = sorted(recs, key=lambda r: -r["ours"]["elapsed"])[:10]
    a("| slowest for us | bytes | ours s | pandoc s |")
    a("|---|---|---|---|")
    for r in slow:
        a(f"| {md_escape(r['file'])} | {r['bytes']} | {r['ours']['elapsed']:.2f} | {r['pandoc']['elapsed']:.2f} |")
    a("")
    return "\n".join(L)


def print_summary(records: list[dict[str, Any]], s: dict[str, Any], out=sys.stdout) -> None:
    recs = [r for r in records if "error" not in r]
    pd_ok = [r for r in recs if r["pandoc"]["status"] == "ok"]
    p = lambda *x: print(*x, file=out)  # noqa: E731
    p(f"files: {s['files']}   pandoc ok {s['pandoc_ok']}, failed {s['pandoc_failed']}, "
      f"timeout {s['pandoc_timeout']} (we convert {s['pandoc_failed_ours_ok']} of those)")
    p(f"ours:  ok {s['ours_ok']}, refused {s['ours_failed']}; regressions (we fail, pandoc ok): {s['regressions']}")
    p(f"token F1 (files pandoc converts): mean {f(s['mean_f1'])}, median {f(s['median_f1'])}, "
      f"micro {f(s['micro_f1'])}, under {LOW_F1}: {s['under_0_9']}, perfect: {s['perfect']}")
    p(f"mean precision {f(s['mean_precision'])}, mean recall {f(s['mean_recall'])}, "
      f"mean bigram F1 {f(s['mean_f1_bigram'])}")
    p(f"tracked-change pairs: {s['tracked_equal']} equal, {s['tracked_different']} different, "
      f"{s['tracked_error']} error (of {s['tracked_pairs']})")
    if s["refusal_codes"]:
        p("refusal codes: " + ", ".join(f"{k} {v}" for k, v in s["refusal_codes"].items()))
    worst = sorted(pd_ok, key=lambda r: (r["f1"], r["file"]))[:10]
    if worst:
        p("worst files:")
        for r in worst:
            p(f"  {r['f1']:.3f}  P {r['precision']:.3f} R {r['recall']:.3f}  {r['file']}"
              + ("" if r["ours"]["status"] == "ok" else f"  [{r['ours']['error_code']}]"))
    p(f"wall {s['wall_seconds']:.1f}s; pandoc cache {s['cache_hits']} hits / {s['cache_misses']} misses; "
      f"ours total {sum(r['ours']['elapsed'] for r in recs):.1f}s")


# --------------------------------------------------------------------------- --only


def resolve_only(names: list[str], roots: list[str]) -> list[str]:
    out = []
    corpus = None
    for name in names:
        if os.path.isfile(name):
            out.append(os.path.abspath(name))
            continue
        if corpus is None:
            corpus = find_files(roots)
        hits = [p for p in corpus if p.endswith(os.sep + name.lstrip(os.sep)) or p == name]
        if len(hits) == 1:
            out.append(hits[0])
        elif not hits:
            sys.exit(f"--only: no file matches {name!r} (not a path, not a suffix of a corpus path)")
        else:
            sys.exit(f"--only: {name!r} is ambiguous:\n  " + "\n  ".join(hits[:20]))
    return out


def print_wdiff(a: list[str], b: list[str], context: int, limit: int) -> None:
    """One line per change: `…context [-pandoc only-] {+ours only+}` on token sequences."""
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if not ops:
        print("(tokens identical)")
    ctx = max(context, 1) * 2
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if limit and n >= limit:
            print(f"… ({len(ops) - limit} more changes; --max-diff-lines 0 shows all)")
            break
        before = " ".join(a[max(0, i1 - ctx):i1])
        after = " ".join(a[i2:i2 + ctx])
        line = f"@{i1}: …{before} "
        if i2 > i1:
            line += "[-" + " ".join(a[i1:i2]) + "-] "
        if j2 > j1:
            line += "{+" + " ".join(b[j1:j2]) + "+} "
        print(line + after + "…")


def only_mode(args: argparse.Namespace, pandoc: PandocRunner, files: list[str]) -> int:
    for path in files:
        sha = sha256_file(path)
        pd = pandoc.run(path, sha)
        ours = run_ours(args.tkingest, path, args.timeout)
        print(f"=== {path}")
        print(f"pandoc: {status_of(pd)} rc={pd['rc']} {pd['elapsed']:.2f}s{' (cached)' if pd['cached'] else ''}")
        print(f"ours:   {status_of(ours)} rc={ours['rc']} {ours['elapsed']:.2f}s"
              + (" (output not valid UTF-8)" if ours["invalid_utf8"] else ""))
        if status_of(ours) != "ok" and ours["stderr"].strip():
            print("our stderr:\n  " + ours["stderr"].strip().replace("\n", "\n  "))
        if status_of(pd) != "ok":
            print("pandoc stderr:\n  " + pd["stderr"].strip().replace("\n", "\n  "))
            continue
        ref_t = tokenize(pd["stdout"])
        our_t = tokenize(ours["stdout"]) if status_of(ours) == "ok" else []
        rb, ob = collections.Counter(ref_t), collections.Counter(our_t)
        sc = bag_scores(rb, ob)
        print(f"tokens: pandoc {sc['n_ref']}, ours {sc['n_ours']}, common {sc['common']}  "
              f"P {sc['precision']:.4f} R {sc['recall']:.4f} F1 {sc['f1']:.4f}  "
              f"bigram F1 {bag_scores(bigrams(ref_t), bigrams(our_t))['f1']:.4f}")
        print("we miss: " + (", ".join(f"{t}×{n}" for t, n in (rb - ob).most_common(15)) or "—"))
        print("we add:  " + (", ".join(f"{t}×{n}" for t, n in (ob - rb).most_common(15)) or "—"))
        if args.diff == "wdiff":
            print_wdiff(ref_t, our_t, args.context, args.max_diff_lines)
            a = b = None
        elif args.diff == "tokens":
            a, b = ref_t, our_t
        else:
            a, b = pd["stdout"].splitlines(), ours["stdout"].splitlines()
            if args.diff == "text-ws":
                a = [collapse_ws(x) for x in a if x.strip()]
                b = [collapse_ws(x) for x in b if x.strip()]
        lines = [] if a is None else list(difflib.unified_diff(a, b, "pandoc", "tkingest", n=args.context,
                                                              lineterm=""))
        if not lines and a is not None:
            print(f"({args.diff} identical)")
        limit = args.max_diff_lines
        for line in lines if not limit else lines[:limit]:
            print(line)
        if limit and len(lines) > limit:
            print(f"… ({len(lines) - limit} more diff lines; --max-diff-lines 0 shows all)")
        if args.save_texts:
            os.makedirs(args.save_texts, exist_ok=True)
            stem = os.path.join(args.save_texts, os.path.basename(path))
            with open(stem + ".pandoc.txt", "w", encoding="utf-8") as fh:
                fh.write(pd["stdout"])
            with open(stem + ".ours.txt", "w", encoding="utf-8") as fh:
                fh.write(ours["stdout"])
            print(f"texts saved as {stem}.pandoc.txt / .ours.txt")
        print()
    return 0


# --------------------------------------------------------------------------- main


def default_pandoc() -> Optional[str]:
    try:
        res = subprocess.run([sys.executable, "-c", "import pypandoc; print(pypandoc.get_pandoc_path())"],
                             capture_output=True, text=True, timeout=60)
        path = res.stdout.strip().splitlines()[-1] if res.returncode == 0 and res.stdout.strip() else ""
        if path and os.path.exists(path):
            return path
    except (OSError, subprocess.SubprocessError):
        pass
    return shutil.which("pandoc")


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="Compare `tkingest text` with `pandoc -t plain` on a .docx corpus (token-bag F1).",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    ap.add_argument("roots", nargs="*", default=DEFAULT_ROOTS,
                    help="folders (searched recursively for *.docx/.docm/.dotx/.dotm) or files")
    ap.add_argument("--tkingest", help="our binary (runs `PATH text FILE`); not needed with --warm-cache")
    ap.add_argument("--pandoc", help="pandoc 3 binary (default: pypandoc-binary's, else pandoc on PATH)")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per file, per tool")
    ap.add_argument("--cache", default=DEFAULT_CACHE, help="pandoc output cache folder")
    ap.add_argument("--no-cache", action="store_true", help="don't read or write the pandoc cache")
    ap.add_argument("--refresh-cache", action="store_true", help="rerun pandoc and overwrite cache entries")
    ap.add_argument("--warm-cache", action="store_true", help="only run pandoc to fill the cache")
    ap.add_argument("--report", metavar="FILE", help="write a markdown report")
    ap.add_argument("--json", metavar="FILE", help="write per-file results (and the summary) as JSON")
    ap.add_argument("--tracked-dir", default=DEFAULT_TRACKED_DIR,
                    help="folder with X.docx / X-Accepted.docx pairs ('' to skip the check)")
    ap.add_argument("--fail-under", type=float, metavar="F1",
                    help="exit 1 if the mean token F1 is below this value")
    ap.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    g = ap.add_argument_group("debugging a few files")
    g.add_argument("--only", nargs="+", metavar="FILE",
                   help="only these files (paths, or path suffixes of corpus files); prints a diff")
    g.add_argument("--diff", choices=["tokens", "wdiff", "text", "text-ws"], default="tokens",
                   help="--only: unified diff of the token sequences (one token a line); 'wdiff': one "
                        "line per change, inline on the token sequences; 'text': unified diff of the "
                        "raw texts; 'text-ws': of the texts with whitespace collapsed, blank lines dropped")
    g.add_argument("--context", type=int, default=3, help="--only: diff context lines")
    g.add_argument("--max-diff-lines", type=int, default=400,
                   help="--only: diff lines (changes for wdiff) to show; 0 = no limit")
    g.add_argument("--save-texts", metavar="DIR", help="--only: also write both texts to DIR")
    args = ap.parse_args(argv)
    if not args.warm_cache and not args.tkingest:
        ap.error("--tkingest is required (unless --warm-cache)")
    if args.tkingest:
        t = args.tkingest
        if os.sep in t:
            t = os.path.abspath(t)
        elif shutil.which(t):
            t = shutil.which(t)
        if not (os.path.isfile(t) and os.access(t, os.X_OK)):
            ap.error(f"--tkingest {args.tkingest!r} is not an executable file")
        args.tkingest = t
    args.pandoc = args.pandoc or default_pandoc()
    if not args.pandoc:
        ap.error("no pandoc found: pip install pypandoc-binary or pass --pandoc")
    args.jobs = max(1, args.jobs)
    return args


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    pandoc = PandocRunner(args.pandoc, None if args.no_cache else args.cache, args.timeout, args.refresh_cache)
    if not pandoc.version.startswith("pandoc 3"):
        print(f"warning: expected pandoc 3, got {pandoc.version!r}", file=sys.stderr)

    if args.only:
        return only_mode(args, pandoc, resolve_only(args.only, args.roots))

    started = time.strftime("%Y-%m-%d %H:%M:%S")
    t0 = time.monotonic()
    files = find_files(args.roots)
    base = display_base(args.roots)
    ctx = Context(args, pandoc, base)
    pairs = tracked_pairs(args.tracked_dir) if (args.tracked_dir and not args.warm_cache) else []
    for pr in pairs:
        ctx.keep_text.update(pr)
    todo = files + sorted(ctx.keep_text - set(files))  # pair files outside the roots: text only
    extra = set(todo) - set(files)
    if not args.quiet:
        print(f"{len(files)} files, {len(pairs)} tracked-change pairs; pandoc {pandoc.version} "
              f"({args.pandoc}); cache {pandoc.cache_dir or 'off'}; {args.jobs} jobs", file=sys.stderr)

    records: list[dict[str, Any]] = []
    done = 0
    last = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        futs = {ex.submit(process_file, ctx, p): p for p in todo}
        try:
            for fut in concurrent.futures.as_completed(futs):
                p = futs[fut]
                try:
                    rec = fut.result()
                except Exception as exc:  # a bug in this script: report it, keep going
                    rec = {"file": rel(p, base), "path": p, "error": f"{type(exc).__name__}: {exc}"}
                if p not in extra:
                    records.append(rec)
                done += 1
                now = time.monotonic()
                if not args.quiet and (now - last > 10 or done == len(todo)):
                    last = now
                    print(f"  [{done}/{len(todo)}] {now - t0:.0f}s  cache hits {pandoc.hits}, "
                          f"misses {pandoc.misses}", file=sys.stderr)
        except KeyboardInterrupt:
            ex.shutdown(wait=False, cancel_futures=True)
            raise
    records.sort(key=lambda r: r["file"])
    wall = time.monotonic() - t0

    errors = [r for r in records if "error" in r]
    for r in errors:
        print(f"error: {r['file']}: {r['error']}", file=sys.stderr)

    if args.warm_cache:
        ok = [r for r in records if "error" not in r]
        bad = [r for r in ok if r["pandoc"]["status"] != "ok"]
        pd_t = [r["pandoc"]["elapsed"] for r in ok]
        print(f"pandoc cache warmed: {len(records)} files in {wall:.1f}s wall ({args.jobs} jobs); "
              f"hits {pandoc.hits}, misses {pandoc.misses}; pandoc {timing_lines(pd_t)}")
        print(f"pandoc failed on {sum(r['pandoc']['status'] == 'failed' for r in bad)}, "
              f"timed out on {sum(r['pandoc']['status'] == 'timeout' for r in bad)}:")
        for r in bad:
            print(f"  {r['pandoc']['status']:7} {r['file']}: {r['pandoc']['stderr'][:160]}")
        if args.json:
            with open(args.json, "w", encoding="utf-8") as fh:
                json.dump({"files": records}, fh, ensure_ascii=False, indent=1)
        return 0

    tracked = check_tracked(ctx, pairs)
    meta = {"started": started, "wall_seconds": wall, "jobs": args.jobs, "timeout": args.timeout,
            "tkingest": args.tkingest, "pandoc_path": args.pandoc, "pandoc_version": pandoc.version,
            "cache_dir": pandoc.cache_dir, "cache_hits": pandoc.hits, "cache_misses": pandoc.misses,
            "roots": [os.path.abspath(r) for r in args.roots], "display_base": base}
    summary = summarize(records, tracked, meta)
    if errors:
        summary["script_errors"] = len(errors)
    print_summary(records, summary)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            fh.write(render_report(records, tracked, summary))
        print(f"report: {args.report}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"summary": summary, "tracked_pairs": tracked, "files": records},
                      fh, ensure_ascii=False, indent=1)
        print(f"json: {args.json}")
    if args.fail_under is not None and (summary["mean_f1"] or 0.0) < args.fail_under:
        print(f"mean token F1 {f(summary['mean_f1'])} < {args.fail_under}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
