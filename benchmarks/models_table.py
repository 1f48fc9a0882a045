#!/usr/bin/env python3
"""Join rotaplan-bench models output with external_solvers.py output into one Markdown table.

    python3 benchmarks/models_table.py OWN.tsv EXTERNAL.tsv [--command CMD] [--machine TEXT]

One row per instance: the model size of the exported single model; per formulation the
end-to-end time (load + solve + write), status and objective; the greedy objective and
how much the optimiser improves on it; HiGHS and CBC time and status on the exported
model. A plan the checker rejected is marked NO.
"""
import argparse
import csv
from collections import OrderedDict


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("own")
    ap.add_argument("external")
    ap.add_argument("--command", default="")
    ap.add_argument("--machine", default="")
    a = ap.parse_args()
    own = rows(a.own)
    ext = {}
    for r in rows(a.external):
        ext[(r["file"].rsplit(".", 2)[0], r["solver"])] = r
    by = OrderedDict()
    for r in own:
        by.setdefault(r["instance"], []).append(r)
    forms = []
    for r in own:
        if r["formulation"] not in forms:
            forms.append(r["formulation"])
    head = ["instance", "rows × cols (nnz) exported"]
    for f in forms:
        head += [f"{f}: s", f"{f}: objective (status, gap)"]
    head += ["greedy objective", "improvement", "HiGHS s", "CBC s"]
    out = []
    if a.command:
        out.append(f"Command: `{a.command}`  ")
    if a.machine:
        out.append(f"Machine: {a.machine}")
    out.append("")
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "---|" * len(head))
    exported = None
    for inst, rs in by.items():
        cells = [inst]
        size = next((r for r in rs if r["formulation"] == forms[-1]), rs[0])
        cells.append(f"{int(size['rows']):,} × {int(size['columns']):,} ({int(size['nonzeros']):,})")
        best = None
        for f in forms:
            r = next((r for r in rs if r["formulation"] == f), None)
            if r is None:
                cells += ["", ""]
                continue
            obj = num(r["objective"])
            if best is None and obj is not None:
                best = obj
            gap = num(r["gap"])
            status = r["status"] + ("" if r["checked"] in ("yes", "-") else ", checker: NO")
            if r["status"] == "feasible" and gap is not None:
                status += f", gap {gap * 100:.2g}%"
            cells += [r["total_s"], ("-" if obj is None else f"{obj:.6f}") + f" ({status})"]
        g = num(rs[0]["greedy_objective"])
        if g is not None and rs[0]["greedy_checked"] != "yes":
            g = None  # a greedy plan that breaks a rule is no plan (as `rotaplan exchange --solver greedy` says)
        gtxt = "no plan" if g is None else f"{g:.4f}"
        cells.append(gtxt)
        cells.append("-" if g is None or best is None or g == 0 else f"{(g - best) / abs(g) * 100:.1f}%")
        for solver in ("highs", "cbc"):
            e = ext.get((inst, solver))
            if e is None:
                cells.append("-")
            else:
                o = num(e["objective"])
                st = e["status"]
                cells.append(f"{e['seconds']} ({st}{'' if o is None else ', ' + format(o, '.6f')})")
        out.append("| " + " | ".join(cells) + " |")
    print("\n".join(out))


if __name__ == "__main__":
    main()
