#!/usr/bin/env python3
"""A large walking solution for timing `rotaplan check` (docs/reliability.md, "What
`check` promises"; benchmarks/README.md, "Checking at scale").

    python3 benchmarks/check-walking-scale.py INSTANCE LESSONS [SEED] > big.json
    /usr/bin/time -f "%e s %M KiB" rotaplan check INSTANCE big.json --quiet

Every lesson is a random itinerant teacher on a random demand line, day and period of the
calendar: far more lessons per teacher-day than any valid timetable has, which is the
hostile case (rules 6.3, 6.6 and 6.8 break everywhere). The output is a well-formed
rotaplan-solution/1 file, deterministic for a seed.
"""
import json
import random
import sys


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    instance = json.load(open(sys.argv[1], encoding="utf-8-sig"))
    count = int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    walkers = [t["id"] for t in instance["teachers"] if t.get("itinerant")]
    lines = instance["walkingDemand"]
    days = instance["calendar"]["days"]
    periods = len(instance["calendar"]["periods"])
    out = sys.stdout
    out.write('{"format": "rotaplan-solution/1", "problem": "walking", "instance": %s, "status": "feasible", '
              '"objective": 0, "lessons": [\n' % json.dumps(instance.get("name", "")))
    for k in range(count):
        line = rng.choice(lines)
        lesson = {"teacher": rng.choice(walkers), "school": line["school"], "class": line["class"],
                  "subject": line["subject"], "day": rng.randint(1, days), "period": rng.randint(1, periods)}
        out.write(("," if k else "") + json.dumps(lesson, ensure_ascii=False) + "\n")
    out.write('], "uncovered": []}\n')


if __name__ == "__main__":
    main()
