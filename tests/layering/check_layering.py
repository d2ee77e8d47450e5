#!/usr/bin/python3
"""Checks the include graph of src/ against the intended order of its folders.

A file may include from its own folder and from folders below it in LAYERS; an include that
runs up the order is a layering fault. The faults known when this check was written are listed
in known_violations.txt, to be removed one by one; the check fails on any fault not listed
there, and on a listed one that is gone (so the list only shrinks).

Usage: check_layering.py SRC_DIR KNOWN_VIOLATIONS_FILE
"""
import pathlib
import re
import sys

# Lowest first. A folder sees only those before it.
LAYERS = [
    "common", "i18n", "storage", "security", "access", "events", "http", "kernel", "audit", "realtime", "files",
    "calendars", "notifications", "accounts", "appointments", "patients", "doctors", "booking", "messages",
    "medical_records", "teleconsultations", "reviews", "payments", "web", "app",
]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"', re.MULTILINE)


def violations(src):
    rank = {folder: i for i, folder in enumerate(LAYERS)}
    found = set()
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".cpp", ".hpp") or path.parent == src:
            continue  # main.cpp stands above every folder
        folder = path.relative_to(src).parts[0]
        if folder not in rank:
            found.add(f"{path.relative_to(src)}: folder {folder} is not in LAYERS")
            continue
        for match in INCLUDE.finditer(path.read_text(encoding="utf-8")):
            target = match.group(1)
            if target == folder:
                continue
            if target not in rank:
                found.add(f"{path.relative_to(src)}: includes {target}/, which is not in LAYERS")
            elif rank[target] > rank[folder]:
                found.add(f"{path.relative_to(src)} -> {target}/")
    return found


def main():
    src = pathlib.Path(sys.argv[1])
    known_file = pathlib.Path(sys.argv[2])
    known = {line.strip() for line in known_file.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    found = violations(src)
    new = sorted(found - known)
    gone = sorted(known - found)
    for line in new:
        print(f"layering fault: {line}")
    for line in gone:
        print(f"fixed, remove it from {known_file.name}: {line}")
    print(f"{len(found)} known layering faults remain; {len(new)} new, {len(gone)} fixed")
    return 1 if new or gone else 0


if __name__ == "__main__":
    sys.exit(main())
