#!/usr/bin/env bash
# Regenerates the committed FFM bindings with jextract (JDK 22+ jextract).
# Usage: regenerate.sh NATIVE_PREFIX   (normally driven by `tools/mvn -Pjextract -pl bindings generate-sources`)
# Each *.args file here is a jextract @argfile for one package: target package, header class
# name, include paths (with @NATIVE@ standing for NATIVE_PREFIX and @REPO@ for the repository),
# the --include-* filters that keep only what DeltaBox uses, and the header.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
native=${1:?usage: regenerate.sh NATIVE_PREFIX}
jextract=${JEXTRACT:-jextract}
command -v "$jextract" >/dev/null || { echo "jextract not found: put it on PATH or set JEXTRACT=/path/to/jextract" >&2; exit 1; }
out=$repo/bindings/src/main/java
for args in "$here"/*.args; do
  pkg=$(sed -n 's/^--target-package *//p' "$args")
  echo "jextract: $(basename "$args") -> $pkg"
  rm -rf "$out/${pkg//.//}"
  sed -e "s|@NATIVE@|$native|g" -e "s|@REPO@|$repo|g" "$args" >"$args.tmp"
  "$jextract" --output "$out" @"$args.tmp"
  rm -f "$args.tmp"
done
