#!/usr/bin/env python3
"""Throughput benchmark of tkingest (issue 6): the floor pass against the stages and the full convert.

    python3 scripts/bench/run.py                      # both profiles, full corpora (~2-3 min when idle)
    python3 scripts/bench/run.py --count 100          # quicker: the first 100 small docs (large: min(N, 10))
    python3 scripts/bench/run.py --profiles large --no-build --repeat 3 --wait-idle 60 --json out.json
    python3 scripts/bench/run.py --build-dir .build-mine --count 50   # own build folder (or TKINGEST_BENCH_BUILD)

What it does:
1. Generates the corpora with ../shared/bench/make_corpus.py under --corpus-dir (default
   /tmp/bench) when missing: `small` (1000 docs) and `large` (10 docs, 5-10 MB document.xml).
   --count N uses the first N files (make_corpus.py guarantees a prefix subset is the same files),
   taken from the full corpus if present, else generated in <corpus-dir>/<profile>-<N>.
2. Builds the release binary into --build-dir (default .build-bench, or $TKINGEST_BENCH_BUILD;
   --no-build to reuse it).
3. For each profile, runs each stage as ONE process over all files, one worker:
     unzip    `tkingest floor --inflate-only`  open the package + inflate the main part, bytes discarded
     floor    `tkingest floor`            inflate the main part + libxml2 SAX2 text pass (the floor)
     floor-all `tkingest floor --all-parts` the same pass over every XML part convert reads (styles,
              numbering, notes, relationships, core properties, main part): a reference, not the target
     convert  `tkingest convert -o DIR --jobs 1 --timings T`  all four stages, contract JSON written,
              with the thread CPU of each stage (read, segment, emit, hash, write) summed over documents
     paired   `tkingest floor --paired-convert DIR --timings T`  the floor pass, the floor pass over all
              parts and the full convert in turns, document by document, in one process, each timed
              in thread CPU: the ratio this
              VM's drifting speed (up to 1.5x within seconds) cannot skew, per round and per block of
              50 documents
     blocks   `tkingest blocks -o DIR`    (optional, --stages ...,blocks) unzip + parse all parts into the
              block model + its JSON (JSONEncoder)
     text     `tkingest text > /dev/null` (optional, --stages ...,text) unzip + parse + PlainTextRenderer;
              NOT a parse-only proxy: the renderer itself is slower than parsing on documents with many notes
   each under /usr/bin/time -v (wall, user+sys CPU, peak RSS); then `convert --jobs 2` as one
   process (the 2-worker scaling: its wall against the --jobs 1 run's), and `floor` as 2
   processes in parallel over two halves of the file list (balanced by size), a reference for
   how far this machine scales at all (--parallel-stages).
   --repeat N runs N rounds of all that: the table keeps each stage's best round, the ratios
   (convert/floor CPU, jobs-1/jobs-2 wall) are taken within a round and the median is reported.
4. Prints docs/s, MB/s (MB = 10^6 bytes of uncompressed word/document.xml, from manifest.json),
   CPU seconds, peak RSS, CPU ratio to the floor, the per-stage table and the issue-6 targets;
   --json FILE saves all figures.

The per-stage table is thread CPU time (`--timings` of the best convert round and of the best
unzip round, process start-up excluded): unzip; parse = read - unzip (also reading the input
file and inflating the styles, numbering, notes and properties parts); segment; emit + hash +
write. What convert's process CPU has beyond the sum of its stages is start-up, argument
parsing and freeing each document's model. Instruction counts per function come from the
callgrind profile (scripts/bench/profile.sh).

The machine is shared: --wait-idle S waits (up to S seconds) before each measurement until
the CPUs are >= 90% idle, and every table prints the load seen, since the 2-process scaling
is meaningless while another job uses a core.
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
DEFAULT_BUILD = os.environ.get("TKINGEST_BENCH_BUILD") or ".build-bench"
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
    """The corpus files and their document.xml sizes. --count N is a prefix subset (make_corpus.py
    guarantees the first N files are the same), so an existing full corpus is reused."""
    full = os.path.join(corpus_dir, profile)
    folder = full
    if count is not None and not os.path.exists(os.path.join(full, "manifest.json")):
        folder = os.path.join(corpus_dir, "%s-%d" % (profile, count))
    manifest = os.path.join(folder, "manifest.json")
    if not os.path.exists(manifest):
        cmd = [sys.executable, MAKE_CORPUS, "--profile", profile] + \
              (["--count", str(count)] if count is not None else []) + [folder]
        log("generating corpus: " + " ".join(cmd))
        subprocess.run(cmd, check=True)
    with open(manifest) as f:
        entries = json.load(f)["files"]
    entries = sorted(entries, key=lambda e: e["file"])
    if count is not None:
        entries = entries[:count]
    files = [os.path.join(folder, e["file"]) for e in entries]
    sizes = {os.path.join(folder, e["file"]): e["documentXmlBytes"] for e in entries}
    return folder, files, sizes


def build(skip, build_dir):
    scratch = os.path.join(ROOT, build_dir)
    binary = os.path.join(scratch, "release", "tkingest")
    if not skip:
        log("building release into " + build_dir)
        subprocess.run(["swift", "build", "-c", "release", "--product", "tkingest", "--scratch-path", scratch],
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


def stage_command(binary, stage, files, out_dir, timings, jobs=1):
    """The command of a stage; the stages that can time themselves write `timings` (JSON)."""
    if stage == "unzip":
        return [binary, "floor", "--inflate-only"] + files + ["--timings", timings]
    if stage == "floor":
        return [binary, "floor"] + files + ["--timings", timings]
    if stage == "floor-all":
        return [binary, "floor", "--all-parts"] + files + ["--timings", timings]
    if stage == "text":
        return [binary, "text"] + files
    if stage == "blocks":
        return [binary, "blocks"] + files + ["-o", out_dir]
    if stage == "convert":
        return [binary, "convert"] + files + ["-o", out_dir, "--jobs", str(jobs), "--timings", timings]
    if stage == "paired":
        return [binary, "floor", "--paired-convert", out_dir] + files + ["--timings", timings]
    raise ValueError(stage)


def add_timings(a, b):
    """Two timings files' stages added up (for 2 processes over halves)."""
    if a is None:
        return b
    stages = {name: {k: v + b["stages"].get(name, {}).get(k, 0) for k, v in t.items()} for name, t in a["stages"].items()}
    return dict(a, stages=stages, documents=a["documents"] + b["documents"], failed=a["failed"] + b["failed"])


RUN_COUNTER = [0]
OUTPUT_DIRS = []


def remove_outputs(work_dir):
    """Deletes the output folders of every run (and of earlier, interrupted benchmarks)."""
    for name in os.listdir(work_dir):
        if name.startswith("out-"):
            shutil.rmtree(os.path.join(work_dir, name), ignore_errors=True)


def run_processes(binary, stage, file_lists, work_dir, tag, jobs=1):
    """Starts one process per file list at once (each with `jobs` workers); returns wall (first
    start to last end), summed CPU, max RSS and the summed per-stage timings when the stage has them."""
    procs = []
    label = stage if jobs == 1 else "%s-jobs%d" % (stage, jobs)
    for index, files in enumerate(file_lists):
        # A new folder per run, deleted only when the benchmark ends (remove_outputs): on a
        # file system without a journal (this VM's ext4) creating files right after deleting
        # many makes the inode allocator skip the recently freed inodes, one by one, which
        # cost convert up to 1 ms of system time per output file in earlier runs.
        RUN_COUNTER[0] += 1
        out_dir = os.path.join(work_dir, "out-%s-%s-%d-run%d" % (tag, label, index, RUN_COUNTER[0]))
        OUTPUT_DIRS.append(out_dir)
        os.makedirs(out_dir)
        timings = os.path.join(work_dir, "timings-%s-%s-%d.json" % (tag, label, index))
        if os.path.exists(timings):
            os.remove(timings)
        cmd = stage_command(binary, stage, files, out_dir, timings, jobs)
        tfile = os.path.join(work_dir, "time-%s-%s-%d.txt" % (tag, label, index))
        procs.append((subprocess.Popen([TIME, "-v", "-o", tfile] + cmd, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE), tfile, out_dir, timings))
    start = time.monotonic()
    stderr_lines = []
    for proc, _, _, _ in procs:
        _, err = proc.communicate()
        stderr_lines += err.decode(errors="replace").splitlines()
    wall = time.monotonic() - start
    results = [parse_time_v(tfile) for _, tfile, _, _ in procs]
    outputs = 0
    stage_timings = None
    for _, _, out_dir, timings in procs:
        outputs += len(os.listdir(out_dir))
        if os.path.exists(timings):
            with open(timings) as f:
                stage_timings = add_timings(stage_timings, json.load(f))
    failures = [line for line in stderr_lines if line.strip()]
    return {"stage": stage, "processes": len(file_lists), "jobs": jobs, "wall": wall,
            "cpu": sum(r["user"] + r["sys"] for r in results),
            "user": sum(r["user"] for r in results), "sys": sum(r["sys"] for r in results),
            "rssMiB": max(r["rssKiB"] for r in results) / 1024.0,
            "exit": max(r["exit"] for r in results), "outputs": outputs, "stderr": failures[:5],
            "timings": stage_timings}


def one_run(binary, stage, file_lists, work_dir, tag, idle_wait, jobs=1):
    idle = wait_idle(idle_wait) if idle_wait > 0 else cpu_idle_fraction(0.5)
    r = run_processes(binary, stage, file_lists, work_dir, tag, jobs)
    r["idleBefore"] = idle
    return r


def best(runs):
    """The run with the lowest CPU (1 process, 1 worker) or wall (2 processes or workers), with all runs attached."""
    chosen = dict(min(runs, key=lambda r: r["cpu"] if r["processes"] == 1 and r["jobs"] == 1 else r["wall"]))
    chosen["runs"] = [{"wall": r["wall"], "cpu": r["cpu"], "rssMiB": r["rssMiB"], "idleBefore": r["idleBefore"]}
                      for r in runs]
    return chosen


def measure_all(binary, stages, parallel, jobs2, files, halves, work_dir, tag, repeat, idle_wait):
    """`repeat` rounds; each round runs every stage once as one process over all files, then
    convert with --jobs 2 in one process (when `jobs2`) and, for the stages in `parallel`, 2
    processes at once over the halves. Rounds are the outer loop so that the ratios (convert /
    floor, jobs-1 / jobs-2) can be taken within one round, on the same machine state: this VM's
    speed drifts by up to 1.5x within minutes.
    Returns {stage: [run per round]}, with "convert-jobs2" and "<stage>-procs2"."""
    runs = {}
    for round_index in range(repeat):
        for stage in stages:
            log("%s round %d/%d: %s, 1 process" % (tag, round_index + 1, repeat, stage))
            runs.setdefault(stage, []).append(one_run(binary, stage, [files], work_dir, tag, idle_wait))
            if stage == "convert" and jobs2:
                log("%s round %d/%d: convert --jobs 2, 1 process" % (tag, round_index + 1, repeat))
                runs.setdefault("convert-jobs2", []).append(one_run(binary, stage, [files], work_dir, tag, idle_wait, jobs=2))
            if stage in parallel:
                log("%s round %d/%d: %s, 2 processes" % (tag, round_index + 1, repeat, stage))
                runs.setdefault(stage + "-procs2", []).append(one_run(binary, stage, halves, work_dir, tag, idle_wait))
    return runs


def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def cpu_idle_fraction(interval=1.0):
    def sample():
        fields = [int(x) for x in open("/proc/stat").readline().split()[1:]]
        return fields[3] + fields[4], sum(fields)
    idle0, total0 = sample()
    time.sleep(interval)
    idle1, total1 = sample()
    return (idle1 - idle0) / max(1, total1 - total0)


def wait_idle(max_seconds):
    """Waits until the machine is >= 90% idle, for at most max_seconds; returns the last idle fraction."""
    deadline = time.monotonic() + max_seconds
    idle = cpu_idle_fraction()
    while idle < 0.9 and time.monotonic() < deadline:
        idle = cpu_idle_fraction(2.0)
    return idle


def loadavg():
    try:
        return float(open("/proc/loadavg").read().split()[0])
    except OSError:
        return None


def fmt_row(r, docs, mb, floor_cpu):
    ratio = r["cpu"] / floor_cpu if floor_cpu else float("nan")
    label = r["stage"] + (" x%dp" % r["processes"] if r["processes"] > 1 else "") + (" j%d" % r["jobs"] if r["jobs"] > 1 else "")
    return ("| %-10s | %7.2f | %7.2f | %8.1f | %7.1f | %10.1f | %8.1f | %7.1f | %8.2f× | %4.0f%% |"
            % (label, r["wall"], r["cpu"], docs / r["wall"], mb / r["wall"], docs / r["cpu"], mb / r["cpu"],
               r["rssMiB"], ratio, 100 * r["idleBefore"]))


def stage_cpu(result, stage):
    """Thread CPU seconds of `stage` in a run's --timings, or None."""
    timings = (result or {}).get("timings") or {}
    return timings.get("stages", {}).get(stage, {}).get("cpuSeconds")


def per_stage_table(results, docs, mb):
    """Prints the per-stage thread CPU (unzip, parse, segment, emit) next to floor and convert;
    returns the figures."""
    convert = results.get("convert")
    read = stage_cpu(convert, "read")
    if read is None:
        return {}
    unzip = stage_cpu(results.get("unzip"), "unzip")
    emit = sum(stage_cpu(convert, s) or 0 for s in ("emit", "hash", "write"))
    rows = []
    if unzip is not None:
        rows.append(("unzip", unzip, "floor --inflate-only: open the package, inflate the main part"))
        rows.append(("parse (read - unzip)", read - unzip, "rest of read: file, other parts, SAX2, block model"))
    else:
        rows.append(("read (unzip + parse)", read, "file, unzip, SAX2, block model"))
    rows.append(("segment", stage_cpu(convert, "segment") or 0, "blocks -> sections, items, replies"))
    rows.append(("emit (+hash +write)", emit, "emit %.2f + hash %.2f + write %.2f" % tuple(
        stage_cpu(convert, s) or 0 for s in ("emit", "hash", "write"))))
    stages_sum = read + (stage_cpu(convert, "segment") or 0) + emit
    rows.append(("convert: sum of stages", stages_sum, "thread CPU, --jobs 1"))
    rows.append(("convert: process CPU", convert["cpu"], "user + sys; beyond the stages: start-up, freeing models"))
    floor = results.get("floor")
    if floor is not None:
        if stage_cpu(floor, "floor") is not None:
            rows.append(("floor: SAX2 pass", stage_cpu(floor, "floor"), "thread CPU of the floor pass"))
        rows.append(("floor: process CPU", floor["cpu"], "user + sys"))
    print("\nper-stage CPU (thread CPU seconds summed over documents, from --timings; best rounds):")
    print("| stage                  | CPU s   | of stages | docs/CPU-s | MB/CPU-s | what |")
    print("|------------------------|---------|-----------|------------|----------|------|")
    for name, value, what in rows:
        print("| %-22s | %7.2f | %8.1f%% | %10.1f | %8.1f | %s |" % (
            name, value, 100 * value / stages_sum if stages_sum else 0,
            docs / value if value > 0 else float("nan"), mb / value if value > 0 else float("nan"), what))
    return {name: value for name, value, _ in rows}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=None,
                    help="use the first N documents of each profile (large: min(N, 10)); default all")
    ap.add_argument("--profiles", default="small,large", help="comma-separated: small,large")
    ap.add_argument("--stages", default="unzip,floor,floor-all,convert,paired",
                    help="comma-separated stages (unzip,floor,floor-all,convert,paired,blocks,text)")
    ap.add_argument("--parallel-stages", default="floor",
                    help="stages also run as 2 processes in parallel over the halves ('' = none)")
    ap.add_argument("--no-jobs2", action="store_true",
                    help="skip `convert --jobs 2` (the 2-worker scaling against --jobs 1)")
    ap.add_argument("--corpus-dir", default="/tmp/bench")
    ap.add_argument("--work-dir", default=None, help="scratch folder for outputs and time files (default CORPUS-DIR/work)")
    ap.add_argument("--repeat", type=int, default=1, help="rounds of all stages; tables keep the lowest CPU (wall for --jobs 2 and 2 processes), ratios the median over rounds")
    ap.add_argument("--build-dir", default=DEFAULT_BUILD,
                    help="scratch folder of the release build, relative to the repository "
                         "(default $TKINGEST_BENCH_BUILD, else .build-bench)")
    ap.add_argument("--no-build", action="store_true", help="reuse BUILD-DIR/release/tkingest")
    ap.add_argument("--wait-idle", type=float, default=0, metavar="S",
                    help="before each measurement wait up to S seconds for >= 90%% idle CPUs")
    ap.add_argument("--json", default=None, help="write all figures to this JSON file")
    a = ap.parse_args(argv)

    ensure_time()
    binary = build(a.no_build, a.build_dir)
    work_dir = a.work_dir or os.path.join(a.corpus_dir, "work")
    os.makedirs(work_dir, exist_ok=True)

    git = lambda *args: subprocess.run(["git"] + list(args), cwd=ROOT, capture_output=True, text=True).stdout.strip()
    meta = {"date": datetime.date.today().isoformat(), "host": platform.node(), "nproc": os.cpu_count(),
            "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?"),
            "commit": git("rev-parse", "--short", "HEAD"),
            "dirtySources": len([l for l in git("status", "--porcelain", "--", "Sources", "Package.swift").splitlines() if l]),
            "binary": binary,
            "binaryBuilt": datetime.datetime.fromtimestamp(os.path.getmtime(binary)).isoformat(timespec="seconds")}
    print("# tkingest benchmark %s · %s · %d cores · tree at commit %s%s · binary built %s" % (
        meta["date"], meta["cpu"], meta["nproc"], meta["commit"],
        " (+%d uncommitted files in Sources)" % meta["dirtySources"] if meta["dirtySources"] else "",
        meta["binaryBuilt"]))

    report = {"meta": meta, "profiles": {}}
    verdicts = []
    for profile in [p for p in a.profiles.split(",") if p]:
        count = None if a.count is None else (min(a.count, 10) if profile == "large" else a.count)
        folder, files, sizes = ensure_corpus(a.corpus_dir, profile, count)
        docs = len(files)
        mb = sum(sizes.values()) / 1e6
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
        print("| stage      | wall s  | CPU s   | docs/s   | MB/s    | docs/CPU-s | MB/CPU-s | RSS MiB | CPU/floor | idle |")
        print("|------------|---------|---------|----------|---------|------------|----------|---------|-----------|------|")
        stages = [s for s in a.stages.split(",") if s]
        parallel = [s for s in a.parallel_stages.split(",") if s] if docs >= 2 else []
        jobs2 = not a.no_jobs2 and "convert" in stages and docs >= 2
        runs = measure_all(binary, stages, parallel, jobs2, files, halves, work_dir, profile, a.repeat, a.wait_idle)
        results = {key: best(value) for key, value in runs.items()}
        floor_cpu = results["floor"]["cpu"] if "floor" in results else None
        table_keys = [s for s in stages if s != "paired"]
        for key in table_keys + (["convert-jobs2"] if jobs2 else []) + [s + "-procs2" for s in stages if s in parallel]:
            r = results[key]
            print(fmt_row(r, docs, mb, floor_cpu), flush=True)
            if r["exit"] != 0 or r["stderr"]:
                print("  (exit %d; stderr: %s)" % (r["exit"], "; ".join(r["stderr"])))
        spread = ["%s %.2f–%.2f" % (k, min(x["cpu"] for x in v), max(x["cpu"] for x in v)) for k, v in runs.items()]
        print("\nCPU s, lowest–highest of %d rounds: %s" % (a.repeat, "; ".join(spread)))
        # Ratios within a round, then the median over rounds.
        round_ratios = {}
        if "floor" in runs and "convert" in runs:
            round_ratios["convert/floor CPU"] = [c["cpu"] / f["cpu"] for c, f in zip(runs["convert"], runs["floor"])]
        if "floor-all" in runs and "convert" in runs:
            round_ratios["convert/floor-all CPU"] = [c["cpu"] / f["cpu"] for c, f in zip(runs["convert"], runs["floor-all"])]
        if "floor" in runs and "blocks" in runs:
            round_ratios["blocks/floor CPU"] = [c["cpu"] / f["cpu"] for c, f in zip(runs["blocks"], runs["floor"])]
        if jobs2:
            round_ratios["convert jobs-2/jobs-1"] = [
                one["wall"] / two["wall"] for one, two in zip(runs["convert"], runs["convert-jobs2"])]
        for stage in parallel:
            if stage in runs:
                round_ratios["%s 2-processes/1" % stage] = [
                    one["wall"] / two["wall"] for one, two in zip(runs[stage], runs[stage + "-procs2"])]

        derived = per_stage_table(results, docs, mb)
        checks = {}
        if "paired" in runs:
            # Per round: the ratio of the summed thread CPU of both passes, taken in turns per document.
            paired = [r["timings"] for r in runs["paired"] if r.get("timings")]
            if paired:
                ratios = [t["ratio"] for t in paired]
                blocks = sorted(b for t in paired for b in t["blockRatios"])
                print("\npaired (floor --paired-convert: floor, floor over all parts and convert in turns per document, thread CPU):")
                for index, t in enumerate(paired):
                    st = t["stages"]
                    print("  round %d: floor %.2f s, floor-all %.2f s, convert %.2f s, convert/floor %.3f× (blocks of %d: "
                          "%.2f–%.2f×), floor-all/floor %.3f×; convert's stages: %s" % (
                              index + 1, st["floor"]["cpuSeconds"], st["floor-all"]["cpuSeconds"], st["convert"]["cpuSeconds"],
                              t["ratio"], t["blockSize"], min(t["blockRatios"]), max(t["blockRatios"]),
                              st["floor-all"]["cpuSeconds"] / st["floor"]["cpuSeconds"],
                              ", ".join("%s %.2f" % (k, st[k]["cpuSeconds"]) for k in ("read", "segment", "emit", "hash", "write"))))
                checks["convert/floor thread CPU, paired"] = {
                    "value": median(ratios), "target": "<= %.1f" % TARGET_RATIO, "ok": median(ratios) <= TARGET_RATIO,
                    "pairs": ratios, "blockRange": [blocks[0], blocks[-1]] if blocks else None}
        if "convert/floor CPU" in round_ratios:
            ratios = round_ratios["convert/floor CPU"]
            checks["convert/floor CPU"] = {"value": median(ratios), "target": "<= %.1f" % TARGET_RATIO,
                                           "ok": median(ratios) <= TARGET_RATIO, "pairs": ratios}
        if "convert/floor-all CPU" in round_ratios:
            ratios = round_ratios["convert/floor-all CPU"]
            checks["convert/floor-all CPU (reference)"] = {"value": median(ratios), "target": "-", "ok": None, "pairs": ratios}
        if "blocks/floor CPU" in round_ratios:
            ratios = round_ratios["blocks/floor CPU"]
            checks["blocks/floor CPU (reference)"] = {"value": median(ratios), "target": "-", "ok": None, "pairs": ratios}
        if profile == "large" and "convert" in results:
            rss = results["convert"]["rssMiB"]
            checks["peak RSS convert (MiB)"] = {"value": rss, "target": "< %d" % TARGET_RSS_MIB, "ok": rss < TARGET_RSS_MIB}
        if "convert jobs-2/jobs-1" in round_ratios:
            ratios = round_ratios["convert jobs-2/jobs-1"]
            checks["convert --jobs 2 / --jobs 1 throughput"] = {
                "value": median(ratios), "target": ">= %.1f" % TARGET_SCALING,
                "ok": median(ratios) >= TARGET_SCALING, "pairs": ratios}
        for stage in parallel:
            key = "%s 2-processes/1" % stage
            if key in round_ratios:
                ratios = round_ratios[key]
                checks["%s 2 processes / 1 (reference)" % stage] = {"value": median(ratios), "target": "-", "ok": None,
                                                                    "pairs": ratios}
        if checks:
            print("\nissue-6 targets:")
            for k, c in checks.items():
                verdict = "" if c["ok"] is None else ("MET" if c["ok"] else "NOT MET")
                pairs = ("  (median of rounds: %s)" % ", ".join("%.2f" % x for x in c["pairs"])) if "pairs" in c else ""
                print("  %-40s %8.2f  target %-6s %-7s%s" % (k, c["value"], c["target"], verdict, pairs))
                verdicts.append((profile, k, c))
        report["profiles"][profile] = {"folder": folder, "documents": docs, "documentXmlMB": mb,
                                       "results": results, "stageCpu": derived, "checks": checks}
    remove_outputs(work_dir)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(report, f, indent=1, sort_keys=True)
            f.write("\n")
        log("figures written to " + a.json)


if __name__ == "__main__":
    main()
