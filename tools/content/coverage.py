#!/usr/bin/env python3
"""Counts the shipped activities per grade, per subject and per band (design, programming).

Usage: python3 tools/content/coverage.py [curriculum-dir]

An activity counts on every grade in its `grades` range. "Design" = it has a goal in Digital design og
designprocesser (tf18.dd.*); "programming" = it has a goal in the skill Programmering (tf18.th.<n>.3).
The thresholds are the content bar of issue 14.
"""
import pathlib
import sys

import yaml

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "curriculum")
activities = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((root / "activities").glob("*.yaml"))]

def band(grades):
    return "0-3" if grades[0] <= 3 else "4-6" if grades[0] <= 6 else "7-9"

def design(a):
    return any(g.startswith("tf18.dd.") for g in a["goals"])

def programming(a):
    return any(g.startswith("tf18.th.") and g.endswith(".3") for g in a["goals"])

def subjects(a):
    return {s["id"] for s in a["subjects"]}

print(f"Forløb i alt: {len(activities)} (mål: mindst 70)")
print("\nPr. klassetrin (forløb / heraf programmering / heraf design):")
for grade in range(10):
    on = [a for a in activities if a["grades"][0] <= grade <= a["grades"][1]]
    print(f"  {grade}. klasse: {len(on):2d} / {sum(map(programming, on))} / {sum(map(design, on))}")
only_zero = [a["id"] for a in activities if a["grades"] == [0, 0]]
print(f"  kun 0. klasse (grades [0, 0]): {len(only_zero)}")

print("\nDesignforløb pr. trin (mål: mindst 3):")
for b in ("0-3", "4-6", "7-9"):
    print(f"  {b}: {sum(1 for a in activities if band(a['grades']) == b and design(a))}")

print("\nPr. fag (mål: mindst 3 i de tynde fag):")
counts = {}
for a in activities:
    for s in subjects(a):
        counts[s] = counts.get(s, 0) + 1
for s, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {s}: {n}")
tf = sum(1 for a in activities if subjects(a) & {"tysk", "fransk"})
eng23 = sum(1 for a in activities if "engelsk" in subjects(a) and a["grades"][0] <= 3)
print(f"  tysk eller fransk: {tf}")
print(f"  engelsk på 2.–3.: {eng23}")
