#!/usr/bin/env python3
"""Check the samples written by build_samples.py.

  * every XML part of every sample parses (xml.dom.minidom);
  * each sample is well under 200 KB;
  * rebuilding into a temporary directory gives byte-identical files;
  * pandoc (-f docx -t plain, default --track-changes=accept) reproduces the seed's words:
    token overlap against the seed body ("Dear ms. Nestorova," to the end, without the
    "↩︎" back-links and footnote numbering).

pandoc is taken from $PANDOC, else from pypandoc-binary, else from PATH.

    python3 scripts/samples/verify_samples.py [--seed PATH] [--samples DIR]
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.dom.minidom
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build_samples as bs  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)


def pandoc_path():
    if os.environ.get("PANDOC"):
        return os.environ["PANDOC"]
    try:
        import pypandoc  # type: ignore
        return pypandoc.get_pandoc_path()
    except Exception:
        return shutil.which("pandoc")


def seed_body_text(seed):
    with open(seed, encoding="utf-8") as f:
        raw = f.read()
    body = raw[raw.index(bs.BODY_START):]
    body = body.replace(bs.BACKLINK, "")
    body = re.sub(r"(?m)^  \d+\. ", "", body)                   # footnote list numbering
    body = bs.FOOTNOTE_REF.sub("", body)                          # glued reference digits
    return body


def pandoc_text(pandoc, path):
    out = subprocess.run([pandoc, "-f", "docx", "-t", "plain", "--wrap=none", path],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\[\d+\]", "", out)                            # footnote markers [n]


def overlap(a_text, b_text):
    a = collections.Counter(WORD.findall(a_text))
    b = collections.Counter(WORD.findall(b_text))
    common = sum((a & b).values())
    na, nb = sum(a.values()), sum(b.values())
    return common / max(na, nb), common / na, common / nb, a - b, b - a


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", default=bs.DEFAULT_SEED)
    ap.add_argument("--samples", default=bs.DEFAULT_OUT)
    args = ap.parse_args(argv)
    ok = True

    names = [v.name + ".docx" for v in bs.VARIANTS]
    tmp = tempfile.mkdtemp(prefix="tk-samples-")
    try:
        with open(os.devnull, "w") as devnull:
            old = sys.stdout
            sys.stdout = devnull
            try:
                bs.main(["--seed", args.seed, "--out", tmp])
            finally:
                sys.stdout = old
        for n in names:
            with open(os.path.join(tmp, n), "rb") as f1, \
                    open(os.path.join(args.samples, n), "rb") as f2:
                same = f1.read() == f2.read()
            print("%-36s rebuild byte-identical: %s" % (n, same))
            ok &= same
    finally:
        shutil.rmtree(tmp)

    seed_text = seed_body_text(args.seed)
    pandoc = pandoc_path()
    print("pandoc:", pandoc)
    for n in names:
        path = os.path.join(args.samples, n)
        size = os.path.getsize(path)
        with zipfile.ZipFile(path) as z:
            bad = []
            for info in z.infolist():
                if info.date_time != (1980, 1, 1, 0, 0, 0):
                    bad.append(info.filename + " (timestamp)")
                if info.filename.endswith((".xml", ".rels")):
                    try:
                        xml.dom.minidom.parseString(z.read(info.filename))
                    except Exception as e:  # noqa: BLE001
                        bad.append("%s (%s)" % (info.filename, e))
            nparts = len(z.infolist())
        ok &= not bad and size < 200 * 1024
        line = "%-36s %6d bytes, %2d parts, XML %s" % (n, size, nparts,
                                                       "ok" if not bad else bad)
        if pandoc:
            ratio, recall, precision, missing, extra = overlap(seed_text, pandoc_text(pandoc, path))
            line += ", overlap %.4f (seed recall %.4f, precision %.4f)" % (ratio, recall, precision)
            if missing:
                line += "\n    missing from pandoc output: %s" % dict(missing.most_common(8))
            if extra:
                line += "\n    extra in pandoc output: %s" % dict(extra.most_common(8))
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
