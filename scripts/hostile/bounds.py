#!/usr/bin/env python3
"""Time and memory bounds of `tkingest convert` on hostile input (a benchmark, not a unit test).

Runs the release binary once per input, each in its own process, and asserts:
  * it finishes within MAX_SECONDS (2 s wall clock) and MAX_RSS_MB (512 MB peak RSS,
    measured with wait4(2) on the child); the one big genuine input (50 MB of text in 1 MB
    paragraphs) gets BIG_SECONDS (10 s) instead;
  * it never crashes (exit status 0 or 1 only) and gives the expected result: the code from
    Tests/Fixtures/expected.json for fixtures, the stated code for generated inputs;
  * nothing connects to 127.0.0.1:47321 (the port the DOCTYPE fixtures point at) while it runs.

Inputs: every file of Tests/Fixtures/hostile/, then big hostile files this script writes to a
temporary folder under /tmp (removed afterwards unless --keep): a 1,000,000-deep element
nesting, a 50 MB single text node (and the same text in 50 paragraphs), a zip with 30,000 entries, a quadratic entity blowup, a
20 MB attribute value, a paragraph of 1,000,000 runs, and small files that are cheap to write
and were expensive to read (a 5,000-long style basedOn chain used by one style or by all of
them, list markers amplified by w:start or w:lvlText, 40,000 distinct references).

Usage: python3 scripts/hostile/bounds.py --tkingest PATH [--keep] [--only SUBSTRING]
Exit status 0 when every input is within bounds with the expected result, else 1.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures")
MAX_SECONDS = 2.0
MAX_RSS_MB = 512
BIG_SECONDS = 10.0  # the one genuine big input (text_50x1mb) gets this time budget instead
CANARY_PORT = 47321
KILL_AFTER = 120  # seconds; a run this long is reported as killed (signal 9)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{CT_MAIN}"/></Types>')
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


# --------------------------------------------------------------------------------------
# Generated inputs
# --------------------------------------------------------------------------------------


def write_package(path: str, document: bytes, extra: int = 0, level: int = 6,
                  styles: str | None = None, numbering: str | None = None) -> None:
    """A minimal package around `document`, plus `extra` tiny entries and optional
    styles and numbering parts."""
    parts = [(kind, xml) for kind, xml in (("styles", styles), ("numbering", numbering)) if xml is not None]
    types = CONTENT_TYPES.replace("</Types>", "".join(
        f'<Override PartName="/word/{kind}.xml" ContentType="application/'
        f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>' for kind, _ in parts) + "</Types>")
    rels = "".join(f'<Relationship Id="rId{k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/{kind}" Target="{kind}.xml"/>' for k, (kind, _) in enumerate(parts, start=1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        zf.writestr("word/document.xml", document)
        if parts:
            zf.writestr("word/_rels/document.xml.rels",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://'
                        f'schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        for kind, xml in parts:
            zf.writestr(f"word/{kind}.xml", xml)
        for k in range(extra):
            zf.writestr(f"customXml/item{k}.xml", f"<i>{k}</i>")


def numbering(fmt: str, start: int, text: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
            f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


LIST_ITEM = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>punt</w:t></w:r></w:p>'


def doc(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')


def words(rng: random.Random, count: int) -> list[str]:
    vocabulary = [
        "de", "het", "een", "aanbeveling", "regering", "Kamer", "minister", "antwoord", "vraag",
        "mensenhandel", "slachtoffers", "GRETA", "beleid", "uitvoering", "gemeenten", "rapport",
        "onderzoek", "maatregelen", "Nederland", "2024", "artikel", "wet", "toezicht", "zorg"]
    return [rng.choice(vocabulary) + rng.choice(["", "", "", "s", "en", "e"]) for _ in range(count)]


def generate(folder: str) -> list[tuple[str, str, str]]:
    """Writes the big hostile inputs; returns (path, expected result, what) triples.

    An expected result is an error code, "ok", or "ok|CODE" when either is acceptable.
    """
    rng = random.Random(7)
    made = []

    path = os.path.join(folder, "deep_nesting_1e6.docx")
    depth = 1_000_000
    write_package(path, doc("<w:customXml>" * depth + "<w:p/>" + "</w:customXml>" * depth).encode())
    made.append((path, "limit-exceeded", "1,000,000 nested w:customXml elements (27 MB of XML)"))

    path = os.path.join(folder, "text_node_50mb.docx")
    text = " ".join(words(rng, 8_000_000))[:50_000_000]
    write_package(path, doc(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>").encode(), level=1)
    made.append((path, "limit-exceeded", f"one w:t of {len(text) / 1e6:.0f} MB (varied words; deflates ~3:1, under the "
                 "ratio limit; over maxParagraphTextBytes, 2 MiB)"))

    path = os.path.join(folder, "text_50x1mb.docx")
    paragraphs = "".join(f"<w:p><w:r><w:t>{text[k * 1_000_000:(k + 1) * 1_000_000]}</w:t></w:r></w:p>" for k in range(50))
    write_package(path, doc(paragraphs).encode(), level=1)
    made.append((path, "ok", "the same 50 MB of text in 50 paragraphs of 1 MB: within every limit, so it must "
                 f"convert; a throughput check with its own budget of {BIG_SECONDS:g} s (>= 5 MB/s)"))

    path = os.path.join(folder, "entries_30000.docx")
    write_package(path, doc("<w:p><w:r><w:t>Veel onderdelen.</w:t></w:r></w:p>").encode(), extra=30_000)
    made.append((path, "limit-exceeded", "a valid package plus 30,000 tiny zip entries (maxEntries 20,000)"))

    path = os.path.join(folder, "quadratic_blowup_10gb.docx")
    entity = "a" * 100_000
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY a "{entity}">]>'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{"&a;" * 100_000}</w:t></w:r></w:p>'
           f"</w:body></w:document>")
    write_package(path, xml.encode())
    made.append((path, "xml-dtd-forbidden", "one 100 KB entity referenced 100,000 times (10 GB if expanded)"))

    path = os.path.join(folder, "attribute_20mb.docx")
    value = " ".join(words(rng, 3_000_000))[:20_000_000]
    write_package(path, doc(f'<w:p><w:pPr><w:pStyle w:val="{value}"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>').encode(), level=1)
    made.append((path, "xml-malformed", "a 20 MB attribute value (libxml2 refuses values over 10 MB without XML_PARSE_HUGE)"))

    path = os.path.join(folder, "runs_1e6.docx")
    runs = "".join(f'<w:r><w:rPr>{"<w:b/>" if k % 2 else "<w:i/>"}</w:rPr><w:t xml:space="preserve">{w} </w:t></w:r>'
                   for k, w in enumerate(words(rng, 1_000_000)))
    write_package(path, doc(f"<w:p>{runs}</w:p>").encode(), level=1)
    made.append((path, "ok|limit-exceeded", "one paragraph of 1,000,000 alternately bold/italic runs (52 MB of XML)"))

    # Small files that cost seconds when a per-item step is not bounded (linear in the
    # number of items times the length of something else, or quadratic).
    path = os.path.join(folder, "style_chain_5000.docx")
    chain = 5_000
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="S{k}"><w:name w:val="Stijl {k}"/>'
                     + (f'<w:basedOn w:val="S{k - 1}"/>' if k else "") + "</w:style>" for k in range(chain))
    write_package(path, doc(f'<w:p><w:pPr><w:pStyle w:val="S{chain - 1}"/></w:pPr><w:r><w:t>tekst</w:t></w:r></w:p>' * 5_000).encode(),
                  styles=f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">{styles}</w:styles>')
    made.append((path, "ok", "5,000 paragraphs in a style at the end of a 5,000-long basedOn chain (~100 KB)"))

    path = os.path.join(folder, "style_chain_distinct_5000.docx")
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="S{k}"><w:name w:val="Stijl {k}"/><w:rPr><w:b/></w:rPr>'
                     + (f'<w:basedOn w:val="S{k - 1}"/>' if k else "") + "</w:style>" for k in range(chain))
    write_package(path, doc("".join(f'<w:p><w:pPr><w:pStyle w:val="S{k}"/></w:pPr><w:r><w:t>t</w:t></w:r></w:p>'
                                    for k in range(chain))).encode(),
                  styles=f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">{styles}</w:styles>')
    made.append((path, "ok", "the same 5,000-long basedOn chain, each of its styles used by one paragraph (~60 KB)"))

    path = os.path.join(folder, "list_letters_26e6.docx")
    write_package(path, doc(LIST_ITEM * 200).encode(), numbering=numbering("lowerLetter", 26_000_000, "%1."))
    made.append((path, "ok|limit-exceeded", "200 list items numbered lowerLetter from w:start 26,000,000: a 1,000,000-letter marker each (~2 KB)"))

    path = os.path.join(folder, "list_lvltext_1mb.docx")
    write_package(path, doc(LIST_ITEM * 400).encode(), numbering=numbering("decimal", 1, "%1" + "x" * 1_000_000))
    made.append((path, "ok|limit-exceeded", "400 list items whose w:lvlText is 1 MB long: 400 MB of markers (~3 KB)"))

    path = os.path.join(folder, "references_40000.docx")
    text = " ".join(f"2024Z{k:05d}" for k in range(40_000))
    write_package(path, doc(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>").encode())
    made.append((path, "ok", "40,000 distinct zaak numbers (2024Z00000 …) in one paragraph (~90 KB)"))

    # Many items whose replies refer to others: a look-up over all items per question,
    # answer or reference made these take minutes (116 s for the first before 2026-11-29).
    def paragraphs(texts: list[str]) -> str:
        return "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in texts)

    path = os.path.join(folder, "questions_20000.docx")
    write_package(path, doc("".join(paragraphs([f"Vraag {k}", f"Is dit vraag nummer {k}?", f"Antwoord {k}",
                                                f"Ja, zie het antwoord op vraag {k // 2}."])
                                    for k in range(1, 20_001))).encode())
    made.append((path, "ok", "20,000 questions and answers, each answer referring to another question (~200 KB)"))

    path = os.path.join(folder, "replies_above_20000.docx")
    write_package(path, doc("".join(paragraphs([
        f"• GRETA considers that the Dutch authorities should take further measure {k} (paragraph {k}).",
        "See answer above."]) for k in range(1, 20_001))).encode())
    made.append((path, "ok", "20,000 recommendations whose replies all say \"see answer above\" and nothing else (~120 KB)"))

    path = os.path.join(folder, "replies_same_paragraph_20000.docx")
    write_package(path, doc("".join(paragraphs([
        f"• GRETA considers that the Dutch authorities should take further measure {k} (paragraph 7).",
        "See the answer to paragraph 7."]) for k in range(1, 20_001))).encode())
    made.append((path, "ok", "20,000 recommendations citing paragraph 7, each reply referring to paragraph 7 (~60 KB)"))
    return made


# --------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------


class Canary:
    """Counts connections to 127.0.0.1:CANARY_PORT while the runs happen."""

    def __init__(self) -> None:
        self.hits = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self.sock.bind(("127.0.0.1", CANARY_PORT))
            self.sock.listen(8)
            self.sock.settimeout(0.2)
            self.active = True
        except OSError:
            self.active = False
        self.stopped = False
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while self.active and not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            self.hits += 1
            conn.close()

    def stop(self) -> None:
        self.stopped = True
        self.sock.close()


def run(tkingest: str, path: str) -> tuple[float, float, int, str]:
    """(seconds, peak RSS in MB, exit status or -signal, error code or "ok")."""
    with tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen([tkingest, "convert", path, "--stdout"], stdout=subprocess.DEVNULL, stderr=err)
        killer = threading.Timer(KILL_AFTER, proc.kill)
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        killer.cancel()
        seconds = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    code = "ok"
    if proc.returncode != 0:
        found = re.search(r": ([a-z0-9]+(?:-[a-z0-9]+)+): ", stderr)
        code = found.group(1) if found else f"exit {proc.returncode}"
    return seconds, usage.ru_maxrss / 1024, proc.returncode, code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tkingest", help="the release tkingest binary")
    parser.add_argument("--generate", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs")
    parser.add_argument("--only", default="", help="only inputs whose name contains this")
    args = parser.parse_args()
    if args.generate:
        print(json.dumps(generate(args.generate)))
        return 0
    if not args.tkingest:
        parser.error("--tkingest is required")

    with open(os.path.join(FIXTURES, "expected.json"), encoding="utf-8") as fh:
        expected = json.load(fh)
    inputs = []
    for name in sorted(os.listdir(os.path.join(FIXTURES, "hostile"))):
        key = f"hostile/{name}"
        inputs.append((os.path.join(FIXTURES, "hostile", name), expected.get(key, {}).get("error", "?"), "fixture"))

    folder = tempfile.mkdtemp(prefix="tkingest-hostile-", dir="/tmp")
    try:
        started = time.monotonic()
        # Generated in a child process: a child of a big parent would inherit its peak RSS
        # (ru_maxrss survives fork + exec), inflating every measurement after it.
        made = subprocess.run([sys.executable, __file__, "--generate", folder], check=True,
                              capture_output=True, text=True).stdout
        inputs += [tuple(row) for row in json.loads(made)]
        print(f"generated {len(inputs) - len(os.listdir(os.path.join(FIXTURES, 'hostile')))} big inputs in "
              f"{folder} ({time.monotonic() - started:.0f} s)\n")
        inputs = [i for i in inputs if args.only in os.path.basename(i[0])]

        canary = Canary()
        rows, failures = [], 0
        for path, want, what in inputs:
            seconds, rss, status, got = run(args.tkingest, path)
            problems = []
            if status not in (0, 1):
                problems.append(f"killed after {KILL_AFTER} s" if status == -9 and seconds >= KILL_AFTER
                                else "CRASH" if status < 0 else f"exit {status}")
            if got not in want.split("|"):
                problems.append(f"expected {want}")
            budget = BIG_SECONDS if os.path.basename(path) == "text_50x1mb.docx" else MAX_SECONDS
            if seconds > budget:
                problems.append(f"> {budget:g} s")
            if rss > MAX_RSS_MB:
                problems.append(f"> {MAX_RSS_MB} MB")
            failures += bool(problems)
            rows.append((os.path.basename(path), f"{os.path.getsize(path):,}", want, got, f"{seconds:.3f}",
                         f"{rss:.0f}", "ok" if not problems else "FAIL: " + ", ".join(problems), what))
        canary.stop()

        header = ("input", "bytes", "expected", "got", "seconds", "peak MB", "verdict")
        widths = [max(len(str(r[k])) for r in rows + [header]) for k in range(len(header))]
        line = lambda r: "| " + " | ".join(str(r[k]).ljust(widths[k]) for k in range(len(header))) + " |"
        print(line(header))
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        for r in rows:
            print(line(r))
        print()
        for r in rows:
            if r[7] != "fixture":
                print(f"* {r[0]}: {r[7]}")
        if not canary.active:
            print(f"\nnote: port {CANARY_PORT} was busy; the no-network check did not run")
        elif canary.hits:
            failures += 1
            print(f"\nFAIL: {canary.hits} connection(s) to 127.0.0.1:{CANARY_PORT} during the runs")
        else:
            print(f"\nno connection to 127.0.0.1:{CANARY_PORT} during the runs")
        print(f"{len(rows)} inputs, {failures} outside the bounds (limits: {MAX_SECONDS:g} s, {MAX_RSS_MB} MB)")
        return 1 if failures else 0
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
