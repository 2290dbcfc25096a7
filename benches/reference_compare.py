#!/usr/bin/env python3
"""The reference that `rolediff compare` is measured against: what a short Python script
with PyYAML does to compare two role files, section by section, and print what they share
and what is unique to each as JSON.

It matches items the way `rolediff compare --exact` does in spirit (case, spacing and
punctuation folded, `aka` spellings counted), without the similar tier. It is a yardstick
for speed, not a second implementation: benches/commands.py runs both on the same files.

Usage: reference_compare.py A.yaml B.yaml [--libyaml]
  --libyaml  parse with PyYAML's C loader (CSafeLoader) instead of its default, pure
             Python one (yaml.safe_load), where PyYAML was built with libyaml.
"""

import json
import re
import sys

import yaml

SECTIONS = [
    "responsibilities",
    "skills",
    "education",
    "certifications",
    "tools",
    "industries",
    "tips",
]


def load(path, loader):
    with open(path, encoding="utf-8") as file:
        return yaml.load(file, Loader=loader)


def items(role, section):
    """The items of a section as (name, spellings); tools may be grouped by category."""
    value = role.get(section) or []
    if isinstance(value, dict):
        value = [item for group in value.values() for item in (group or [])]
    found = []
    for item in value:
        if isinstance(item, dict):
            name = str(item["name"])
            spellings = [name] + [str(aka) for aka in item.get("aka") or []]
        else:
            name = str(item)
            spellings = [name]
        found.append((name, {normal(s) for s in spellings}))
    return found


def normal(text):
    words = re.findall(r"[\w+#.]+", text.lower())
    return " ".join(word.strip(".") for word in words)


def compare_section(a, b):
    shared, only_a, taken = [], [], set()
    for name, spellings in a:
        match = next(
            (j for j, (_, other) in enumerate(b) if j not in taken and spellings & other),
            None,
        )
        if match is None:
            only_a.append(name)
        else:
            taken.add(match)
            shared.append({"a": name, "b": b[match][0]})
    only_b = [name for j, (name, _) in enumerate(b) if j not in taken]
    return {"shared": shared, "only_a": only_a, "only_b": only_b}


def main(argv):
    paths = [arg for arg in argv if not arg.startswith("--")]
    if len(paths) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    loader = yaml.CSafeLoader if "--libyaml" in argv else yaml.SafeLoader
    a, b = (load(path, loader) for path in paths)
    result = {
        "a": a["title"],
        "b": b["title"],
        "sections": [
            {"section": section, **compare_section(items(a, section), items(b, section))}
            for section in SECTIONS
        ],
    }
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
