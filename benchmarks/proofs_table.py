#!/usr/bin/env python3
"""Proofs side by side: rotaplan and HiGHS on the same instances, same machine, same minute.

    python3 benchmarks/proofs_table.py run --rotaplan BIN --limits 30,120,600 \\
        --problems exchange,walking --tsv OUT.tsv FILE...
    python3 benchmarks/proofs_table.py table OUT.tsv --command CMD --machine TEXT > OUT.md

`run`: for every FILE and problem, rotaplan exports its plain model (`--formulation plain
--write-mps`, a 1 s solve that is thrown away), then rotaplan (its default formulation and
options, `--progress json`) and HiGHS (one thread, `external_solvers.py --timeline`, on
that MPS) solve it together, one process per core (`taskset` when there are two cores),
each once, up to the largest limit (whose figures are each solver's final answer). The
figures at each smaller limit are read off each solver's timeline: rotaplan's progress events (incumbent, bound, seconds since the
command started), HiGHS's MIP callbacks (objective, dual bound, seconds since it began
reading the file). A solver that ended before a limit shows its final result there.
Every rotaplan plan is checked with `rotaplan check`.

Raw TSV, one row per instance, problem, solver and limit (`checkpoint`):
    instance problem solver checkpoint status objective bound gap proof_seconds check
status: optimal (proven by then), feasible (a plan, not proven), no-plan, infeasible (one
row, checkpoint `-`, proof_seconds = the time to prove it), or the solver's own word
(read-error, unavailable, …). gap = |objective − bound| / |objective|. proof_seconds: the
time to proof in this run (end to end for rotaplan: load, build, solve, check, write; from
reading the MPS for HiGHS), `-` when not proven within the largest limit. check: the
checker's verdict on rotaplan's final plan (accepted / rejected), `-` for HiGHS.

What rotaplan's events cannot say (benchmarks/README.md, "Proofs"): they carry no part
index and there is no final event (the final figures come from the solution file), so
(a) before every independent part has been reached the incumbent and bound are those of
the parts solved so far, the others counted as 0 (the bound stays a valid lower bound,
every part's objective being ≥ 0; the plan is not a whole plan: status `partial`, seen as
an incumbent below the final objective), and (b) a walking part solved without GLPK (the
neighbourhood search on city-size parts) and the neighbourhood polish after GLPK report
nothing, so what they find shows only in the final result.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["instance", "problem", "solver", "checkpoint", "status", "objective", "bound", "gap", "proof_seconds", "check"]


def gap_of(objective, bound):
    if objective is None or bound is None:
        return None
    return abs(objective - bound) / max(1e-10, abs(objective))


def rotaplan_timeline(stderr_text):
    """(seconds, incumbent, bound) of every JSON progress line of `--progress json`."""
    events = []
    for line in stderr_text.splitlines():
        if not line.startswith("{"):
            continue
        try:
            e = json.loads(line)
        except ValueError:
            continue
        if e.get("event") in ("progress", "end", "tick"):
            events.append((float(e["seconds"]), e.get("incumbent"), e.get("bound")))
    return events


def at(events, t):
    """The last event at or before t, or None."""
    best = None
    for e in events:
        if e[0] <= t + 1e-9:
            best = e
        else:
            break
    return best


def rotaplan_rows(name, problem, limits, sol, wall, events, check):
    status = sol.get("status", "no-solution")
    if status == "noSolution":
        status = "no-plan"
    proof = wall if status in ("optimal", "infeasible") else None
    if status == "infeasible":
        return [[name, problem, "rotaplan", "-", "infeasible", None, None, None, proof, check]]
    rows = []
    final = sol.get("objective")
    for L in limits:
        # The largest limit is the run's own --time-limit: its figures are the final plan's,
        # even when the run ends a little after it (checking and writing).
        if wall <= L + 1e-9 or L == max(limits):
            obj, bound = sol.get("objective"), sol.get("bound")
            if status == "optimal" and bound is None:
                bound = obj
            rows.append([name, problem, "rotaplan", L, status, obj, bound, gap_of(obj, bound) if status != "optimal" else 0.0,
                         proof, check])
            continue
        e = at(events, L)
        if e is None or e[1] is None:
            rows.append([name, problem, "rotaplan", L, "no-plan", None, e[2] if e else None, None, proof, check])
            continue
        # Below the final plan's objective: the sum over the parts reached so far only (every
        # part's objective is ≥ 0 in exchange and walking, so a whole plan is never below it).
        st = "partial" if final is not None and e[1] < final - 1e-9 * max(1.0, abs(final)) else "feasible"
        rows.append([name, problem, "rotaplan", L, st, e[1], e[2], gap_of(e[1], e[2]), proof, check])
    return rows


def highs_rows(name, problem, limits, h):
    status = h["status"]
    proof = h["seconds"] if status in ("optimal", "infeasible") else None
    if status in ("infeasible", "read-error", "unavailable"):
        return [[name, problem, "highs", "-", status, None, None, None, proof, "-"]]
    rows = []
    for L in limits:
        if h["seconds"] <= L + 1e-9 or L == max(limits):
            obj, bound = h["objective"], h["bound"]
            st = "optimal" if status == "optimal" else ("feasible" if obj is not None else "no-plan")
            rows.append([name, problem, "highs", L, st, obj, bound, 0.0 if st == "optimal" else gap_of(obj, bound), proof, "-"])
            continue
        e = at(h["events"], L)
        obj, bound = (e[1], e[2]) if e else (None, None)
        rows.append([name, problem, "highs", L, "feasible" if obj is not None else "no-plan", obj, bound,
                     gap_of(obj, bound), proof, "-"])
    return rows


def pinned(cpu, args):
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        return ["taskset", "-c", str(cpu)] + args
    return args


def solve_one(rotaplan, path, problem, limits, scratch, install):
    name = os.path.splitext(os.path.basename(path))[0]
    top = max(limits)
    mps = os.path.join(scratch, f"{name}.{problem}.mps")
    # The plain model, exported before rotaplan's 1 s throw-away solve.
    subprocess.run([rotaplan, problem, path, "--formulation", "plain", "--write-mps", mps, "--time-limit", "1",
                    "-o", os.path.join(scratch, "export.json"), "--force", "--quiet"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(scratch, f"{name}.{problem}.json")
    err_path = os.path.join(scratch, f"{name}.{problem}.progress")
    highs_path = os.path.join(scratch, f"{name}.{problem}.highs.json")
    with open(err_path, "w") as err, open(highs_path, "w") as hout:
        t0 = time.perf_counter()
        r = subprocess.Popen(pinned(0, [rotaplan, problem, path, "-o", out, "--time-limit", str(top), "--progress", "json",
                                        "--force", "--quiet"]), stdout=subprocess.DEVNULL, stderr=err)
        h = None
        if os.path.exists(mps):
            h = subprocess.Popen(pinned(1, [sys.executable, os.path.join(HERE, "external_solvers.py"), "--timeline",
                                            "--time-limit", str(top)] + (["--install"] if install else []) + [mps]),
                                 stdout=hout, stderr=subprocess.DEVNULL)
        r.wait()
        wall = time.perf_counter() - t0
        if h:
            h.wait()
    sol = {}
    if os.path.exists(out):
        with open(out) as f:
            sol = json.load(f)
    check = "-"
    if sol.get("objective") is not None:
        c = subprocess.run([rotaplan, "check", path, out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        check = "accepted" if c.returncode == 0 else "rejected"
    with open(err_path) as f:
        events = rotaplan_timeline(f.read())
    rows = rotaplan_rows(name, problem, limits, sol, wall, events, check)
    hres = None
    if os.path.exists(highs_path) and os.path.getsize(highs_path) > 0:
        with open(highs_path) as f:
            hres = json.loads(f.read().strip().splitlines()[-1])
    if hres is None:
        hres = {"status": "no-export" if not os.path.exists(mps) else "unavailable", "objective": None, "bound": None,
                "seconds": None, "events": []}
    rows += highs_rows(name, problem, limits, hres)
    for p in (mps, err_path, highs_path):
        if os.path.exists(p):
            os.remove(p)
    return rows


def cell(v, digits=6):
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{v:.0f}"
    return str(v)


def write_row(f, row):
    out = []
    for k, v in zip(COLUMNS, row):
        if v is None:
            out.append("-")
        elif k in ("objective", "bound"):
            out.append(f"{v:.6f}")
        elif k == "gap":
            out.append(f"{v:.6g}")
        elif k == "proof_seconds":
            out.append(f"{v:.2f}")
        else:
            out.append(str(v))
    f.write("\t".join(out) + "\n")
    f.flush()


def cmd_run(a):
    limits = sorted(int(x) if float(x).is_integer() else float(x) for x in a.limits.split(","))
    problems = a.problems.split(",")
    runs = [(p, q) for p in a.files for q in problems]
    top = max(limits)
    total = len(runs) * (top + 5)
    wall = f"{total:.0f} s" if total < 120 else f"{total / 60:.0f} min" if total < 7200 else f"{total / 3600:.1f} h"
    print(f"{len(runs)} runs (files × problems), each at most {top} s plus its export and check: "
          f"at most about {wall} of wall time "
          f"(less where a solver proves or finds infeasibility sooner)", file=sys.stderr, flush=True)
    scratch = tempfile.mkdtemp(prefix="proofs-")
    try:
        with open(a.tsv, "w") as f:
            f.write("\t".join(COLUMNS) + "\n")
            for k, (path, problem) in enumerate(runs):
                print(f"[{k + 1}/{len(runs)}] {problem} {os.path.basename(path)}", file=sys.stderr, flush=True)
                for row in solve_one(a.rotaplan, path, problem, limits, scratch, a.install):
                    write_row(f, row)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def read_tsv(path):
    with open(path) as f:
        lines = f.read().splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:] if l]


def num(s):
    return None if s in ("-", "", None) else float(s)


def fig(v, digits=2):
    return "-" if v is None else f"{v:,.{digits}f}"


def pct(g):
    if g is None:
        return "no bound"
    p = g * 100
    return f"{p:.2f}%" if p == 0 or p >= 0.01 else f"{p:.2g}%"


def at_cell(r):
    """`objective / bound (gap)` of one checkpoint row."""
    if r is None:
        return "-"
    st, obj, bound, gap = r["status"], num(r["objective"]), num(r["bound"]), num(r["gap"])
    if st == "optimal":
        return f"**{fig(obj)}** (optimal)"
    if obj is None:
        return f"no plan, bound {fig(bound)}" if bound is not None else "no plan"
    if st == "partial":
        # Only the parts reached so far: no gap of the whole plan (the bound stays valid).
        return f"parts so far: {fig(obj)} / {fig(bound)}" if bound is not None else f"parts so far: {fig(obj)}"
    return f"{fig(obj)} / {fig(bound)} ({pct(gap)})" if bound is not None else f"{fig(obj)} (no bound)"


def proof_cell(rows):
    p = num(rows[0]["proof_seconds"]) if rows else None
    if not rows:
        return "-", None
    if rows[0]["status"] == "infeasible":
        return f"{fig(p)} (infeasible)", p
    return ("-" if p is None else fig(p)), p


def ratio(r, h, top):
    if r is not None and h is not None:
        return f"{r / max(h, 0.01):.2f}"
    if r is not None and h is None:
        return f"< {r / top:.2f}" if top else "-"
    if r is None and h is not None:
        return f"> {top / max(h, 0.01):.2f}"
    return "-"


def cmd_table(a):
    rows = read_tsv(a.tsv)
    limits = []
    for r in rows:
        if r["checkpoint"] != "-":
            c = num(r["checkpoint"])
            if c not in limits:
                limits.append(c)
    limits.sort()
    top = max(limits) if limits else None
    keys = []
    for r in rows:
        k = (r["instance"], r["problem"])
        if k not in keys:
            keys.append(k)
    out = []
    if a.command:
        out.append(f"Command: `{a.command}`  ")
    if a.machine:
        out.append(f"Machine: {a.machine}")
    if out:
        out.append("")
    lim = ", ".join(f"{c:g} s" for c in limits)
    head = ["instance", "problem", "rotaplan proof s", "HiGHS proof s", "ratio"]
    for c in limits:
        head += [f"rotaplan at {c:g} s", f"HiGHS at {c:g} s"]
    head.append("check")
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "---|" * len(head))
    for inst, prob in keys:
        mine = [r for r in rows if r["instance"] == inst and r["problem"] == prob and r["solver"] == "rotaplan"]
        theirs = [r for r in rows if r["instance"] == inst and r["problem"] == prob and r["solver"] == "highs"]
        rp, rs = proof_cell(mine)
        hp, hs = proof_cell(theirs)
        line = [inst, prob, rp, hp, ratio(rs, hs, top)]
        for c in limits:
            for group in (mine, theirs):
                r = next((x for x in group if x["checkpoint"] != "-" and num(x["checkpoint"]) == c), None)
                if r is None and group and group[0]["checkpoint"] == "-":
                    line.append(group[0]["status"])
                else:
                    line.append(at_cell(r))
        line.append(mine[0]["check"] if mine else "-")
        out.append("| " + " | ".join(line) + " |")
    out.append("")
    out.append(f"Limits {lim}, one run per solver up to {fig(top, 0)} s; cells: plan / bound (gap), **bold** when "
               "proven optimal; \"parts so far\": rotaplan had not yet reached every independent part (the figures "
               "are the sum over the parts reached, the bound still a valid bound of the whole). Ratio: rotaplan's time "
               "to proof over HiGHS's (< or > when one of them did not prove within the largest limit: the ratio is "
               "then at most or at least that); for infeasible files, of the times to prove infeasibility.")
    print("\n".join(out))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("files", nargs="+")
    r.add_argument("--rotaplan", required=True)
    r.add_argument("--limits", default="30,120,600")
    r.add_argument("--problems", default="exchange,walking")
    r.add_argument("--tsv", required=True)
    r.add_argument("--install", action="store_true")
    t = sub.add_parser("table")
    t.add_argument("tsv")
    t.add_argument("--command")
    t.add_argument("--machine")
    a = ap.parse_args()
    cmd_run(a) if a.cmd == "run" else cmd_table(a)


if __name__ == "__main__":
    main()
