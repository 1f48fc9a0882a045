#!/usr/bin/env python3
"""Solve exported LP/MPS files with HiGHS (highspy), CBC (coinor-cbc) and glpsol, one thread each.

Prints one TSV row per file and solver:
    file  solver  status  objective  seconds
so that rotaplan's own GLPK figures can be set beside them (benchmarks/README.md).

    python3 benchmarks/external_solvers.py [--install] [--time-limit S] [--solvers highs,cbc] FILE...
    python3 benchmarks/external_solvers.py --timeline [--time-limit S] FILE    # HiGHS over time, JSON

--install installs what is missing (`pip install highspy`, `apt-get install coinor-cbc`);
without it a missing solver is reported as `unavailable`. The tests never need these.

Adding a solver to the comparison: write `run_NAME(path, limit)` returning
(status, objective, seconds) with status one of optimal, time-limit, infeasible,
read-error, unavailable (objective None when there is no plan), add it to SOLVERS
below, and pass `--solvers highs,cbc,NAME`. `run_glpsol` is the smallest example: it
runs a command line and reads its output.

Notes measured on this machine (see benchmarks/README.md):
  * CBC 2.10 ignores the MPS OBJSENSE section ("Coin ignores"), so for a file that says
    OBJSENSE MAX this script passes -max; CBC reads maximisation from LP files itself.
  * CBC 2.10 stops reading MPS files whose names are longer than about 160 characters;
    rotaplan's exports cap names at 64.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time


def install(solvers):
    if "highs" in solvers:
        try:
            import highspy  # noqa: F401
        except ImportError:
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "highspy"], check=True)
    if "cbc" in solvers and shutil.which("cbc") is None:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "coinor-cbc"], check=True)


def is_max_mps(path):
    if not path.endswith(".mps"):
        return False
    with open(path, encoding="ascii", errors="replace") as f:
        head = f.read(4096)
    return re.search(r"^OBJSENSE\s*\n\s*MAX", head, re.M) is not None


def quiet_highs(highspy):
    """A Highs object with its output off, one thread (HiGHS prints a banner on standard
    output while it is constructed: kept out of the TSV)."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    try:
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    h.setOptionValue("threads", 1)
    return h


HIGHS_STATUS = {"Optimal": "optimal", "Time limit reached": "time-limit", "Infeasible": "infeasible"}


def run_highs(path, limit):
    status, obj, _bound, seconds, _events = run_highs_timeline(path, limit, record=False)
    return (status, obj, seconds)


def run_highs_timeline(path, limit, record=True, every=0.5):
    """HiGHS on `path` as run_highs, with its timeline when `record`: returns (status,
    objective, dual bound, seconds, events), each event (seconds, objective or None,
    dual bound or None) from highspy's callbacks: one at every improving MIP solution
    (cbMipImprovingSolution) and one at most every `every` seconds from the interrupt
    callback (cbMipInterrupt, called between nodes), whenever the objective or the bound
    changed. Seconds count from the start of reading the file, as `seconds` does. A model
    without integer variables has no MIP callbacks: only its final figures."""
    try:
        import highspy
    except ImportError:
        return ("unavailable", None, None, None, [])
    h = quiet_highs(highspy)
    h.setOptionValue("time_limit", float(limit))
    h.setOptionValue("mip_rel_gap", 1e-9)
    events = []
    t = time.perf_counter()
    if h.readModel(path) != highspy.HighsStatus.kOk:
        return ("read-error", None, None, time.perf_counter() - t, [])

    def finite(x):
        return x if x is not None and abs(x) < 1e30 else None

    last = {"t": -1e9, "key": None}

    def note(e, force):
        d = e.data_out
        now = time.perf_counter() - t
        key = (finite(d.mip_primal_bound), finite(d.mip_dual_bound))
        if force or (now - last["t"] >= every and key != last["key"]):
            events.append((now, key[0], key[1]))
            last["t"], last["key"] = now, key

    if record:
        h.cbMipImprovingSolution.subscribe(lambda e: note(e, True))
        h.cbMipInterrupt.subscribe(lambda e: note(e, False))
    h.run()
    seconds = time.perf_counter() - t
    status = h.modelStatusToString(h.getModelStatus())
    info = h.getInfo()
    obj = info.objective_function_value if info.primal_solution_status == 2 else None
    status = HIGHS_STATUS.get(status, status)
    bound = obj if status == "optimal" else finite(getattr(info, "mip_dual_bound", None))
    return (status, obj, bound, seconds, events)


def print_timeline(path, limit):
    """--timeline: one JSON object on stdout, {"status", "objective", "bound", "seconds",
    "events": [[seconds, objective, bound], ...]} (null where unknown)."""
    import json
    status, obj, bound, seconds, events = run_highs_timeline(path, limit)
    print(json.dumps({"file": os.path.basename(path), "status": status, "objective": obj, "bound": bound,
                      "seconds": seconds, "events": [list(e) for e in events]}), flush=True)


def run_cbc(path, limit):
    cbc = shutil.which("cbc")
    if cbc is None:
        return ("unavailable", None, None)
    args = [cbc, path]
    if is_max_mps(path):
        args.append("-max")
    args += ["-threads", "1", "-sec", str(limit), "-ratio", "1e-9", "-solve", "-quit"]
    t = time.perf_counter()
    out = subprocess.run(args, capture_output=True, text=True).stdout
    seconds = time.perf_counter() - t
    if "Problem is infeasible" in out:
        return ("infeasible", None, seconds)
    if "Result -" not in out:
        return ("read-error", None, seconds)
    m = re.search(r"Objective value:\s+(\S+)", out)
    obj = float(m.group(1)) if m else None
    if "Result - Optimal solution found" in out:
        status = "optimal"
    elif "Result - Stopped on time limit" in out:
        status = "time-limit"
    elif "infeasible" in out.lower() and "Result" in out:
        status = "infeasible"
    else:
        status = "other"
    return (status, obj, seconds)


def run_glpsol(path, limit):
    """GLPK's own command-line solver on the same file: the library rotaplan links, without
    rotaplan's formulation-specific options (cuts, branching, decomposition, greedy start)."""
    glpsol = shutil.which("glpsol")
    if glpsol is None:
        return ("unavailable", None, None)
    fmt = "--freemps" if path.endswith(".mps") else "--lp"
    t = time.perf_counter()
    out = subprocess.run([glpsol, fmt, path, "--tmlim", str(int(max(1, limit)))], capture_output=True, text=True).stdout
    seconds = time.perf_counter() - t
    if "PROBLEM HAS NO PRIMAL FEASIBLE SOLUTION" in out or "PROBLEM HAS NO INTEGER FEASIBLE SOLUTION" in out:
        return ("infeasible", None, seconds)
    incumbents = re.findall(r"mip =\s+(\S+)", out)
    obj = None
    for v in reversed(incumbents):
        try:
            obj = float(v)
            break
        except ValueError:
            continue
    if "INTEGER OPTIMAL SOLUTION FOUND" in out:
        return ("optimal", obj, seconds)
    if "TIME LIMIT EXCEEDED" in out:
        return ("time-limit", obj, seconds)
    return ("read-error" if not incumbents else "other", obj, seconds)


# name → runner; see "Adding a solver" above.
SOLVERS = {"highs": run_highs, "cbc": run_cbc, "glpsol": run_glpsol}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--time-limit", type=float, default=60)
    ap.add_argument("--solvers", default="highs,cbc")
    ap.add_argument("--install", action="store_true")
    ap.add_argument("--no-header", action="store_true")
    ap.add_argument("--timeline", action="store_true",
                    help="HiGHS only, one FILE: print its objective and dual bound over time as JSON (run-proofs.sh)")
    a = ap.parse_args()
    if a.timeline:
        if a.install:
            install(["highs"])
        if len(a.files) != 1:
            ap.error("--timeline takes one FILE")
        print_timeline(a.files[0], a.time_limit)
        return
    solvers = a.solvers.split(",")
    unknown = [s for s in solvers if s not in SOLVERS]
    if unknown:
        ap.error(f"unknown solver(s) {', '.join(unknown)}; known: {', '.join(SOLVERS)}")
    if a.install:
        install(solvers)
    if not a.no_header:
        print("file\tsolver\tstatus\tobjective\tseconds")
    for path in a.files:
        for s in solvers:
            status, obj, sec = SOLVERS[s](path, a.time_limit)
            print("\t".join([os.path.basename(path), s, status,
                             "-" if obj is None else f"{obj:.10g}",
                             "-" if sec is None else f"{sec:.2f}"]), flush=True)


if __name__ == "__main__":
    main()
