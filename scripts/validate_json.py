#!/usr/bin/env python3
"""Validates tkingest contract JSON files against schema/document.schema.json.

Usage: validate_json.py FILE.json...   (exit 0 all valid, 1 some invalid, 3 jsonschema missing)
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("validate_json: the Python package jsonschema is not installed (pip install jsonschema)", file=sys.stderr)
    sys.exit(3)

schema_path = pathlib.Path(__file__).resolve().parent.parent / "schema" / "document.schema.json"
schema = json.loads(schema_path.read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failures = 0
for name in sys.argv[1:]:
    document = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    for error in errors[:10]:
        print(f"{name}: {'/'.join(map(str, error.path))}: {error.message[:300]}", file=sys.stderr)
    failures += bool(errors)
print(f"{len(sys.argv) - 1 - failures} valid, {failures} invalid")
sys.exit(1 if failures else 0)
