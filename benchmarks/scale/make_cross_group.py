#!/usr/bin/env python3
"""Writes a valid cross-group exchange instance of a chosen size (issue 15, "Scale").

One district, `--schools` schools in groups of five (a core and four members), every
school with a location inside a few kilometres (so every pair is within the exchange's
travel limit), `--teachers` teachers spread evenly, all eligible, and
`allowCrossGroup: true`: every eligible teacher may move to every other school. The
exchange model then has about teachers x schools columns, which is what the memory
estimate must refuse before building it.

    python3 benchmarks/scale/make_cross_group.py --schools 1000 --teachers 5000 -o big.json
"""
import argparse, json, random

p = argparse.ArgumentParser()
p.add_argument("--schools", type=int, default=1000)
p.add_argument("--teachers", type=int, default=5000)
p.add_argument("--seed", type=int, default=1)
p.add_argument("-o", "--output", required=True)
a = p.parse_args()
rng = random.Random(a.seed)
subjects = ["math", "chinese", "english", "physics", "music"]
titles = ["senior", "first", "second", "none"]
schools, groups = [], []
for s in range(a.schools):
    schools.append({"id": f"S{s:05d}", "name": f"School {s}", "district": "D1", "stage": "primary",
                    "students": 800, "tags": [],
                    "location": {"lat": 34.70 + rng.random() * 0.05, "lon": 113.70 + rng.random() * 0.05}})
for g in range(0, a.schools - a.schools % 5, 5):
    ids = [schools[k]["id"] for k in range(g, g + 5)]
    groups.append({"id": f"G{g // 5:04d}", "name": f"Group {g // 5}", "type": "tight", "core": ids[0], "members": ids[1:]})
teachers = []
for t in range(a.teachers):
    teachers.append({"id": f"T{t:06d}", "name": f"Teacher {t}", "school": schools[t % a.schools]["id"],
                     "subject": subjects[t % 5], "title": rng.choice(titles), "backbone": rng.random() < 0.2,
                     "yearsAtSchool": 6 + rng.randrange(10)})
x = {"format": "rotaplan-instance/1", "name": f"cross-group {a.schools} x {a.teachers}",
     "policy": {"preset": "national", "exchange": {"allowCrossGroup": True}},
     "groups": groups, "schools": schools, "travel": [], "teachers": teachers}
with open(a.output, "w") as f:
    json.dump(x, f, ensure_ascii=False, separators=(",", ":"))
