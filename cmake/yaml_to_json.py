"""Converts the OpenAPI YAML document to JSON at build time (run with Debian's /usr/bin/python3)."""
import json
import sys

import yaml

with open(sys.argv[1], encoding="utf-8") as source:
    document = yaml.safe_load(source)
with open(sys.argv[2], "w", encoding="utf-8") as target:
    json.dump(document, target, separators=(",", ":"), ensure_ascii=False, default=str)
