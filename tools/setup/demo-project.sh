#!/usr/bin/env bash
# The real project `deltabox demo` works on: docutils, from its Debian source package
# (python-docutils), whose own unittest suite runs with nothing but python3's standard library.
# Fetches the upstream tarball through a private apt sources list (the machine's apt
# configuration is not touched), verifies its sha256 against the signed source index (and
# against the .dsc when the mirror serves it), and leaves it at <prefix>/demo/docutils.tar.xz
# with its version in docutils.version. Idempotent and cached: a second run takes milliseconds.
#
# Environment: DELTABOX_NATIVE (install prefix, default <repo>/.native), DELTABOX_CACHE
# (download cache, default ~/.cache/deltabox).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
prefix=${DELTABOX_NATIVE:-$repo/.native}
cache=${DELTABOX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/deltabox}

# The demo's edits were written for this series (they replace exact lines of its source).
PKG=python-docutils  SERIES=0.23+  SUITE=sid

t_start=$(date +%s%N)
die() { printf 'demo project: ERROR: %s\n' "$*" >&2; exit 1; }
out=$prefix/demo
if [ -f "$out/docutils.version" ] && [ -f "$out/docutils.tar.xz" ] \
   && [ "$(sha256sum "$out/docutils.tar.xz" | cut -d' ' -f1)" = "$(cut -d' ' -f2 "$out/docutils.version")" ]; then
  printf '[demo-project] up to date: docutils %s\n' "$(cut -d' ' -f1 "$out/docutils.version")"
  exit 0
fi

[ "$(id -u)" = 0 ] || die "must run as root (like the rest of DeltaBox)"
mkdir -p "$cache/src" "$out"
exec 9>"$cache/lock" # one setup at a time per cache (shared with native.sh)
flock 9

aptdir=$cache/apt-demo
apt_opts=(-o "Dir::Etc::SourceList=$aptdir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
          -o "Dir::State::Lists=$aptdir/lists" -o "Dir::Cache=$aptdir/cache"
          -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")

cached=$(ls "$cache/src/${PKG}_${SERIES}"*.orig.tar.* 2>/dev/null | grep -Ev '\.(asc|verified)$' | sort -V | tail -n 1 || true)
if [ -z "$cached" ] || [ ! -f "$cached.verified" ]; then
  printf '[demo-project] private apt source index (%s) ...\n' "$SUITE"
  mkdir -p "$aptdir/lists/partial" "$aptdir/cache/archives/partial"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $SUITE main" >"$aptdir/sources.list"
  apt-get "${apt_opts[@]}" update >"$aptdir/update.log" 2>&1 || die "apt-get update of the private source index failed; see $aptdir/update.log"
  best=""
  for v in $(apt-cache "${apt_opts[@]}" showsrc "$PKG" 2>/dev/null | sed -n 's/^Version: //p'); do
    case "$v" in "$SERIES"*) ;; *) continue ;; esac
    if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
  done
  [ -n "$best" ] || die "no source package $PKG ${SERIES}x in $SUITE (the demo's edits need that series; update SERIES in $0 and the edits in DemoCommand)"
  printf '[demo-project] download %s %s source ...\n' "$PKG" "$best"
  uris=$(cd "$aptdir" && apt-get "${apt_opts[@]}" source --print-uris "$PKG=$best" 2>/dev/null | grep "^'")
  orig_line=$(grep -E "\.orig\.tar\.[a-z0-9]+' " <<<"$uris") || die "no upstream tarball for $PKG $best"
  url=$(awk '{print $1}' <<<"$orig_line" | tr -d "'"); name=$(awk '{print $2}' <<<"$orig_line")
  sha=$(awk '{print $4}' <<<"$orig_line" | sed 's/^SHA256://')
  curl -fsSL --retry 3 -o "$cache/src/$name.part" "$url" || die "download failed: $url"
  # the signed source index (InRelease -> Sources) vouches for the tarball's hash
  echo "$sha  $cache/src/$name.part" | sha256sum -c --quiet - >/dev/null || die "checksum mismatch (index) for $name"
  # and so does the .dsc, when the mirror has it (it is optional: some mirrors lack it)
  dsc_line=$(grep "\.dsc' " <<<"$uris" || true)
  if [ -n "$dsc_line" ]; then
    dsc=$cache/src/$(awk '{print $2}' <<<"$dsc_line")
    if curl -fsSL --retry 2 -o "$dsc" "$(awk '{print $1}' <<<"$dsc_line" | tr -d "'")" 2>/dev/null; then
      want=$(sed -n '/^Checksums-Sha256:/,/^[A-Z]/p' "$dsc" | awk -v n="$name" '$3 == n {print $1}')
      [ "$want" = "$sha" ] || die "$(basename "$dsc") disagrees with the source index about $name"
    fi
  fi
  mv "$cache/src/$name.part" "$cache/src/$name"
  echo "$sha $best" >"$cache/src/$name.verified"
  cached=$cache/src/$name
fi

read -r sha version <"$cached.verified"
[ "$(sha256sum "$cached" | cut -d' ' -f1)" = "$sha" ] || die "cached $cached does not match its verified sha256; delete it and run again"
cp "$cached" "$out/docutils.tar.xz.part" && mv "$out/docutils.tar.xz.part" "$out/docutils.tar.xz"
echo "$version $sha" >"$out/docutils.version"
printf '[demo-project] ready in %d ms: docutils %s (sha256 %s) at %s\n' \
  $((($(date +%s%N) - t_start) / 1000000)) "$version" "$sha" "$out/docutils.tar.xz"
