#!/usr/bin/env python3
"""Throughput benchmark of tkingest (issue 6): the floor pass against the stages and the full convert.

    python3 scripts/bench/run.py                      # both profiles, full corpora (~5 min)
    python3 scripts/bench/run.py --count 100          # quicker: the first 100 small / 3 large docs
    python3 scripts/bench/run.py --profiles large --no-build

What it does:
1. Generates the corpora with ../shared/bench/make_corpus.py under --corpus-dir (default
   /tmp/bench) when missing: `small` (1000 docs) and `large` (10 docs, 5-10 MB document.xml).
   With --count N the corpus is a prefix subset in <corpus-dir>/<profile>-<N>.
2. Builds the release binary into .build-bench (--no-build to reuse it).
3. For each profile, runs each stage as ONE process over all files (one process = one core):
     floor    `tkingest floor`            inflate the main part + libxml2 SAX2 text pass (the floor)
     text     `tkingest text > /dev/null` unzip + parse all parts into the block model + plain text
     blocks   `tkingest blocks -o DIR`    unzip + parse + block-model JSON (JSONEncoder)
     convert  `tkingest convert -o DIR`   all four stages, contract JSON written
   each under /usr/bin/time -v (wall, user+sys CPU, peak RSS), and `convert` (and `floor`) a
   second time as 2 processes in parallel over the two halves of the file list.
4. Prints docs/s, MB/s (MB = 10^6 bytes of uncompressed word/document.xml, from manifest.json),
   CPU seconds, peak RSS, CPU ratio to the floor, and the issue-6 targets; --json FILE saves
   all figures.

The per-stage cost is read by difference: parse beyond the floor = text - floor (styles,
numbering, notes, block model), segment + emit = convert - text (plus the file hash and the
JSON write), block JSON (JSONEncoder) = blocks - text.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MAKE_CORPUS = os.path.abspath(os.path.join(ROOT, "..", "shared", "bench", "make_corpus.py"))
SCRATCH = os.path.join(ROOT, ".build-bench")
TIME = "/usr/bin/time"

TARGET_RATIO = 1.5       # convert CPU <= 1.5 x floor CPU, small and large
TARGET_RSS_MIB = 64      # peak RSS per worker on large < 64 MiB
TARGET_SCALING = 1.8     # jobs-2 throughput >= 1.8 x jobs-1


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def ensure_time():
    if os.path.exists(TIME):
        return
    log("installing GNU time (/usr/bin/time)")
    subprocess.run(["apt-get", "install", "-y", "time"], check=True)


def ensure_corpus(corpus_dir, profile, count):
    folder = os.path.join(corpus_dir, profile if count is None else "%s-%d" % (profile, count))
    manifest = os.path.join(folder, "manifest.json")
    if not os.path.exists(manifest):
        cmd = [sys.executable, MAKE_CORPUS, "--profile", profile, folder]
        if count is not None:
            cmd[3:3] = ["--count", str(count)]
        log("generating corpus: " + " ".join(cmd))
        subprocess.run(cmd, check=True)
    with open(manifest) as f:
        data = json.load(f)
    files = [os.path.join(folder, e["file"]) for e in data["files"]]
    sizes = {os.path.join(folder, e["file"]): e["documentXmlBytes"] for e in data["files"]}
    return folder, files, sizes


def build(skip):
    binary = os.path.join(SCRATCH, "release", "tkingest")
    if not skip:
        log("building release into .build-bench")
        subprocess.run(["swift", "build", "-c", "release", "--product", "tkingest", "--scratch-path", SCRATCH],
                       cwd=ROOT, check=True)
    if not os.path.exists(binary):
        sys.exit("no binary at %s (build first, without --no-build)" % binary)
    return binary


def parse_time_v(path):
    text = open(path).read()

    def field(label):
        m = re.search(r"^\s*" + re.escape(label) + r":\s*(.+)$", text, re.M)
        return m.group(1).strip() if m else None

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    parts = [float(p) for p in wall.split(":")]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return {"user": float(field("User time (seconds)")), "sys": float(field("System time (seconds)")),
            "rssKiB": int(field("Maximum resident set size (kbytes)")), "timeWall": seconds,
            "exit": int(field("Exit status") or 0)}


def stage_command(binary, stage, files, out_dir):
    if stage == "floor":
        return [binary, "floor"] + files, None
    if stage == "text":
        return [binary, "text"] + files, None
    if stage == "blocks":
        return [binary, "blocks"] + files + ["-o", out_dir], None
    if stage == "convert":
        return [binary, "convert"] + files + ["-o", out_dir], None
    raise ValueError(stage)


def run_processes(binary, stage, file_lists, work_dir, tag):
    """Starts one process per file list at once; returns wall (first start to last end), summed CPU, max RSS."""
    procs = []
    for index, files in enumerate(file_lists):
        out_dir = os.path.join(work_dir, "out-%s-%s-%d" % (tag, stage, index))
        shutil.rmtree(out_dir, ignore_errors=True)
        os.makedirs(out_dir)
        cmd, _ = stage_command(binary, stage, files, out_dir)
        tfile = os.path.join(work_dir, "time-%s-%s-%d.txt" % (tag, stage, index))
        procs.append((subprocess.Popen([TIME, "-v", "-o", tfile] + cmd, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE), tfile, out_dir))
    start = time.monotonic()
    stderr_lines = []
    for proc, _, _ in procs:
        _, err = proc.communicate()
        stderr_lines += err.decode(errors="replace").splitlines()
    wall = time.monotonic() - start
    results = [parse_time_v(tfile) for _, tfile, _ in procs]
    outputs = 0
    for _, _, out_dir in procs:
        outputs += len(os.listdir(out_dir))
        shutil.rmtree(out_dir, ignore_errors=True)
    failures = [line for line in stderr_lines if line.strip()]
    return {"stage": stage, "processes": len(file_lists), "wall": wall,
            "cpu": sum(r["user"] + r["sys"] for r in results),
            "user": sum(r["user"] for r in results), "sys": sum(r["sys"] for r in results),
            "rssMiB": max(r["rssKiB"] for r in results) / 1024.0,
            "exit": max(r["exit"] for r in results), "outputs": outputs, "stderr": failures[:5]}


def best_of(binary, stage, file_lists, work_dir, tag, repeat):
    runs = [run_processes(binary, stage, file_lists, work_dir, tag) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["cpu"] if r["processes"] == 1 else r["wall"])
    best["runs"] = [{"wall": r["wall"], "cpu": r["cpu"], "rssMiB": r["rssMiB"]} for r in runs]
    return best


def loadavg():
    try:
        return float(open("/proc/loadavg").read().split()[0])
    except OSError:
        return None


def fmt_row(r, docs, mb, floor_cpu):
    ratio = r["cpu"] / floor_cpu if floor_cpu else float("nan")
    label = r["stage"] + (" x%d" % r["processes"] if r["processes"] > 1 else "")
    return ("| %-12s | %7.2f | %7.2f | %8.1f | %8.1f | %8.1f | %7.1f | %6.2f× |"
            % (label, r["wall"], r["cpu"], docs / r["wall"], mb / r["wall"], docs / r["cpu"], r["rssMiB"], ratio))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=None,
                    help="use the first N documents of each profile (large: min(N, 10)); default all")
    ap.add_argument("--profiles", default="small,large", help="comma-separated: small,large")
    ap.add_argument("--stages", default="floor,text,blocks,convert", help="comma-separated stages, one process each")
    ap.add_argument("--parallel-stages", default="floor,convert", help="stages also run as 2 processes in parallel ('' = none)")
    ap.add_argument("--corpus-dir", default="/tmp/bench")
    ap.add_argument("--work-dir", default=None, help="scratch folder for outputs and time files (default CORPUS-DIR/work)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the lowest CPU (wall for 2 processes) is kept")
    ap.add_argument("--no-build", action="store_true", help="reuse .build-bench/release/tkingest")
    ap.add_argument("--json", default=None, help="write all figures to this JSON file")
    a = ap.parse_args(argv)

    ensure_time()
    binary = build(a.no_build)
    work_dir = a.work_dir or os.path.join(a.corpus_dir, "work")
    os.makedirs(work_dir, exist_ok=True)

    git = lambda *args: subprocess.run(["git"] + list(args), cwd=ROOT, capture_output=True, text=True).stdout.strip()
    meta = {"date": datetime.date.today().isoformat(), "host": platform.node(), "nproc": os.cpu_count(),
            "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?"),
            "commit": git("rev-parse", "--short", "HEAD"),
            "dirtySources": len([l for l in git("status", "--porcelain", "--", "Sources", "Package.swift").splitlines() if l]),
            "binary": binary}
    print("# tkingest benchmark %s · %s · %d cores · commit %s%s" % (
        meta["date"], meta["cpu"], meta["nproc"], meta["commit"],
        " (+%d uncommitted files in Sources)" % meta["dirtySources"] if meta["dirtySources"] else ""))

    report = {"meta": meta, "profiles": {}}
    verdicts = []
    for profile in [p for p in a.profiles.split(",") if p]:
        count = None if a.count is None else (min(a.count, 10) if profile == "large" else a.count)
        folder, files, sizes = ensure_corpus(a.corpus_dir, profile, count)
        docs = len(files)
        mb = sum(sizes.values()) / 1e6
        half = (docs + 1) // 2
        # Halves balanced by document.xml size, so the two workers finish together.
        ordered = sorted(files, key=lambda f: -sizes[f])
        halves = [[], []]
        loads = [0, 0]
        for f in ordered:
            i = 0 if loads[0] <= loads[1] else 1
            halves[i].append(f)
            loads[i] += sizes[f]
        halves = [sorted(h) for h in halves]
        print("\n## %s: %d documents, %.1f MB document.xml (%s)  load average before: %s"
              % (profile, docs, mb, folder, loadavg()))
        print("| stage        | wall s  | CPU s   | docs/s   | MB/s     | docs/CPU-s | RSS MiB | CPU/floor |")
        print("|--------------|---------|---------|----------|----------|----------|---------|---------|")
        results = {}
        floor_cpu = None
        for stage in [s for s in a.stages.split(",") if s]:
            log("%s: %s, 1 process" % (profile, stage))
            r = best_of(binary, stage, [files], work_dir, profile, a.repeat)
            results[stage] = r
            if stage == "floor":
                floor_cpu = r["cpu"]
            print(fmt_row(r, docs, mb, floor_cpu), flush=True)
            if r["exit"] != 0 or r["stderr"]:
                print("  (exit %d; stderr: %s)" % (r["exit"], "; ".join(r["stderr"])))
        for stage in [s for s in a.parallel_stages.split(",") if s]:
            if docs < 2:
                break
            log("%s: %s, 2 processes" % (profile, stage))
            r = best_of(binary, stage, halves, work_dir, profile, a.repeat)
            results[stage + "-jobs2"] = r
            print(fmt_row(r, docs, mb, floor_cpu), flush=True)

        # Derived per-stage costs (CPU seconds) and verdicts.
        derived = {}
        cpu = {k: v["cpu"] for k, v in results.items()}
        if "floor" in cpu and "text" in cpu:
            derived["parse beyond floor (text - floor)"] = cpu["text"] - cpu["floor"]
        if "text" in cpu and "blocks" in cpu:
            derived["block JSON via JSONEncoder (blocks - text)"] = cpu["blocks"] - cpu["text"]
        if "text" in cpu and "convert" in cpu:
            derived["segment + emit + hash + write (convert - text)"] = cpu["convert"] - cpu["text"]
        if derived:
            print("\nper-stage CPU by difference:")
            for k, v in derived.items():
                print("  %-48s %7.2f s  (%5.1f%% of convert)" % (k, v, 100 * v / cpu["convert"] if cpu.get("convert") else 0))
        checks = {}
        if "floor" in cpu and "convert" in cpu:
            ratio = cpu["convert"] / cpu["floor"]
            checks["convert/floor CPU"] = {"value": ratio, "target": "<= %.1f" % TARGET_RATIO, "ok": ratio <= TARGET_RATIO}
        if profile == "large" and "convert" in results:
            rss = results["convert"]["rssMiB"]
            checks["peak RSS convert (MiB)"] = {"value": rss, "target": "< %d" % TARGET_RSS_MIB, "ok": rss < TARGET_RSS_MIB}
        if "convert" in results and "convert-jobs2" in results:
            scaling = results["convert"]["wall"] / results["convert-jobs2"]["wall"]
            checks["jobs-2 / jobs-1 throughput"] = {"value": scaling, "target": ">= %.1f" % TARGET_SCALING,
                                                    "ok": scaling >= TARGET_SCALING}
        if "floor" in results and "floor-jobs2" in results:
            checks["floor jobs-2 / jobs-1 (reference)"] = {
                "value": results["floor"]["wall"] / results["floor-jobs2"]["wall"], "target": "-", "ok": None}
        if checks:
            print("\nissue-6 targets:")
            for k, c in checks.items():
                verdict = "" if c["ok"] is None else ("MET" if c["ok"] else "NOT MET")
                print("  %-36s %8.2f  target %-6s %s" % (k, c["value"], c["target"], verdict))
                verdicts.append((profile, k, c))
        report["profiles"][profile] = {"folder": folder, "documents": docs, "documentXmlMB": mb,
                                       "results": results, "derivedCpu": derived, "checks": checks}
    if a.json:
        with open(a.json, "w") as f:
            json.dump(report, f, indent=1, sort_keys=True)
            f.write("\n")
        log("figures written to " + a.json)


if __name__ == "__main__":
    main()
