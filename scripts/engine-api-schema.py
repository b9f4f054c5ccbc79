#!/usr/bin/env python3
"""Extracts the response schemas the Windows-daemon fixtures answer with from the Engine API's
published swagger, for tests/windows_fixtures_schema.rs (which validates the fixtures offline).

Usage: scripts/engine-api-schema.py MOBY_CHECKOUT COMMIT > tests/fixtures/engine-api/v1.41-responses.json
       (MOBY_CHECKOUT: a clone of github.com/moby/moby; reads api/docs/v1.41.yaml at COMMIT.)

Kept: the 200/201 response schema of each endpoint below and every definition they reference,
with `description` and `example` dropped (documentation, not shape). Needs PyYAML.
"""
import json
import subprocess
import sys

import yaml

ENDPOINTS = [
    ("GET /info", "/info", "get", 200),
    ("POST /containers/create", "/containers/create", "post", 201),
    ("GET /containers/json", "/containers/json", "get", 200),
    ("GET /containers/{id}/json", "/containers/{id}/json", "get", 200),
]
DROP = {"description", "example"}


def strip(v, names=False):
    """Drops DROP keys of schema objects; `names` marks a `properties` map (keys are names)."""
    if isinstance(v, dict):
        return {k: strip(x, k == "properties" and not names)
                for k, x in v.items() if names or k not in DROP}
    if isinstance(v, list):
        return [strip(x) for x in v]
    return v


def refs(v, out):
    if isinstance(v, dict):
        r = v.get("$ref")
        if isinstance(r, str):
            out.add(r.rsplit("/", 1)[1])
        for x in v.values():
            refs(x, out)
    elif isinstance(v, list):
        for x in v:
            refs(x, out)


def main():
    checkout, commit = sys.argv[1], sys.argv[2]
    text = subprocess.run(["git", "-C", checkout, "show", f"{commit}:api/docs/v1.41.yaml"],
                          check=True, capture_output=True, text=True).stdout
    doc = yaml.safe_load(text)
    responses = {}
    for name, path, method, code in ENDPOINTS:
        responses[name] = strip(doc["paths"][path][method]["responses"][code]["schema"])
    needed, todo = set(), set()
    refs(responses, todo)
    while todo:
        n = todo.pop()
        if n in needed:
            continue
        needed.add(n)
        refs(doc["definitions"][n], todo)
    out = {
        "source": "https://github.com/moby/moby/blob/%s/api/docs/v1.41.yaml" % commit,
        "api_version": doc["info"]["version"],
        "note": "Extracted by scripts/engine-api-schema.py: response schemas and the definitions they reference; descriptions and examples dropped.",
        "responses": responses,
        "definitions": {n: strip(doc["definitions"][n]) for n in sorted(needed)},
    }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
