#!/usr/bin/env python3
"""Writes the offline manifest into the service worker of a Trunk build.

Trunk runs this as a post_build hook (Trunk.toml) with TRUNK_STAGING_DIR set to the folder
that is about to become dist/. It lists every file of the build except the worker itself
(and the precompressed copies a release build writes after this hook),
with the SHA-256 of each, and replaces the placeholder line in sw.js with that list and a
version derived from it. The worker's bytes then change whenever any asset changes, which is
what makes the browser install a new worker, and the version names the worker's cache, so two
builds never share one. The worker checks each file it caches against its hash, so a server
that has already moved on to a newer build cannot slip its index.html into an older cache.

It can also be run by hand on a built folder: `TRUNK_STAGING_DIR=dist python3 scripts/sw_manifest.py`
(the end-to-end update journey does this to make a second build from a copy of dist/).
"""
import hashlib
import json
import os
import sys

WORKER = "sw.js"
# The precompressed copies (scripts/precompress.mjs) are the same files in another encoding,
# which a host sends in their place; the worker caches the files themselves.
PRECOMPRESSED = (".br", ".gz")
# The worker ships with this exact line; the hook replaces it, so a worker Trunk copied but
# this hook never touched caches nothing (an empty manifest) instead of caching a wrong list.
PLACEHOLDER_PREFIX = "const MANIFEST = "


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("sw_manifest.py: TRUNK_STAGING_DIR is not set", file=sys.stderr)
        return 1
    worker_path = os.path.join(staging, WORKER)
    assets = {}
    for root, _dirs, files in os.walk(staging):
        for name in sorted(files):
            path = os.path.join(root, name)
            relative = os.path.relpath(path, staging).replace(os.sep, "/")
            if relative == WORKER or relative.endswith(PRECOMPRESSED):
                continue
            with open(path, "rb") as handle:
                assets[relative] = hashlib.sha256(handle.read()).hexdigest()
    assets = dict(sorted(assets.items()))
    if "index.html" not in assets:
        print(f"sw_manifest.py: no index.html in {staging}", file=sys.stderr)
        return 1
    listing = json.dumps(assets, sort_keys=True, separators=(",", ":"))
    version = hashlib.sha256(listing.encode("utf-8")).hexdigest()[:16]
    manifest = json.dumps({"version": version, "assets": assets}, sort_keys=True, separators=(",", ":"))
    with open(worker_path, "r", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    replaced = 0
    for index, line in enumerate(lines):
        if line.startswith(PLACEHOLDER_PREFIX):
            lines[index] = f"{PLACEHOLDER_PREFIX}{manifest};"
            replaced += 1
    if replaced != 1:
        print(f"sw_manifest.py: expected one line starting with {PLACEHOLDER_PREFIX!r} in {worker_path}, found {replaced}", file=sys.stderr)
        return 1
    with open(worker_path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    print(f"sw_manifest.py: {len(assets)} files, version {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
