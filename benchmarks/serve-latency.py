#!/usr/bin/env python3
"""Page and API latencies of `rotaplan serve` on a city instance, and the gaps between its
progress events (Server-Sent Events) during a plan solve. benchmarks/README.md,
"Workbench latency", has the results; the raw lines go to benchmarks/results/serve-DATE.txt.

    python3 benchmarks/serve-latency.py [--bin .build/release/rotaplan] [-n 30]
        [--instance instances/bench/zhengzhou-large-s1.json] [--time-limit 60] [--out FILE]

It starts the server on a fresh data folder, signs in with the printed link, makes a
workspace, uploads the instance (.json) through the import route, starts a plan and reads
its event stream, then requests every page and the API routes N times each, one after the
other, with the session cookie. Times are wall-clock from the request to the last byte.
"""
import argparse
import datetime
import http.client
import json
import os
import platform
import re
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_\-]+)")


class Client:
    """One keep-alive connection with the session cookie and the CSRF token."""

    def __init__(self, port):
        self.port, self.cookie, self.csrf = port, "", ""
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=900)

    def request(self, method, path, body=None, headers=None):
        h = {"Cookie": self.cookie, **(headers or {})}
        self.conn.request(method, path, body=body, headers=h)
        r = self.conn.getresponse()
        return r.status, r.headers, r.read()

    def form(self, path, fields):
        body = urllib.parse.urlencode(list(fields) + [("csrf", self.csrf)])
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def sign_in(self, token):
        status, headers, _ = self.request("GET", f"/?token={token}")
        assert status == 303, f"sign-in: {status}"
        self.cookie = headers["Set-Cookie"].split(";")[0]
        _, _, body = self.request("GET", "/")
        self.csrf = re.search(rb'<meta name="csrf" content="([^"]+)">', body).group(1).decode()


def need(ok, what):
    if not ok:
        sys.exit(f"serve-latency: {what}")


def first(pattern, body, what):
    m = re.search(pattern, body)
    need(m, f"no {what} in the page")
    return m.group(1).decode()


class Missing(Exception):
    """A step whose route answered otherwise than expected (not built yet, or refused)."""


def step(ok, what):
    if not ok:
        raise Missing(what)


def setup(c, instance, year, time_limit, notes):
    """Workspace → upload → import → plan, as far as the routes go; returns the paths."""
    paths = {"home": "/"}
    status, h, _ = c.form("/workspaces", [("name", "bench"), ("district", "bench")])
    need(status == 303, f"new workspace: {status}")
    ws = paths["workspace"] = h["Location"]
    paths["import"] = f"{ws}/import"
    try:
        data = instance.read_bytes()
        name = urllib.parse.quote(instance.name)
        status, _, body = c.request("POST", f"{ws}/uploads?name={name}&table=instance", data,
                                    {"X-CSRF-Token": c.csrf, "Content-Type": "application/octet-stream"})
        step(status == 200, f"upload: {status}")
        upload = json.loads(body)["id"]
        status, h, body = c.form(f"{ws}/import", [("upload", str(upload)), ("year", str(year)), ("preset", "national")])
        step(status == 303, f"import: {status}")
        year_page = h["Location"]
        paths.update({"year": year_page, "policy": f"{year_page}/policy",
                      "compare": f"{year_page}/compare", "horizon": f"{year_page}/horizon"})
        t0 = time.monotonic()
        status, h, body = c.form(f"{year_page}/plan", [("timeLimit", str(time_limit))])
        step(status == 303, f"plan: {status}")
        paths["job"] = h["Location"]
        gaps, done = events(c, paths["job"])
        notes.append(f"plan solve through the queue: {time.monotonic() - t0:.1f} s")
        notes.append(f"progress events: {len(gaps)}, gap median {statistics.median(gaps):.3f} s, "
                     f"max {max(gaps):.3f} s (target <= 1 s)")
        step(done.get("planId"), f"the plan job ended without a plan: {done}")
        plan = paths["plan"] = f"{ws}/plans/{done['planId']}"
        paths["edit"] = f"{plan}/edit"
        paths["solution.json"] = f"{plan}/files/solution.json"
    except Missing as e:
        notes.append(f"stopped at: {e}")
    return paths


def events(c, job):
    """Reads the job's event stream until `done`; returns the gaps between events (s)."""
    conn = http.client.HTTPConnection("127.0.0.1", c.port, timeout=900)
    conn.request("GET", f"{job}/events", headers={"Cookie": c.cookie, "Accept": "text/event-stream"})
    r = conn.getresponse()
    need(r.status == 200, f"events: {r.status}")
    last, gaps, kind, done = time.monotonic(), [], None, {}
    while True:
        line = r.fp.readline()
        if not line:
            break
        line = line.decode().rstrip("\r\n")
        if line.startswith("event:"):
            kind = line[6:].strip()
            now = time.monotonic()
            gaps.append(now - last)
            last = now
        elif line.startswith("data:") and kind == "done":
            done = json.loads(line[5:])
            break
    conn.close()
    return gaps, done


def timed(c, method, path, n, body_fn=None):
    times = []
    for i in range(n):
        t = time.perf_counter()
        status, _, _ = c.request("GET", path) if method == "GET" else body_fn(i)
        times.append((time.perf_counter() - t) * 1000)
        if status not in (200, 303):
            return f"answers {status}"
    times.sort()
    return statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / ".build/release/rotaplan"))
    ap.add_argument("--instance", default=str(ROOT / "instances/bench/zhengzhou-large-s1.json"))
    ap.add_argument("--year", type=int, default=2025)
    ap.add_argument("-n", type=int, default=30)
    ap.add_argument("--time-limit", type=int, default=60)
    ap.add_argument("--out")
    a = ap.parse_args()
    data = tempfile.mkdtemp(prefix="rotaplan-bench-serve-")
    proc = subprocess.Popen([a.bin, "serve", "--port", "0", "--data", data], stdout=subprocess.PIPE)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        m = LINK.search(proc.stdout.readline().decode() if ready else "")
        need(m, "the server printed no link")
        c = Client(int(m.group(1)))
        c.sign_in(m.group(2))
        notes = []
        paths = setup(c, Path(a.instance), a.year, a.time_limit, notes)
        rows = []
        for name in ["home", "workspace", "import", "year", "policy", "compare", "horizon", "job", "plan", "edit",
                     "solution.json"]:
            rows.append((f"GET {name}", timed(c, "GET", paths[name], a.n) if name in paths else "not reached"))
        if "plan" in paths:
            plan, year = paths["plan"], paths["year"]
            # a teacher of the edit page (one who may change) and where the plan sends him
            edit = c.request("GET", paths["edit"])[2]
            m = re.search(rb'name="dest\.([^"]+)" data-base="([^"]*)" data-home="([^"]*)"', edit)
            need(m, "no teacher on the edit page")
            mover = {"teacher": m.group(1).decode(), "from": m.group(3).decode()}
            rows.append(("POST check", timed(c, "POST", f"{plan}/check", a.n, lambda i: c.request(
                "POST", f"{plan}/check", urllib.parse.urlencode([(f"dest.{mover['teacher']}", ""), ("csrf", c.csrf)]),
                {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}))))
            rows.append(("POST pins", timed(c, "POST", f"{year}/pins", a.n, lambda i: c.form(
                f"{year}/pins", [("who", mover["teacher"]), ("rule", "must-stay"), ("target", ""), ("back", plan)]))))
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    rel = lambda x: os.path.relpath(x, ROOT)
    head = [f"command: python3 benchmarks/serve-latency.py --bin {rel(a.bin)} --instance {rel(a.instance)} -n {a.n} --time-limit {a.time_limit}",
            f"machine: {platform.system()} {platform.machine()}, nproc {os.cpu_count()}, {mem:.0f} GiB; date {datetime.date.today()}",
            *notes, "", f"| route (n = {a.n}) | median ms | p95 ms |", "|---|---:|---:|"]
    lines = head + [f"| {r} | {t[0]:.1f} | {t[1]:.1f} |" if isinstance(t, tuple) else f"| {r} | {t} | |" for r, t in rows]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    out = Path(a.out or ROOT / f"benchmarks/results/serve-{datetime.date.today()}.txt")
    out.write_text(text)


if __name__ == "__main__":
    main()
