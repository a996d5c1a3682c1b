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
# Generate everything into a scratch tree first: a failing jextract run leaves the committed
# bindings untouched.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
pkgs=()
for args in "$here"/*.args; do
  pkg=$(sed -n 's/^--target-package *//p' "$args")
  echo "jextract: $(basename "$args") -> $pkg"
  sed -e "s|@NATIVE@|$native|g" -e "s|@REPO@|$repo|g" "$args" >"$scratch/$(basename "$args")"
  "$jextract" --output "$scratch/out" @"$scratch/$(basename "$args")"
  pkgs+=("$pkg")
done
for pkg in "${pkgs[@]}"; do
  rm -rf "$out/${pkg//.//}"
  mkdir -p "$(dirname "$out/${pkg//.//}")"
  mv "$scratch/out/${pkg//.//}" "$out/${pkg//.//}"
done
echo "regenerated ${#pkgs[@]} package(s); now run tools/test (the layout conformance test proves them)"
