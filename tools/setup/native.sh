#!/usr/bin/env bash
# Installs everything DeltaBox needs from outside the JDK, idempotently:
#   1. Debian packages (build and run dependencies), only those missing;
#   2. libfuse 3.17.x and CRIU 4.2.x, built from Debian source packages of a newer suite
#      into a project-local prefix (default: <repo>/.native), never over the system's.
# Source tarballs are fetched through a private apt sources list (the machine's own apt
# configuration is not touched) and verified against the sha256 in their signed .dsc.
# A second run finds everything in place and takes a second or two.
#
# Environment: DELTABOX_NATIVE (install prefix), DELTABOX_CACHE (download/build cache,
# default ~/.cache/deltabox), DELTABOX_REBUILD=1 to force the native builds.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
prefix=${DELTABOX_NATIVE:-$repo/.native}
cache=${DELTABOX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/deltabox}

# The versions the bindings were made for: a series, the newest Debian revision in it wins.
FUSE_SERIES=3.17.   FUSE_SUITE=trixie
CRIU_SERIES=4.2.    CRIU_SUITE=sid

APT_PACKAGES=(
  build-essential pkg-config meson ninja-build xz-utils ca-certificates curl
  libprotobuf-c-dev protobuf-c-compiler protobuf-compiler libprotobuf-dev python3-protobuf
  libnl-3-dev libnet1-dev libcap-dev libbsd-dev libnftables-dev libgnutls28-dev uuid-dev
  libdrm-dev libaio-dev iproute2 iptables
  fuse-overlayfs # only for the benchmarks' side-by-side baseline (jmh FsWorkloadBenchmark)
  fontconfig fonts-dejavu-core # the text of `deltabox bench`'s plots (drawn by XChart through AWT)
  btrfs-progs    # only for the bench's btrfs-snapshot baseline (mkfs.btrfs; tools/.../bench/BtrfsTreeState)
)

step_no=0
t_start=$(date +%s%N)
step() { step_no=$((step_no + 1)); step_t=$(date +%s%N); printf '[native %d] %s ...\n' "$step_no" "$*"; }
done_step() { printf '[native %d] %s (%d ms)\n' "$step_no" "${1:-done}" $((($(date +%s%N) - step_t) / 1000000)); }
die() { printf 'native setup: ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (installs Debian packages, and DeltaBox itself needs root)"
mkdir -p "$cache/src" "$prefix"
# One run at a time per cache (two clones set up at once would share downloads and apt lists).
exec 9>"$cache/lock"
flock 9

# ---------------------------------------------------------------------------------------
step "Debian packages"
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "  installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends "${missing[@]}" >"$cache/apt-install.log" 2>&1; then
    echo "  package lists look stale; running apt-get update"
    apt-get update >>"$cache/apt-install.log" 2>&1 || true
    apt-get install -y --no-install-recommends "${missing[@]}" >>"$cache/apt-install.log" 2>&1 \
      || die "apt-get install failed; see $cache.apt.log"
  fi
  done_step "installed ${#missing[@]} package(s)"
else
  done_step "all ${#APT_PACKAGES[@]} present"
fi

stamp="$prefix/.versions"
build="$prefix/.build" # per prefix: clones never share a build tree

# ---------------------------------------------------------------------------------------
# Private apt: our own sources list, lists and cache directories under $cache/apt.
aptdir=$cache/apt
apt_opts=(-o "Dir::Etc::SourceList=$aptdir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
          -o "Dir::State::Lists=$aptdir/lists" -o "Dir::Cache=$aptdir/cache"
          -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")
apt_ready=0
private_apt() {
  [ $apt_ready = 1 ] && return 0
  step "private apt source index ($FUSE_SUITE, $CRIU_SUITE)"
  mkdir -p "$aptdir/lists/partial" "$aptdir/cache/archives/partial"
  : >"$aptdir/sources.list"
  for suite in $(printf '%s\n' "$FUSE_SUITE" "$CRIU_SUITE" | sort -u); do
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" >>"$aptdir/sources.list"
  done
  apt-get "${apt_opts[@]}" update >"$aptdir/update.log" 2>&1 || die "apt-get update of the private source index failed; see $aptdir/update.log"
  apt_ready=1
  done_step
}

# newest_version SRCPKG SERIES -> newest source version whose upstream part starts with SERIES
newest_version() {
  local best="" v
  for v in $(apt-cache "${apt_opts[@]}" showsrc "$1" 2>/dev/null | sed -n 's/^Version: //p'); do
    case "$v" in "$2"*) ;; *) continue ;; esac
    if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
  done
  [ -n "$best" ] || die "no source package $1 ${2}x in the private index (suites: $FUSE_SUITE $CRIU_SUITE)"
  echo "$best"
}

# fetch_source SRCPKG SERIES -> sets $fetched to the path of the verified upstream tarball.
# Only the .dsc and the upstream .orig tarball are needed (we build upstream's tree; the
# Debian packaging tarball is sometimes absent from the mirror for newer suites).
fetch_source() {
  local pkg=$1 series=$2 cached
  cached=$(ls "$cache/src/${pkg}_${series}"*.orig.tar.* 2>/dev/null | grep -Ev '\.(asc|verified)$' | sort -V | tail -n 1 || true)
  if [ -n "$cached" ] && [ -f "$cached.verified" ]; then fetched=$cached; return; fi
  private_apt
  local version; version=$(newest_version "$pkg" "$series")
  step "download $pkg $version source"
  local uris; uris=$(cd "$aptdir" && apt-get "${apt_opts[@]}" source --print-uris "$pkg=$version" 2>/dev/null | grep "^'")
  local dsc_line orig_line
  dsc_line=$(grep "\.dsc' " <<<"$uris") || die "no .dsc for $pkg $version"
  orig_line=$(grep -E "\.orig\.tar\.[a-z0-9]+' " <<<"$uris") || die "no upstream tarball for $pkg $version"
  local f url name sha
  for f in "$dsc_line" "$orig_line"; do
    url=$(awk '{print $1}' <<<"$f" | tr -d "'"); name=$(awk '{print $2}' <<<"$f"); sha=$(awk '{print $4}' <<<"$f" | sed 's/^SHA256://')
    curl -fsSL --retry 3 -o "$cache/src/$name.part" "$url" || die "download failed: $url"
    # the signed source index vouches for each file's hash
    echo "$sha  $cache/src/$name.part" | sha256sum -c --quiet - >/dev/null || die "checksum mismatch (index) for $name"
    mv "$cache/src/$name.part" "$cache/src/$name"
  done
  local dsc orig
  dsc=$cache/src/$(awk '{print $2}' <<<"$dsc_line"); orig=$cache/src/$(awk '{print $2}' <<<"$orig_line")
  # and the .dsc vouches for the upstream tarball
  local want
  want=$(sed -n '/^Checksums-Sha256:/,/^[A-Z]/p' "$dsc" | awk -v n="$(basename "$orig")" '$3 == n {print $1}')
  [ -n "$want" ] || die "$(basename "$dsc") lists no sha256 for $(basename "$orig")"
  echo "$want  $orig" | sha256sum -c --quiet - >/dev/null || die "sha256 of $(basename "$orig") differs from $(basename "$dsc")"
  echo "$want" >"$orig.verified"
  done_step "verified sha256 $want against $(basename "$dsc")"
  fetched=$orig
}

unpack() { # unpack TARBALL DIR
  rm -rf "$2"; mkdir -p "$2"; tar -xf "$1" -C "$2" --strip-components=1
}

# The stamp names the versions built and this script's hash: editing the script rebuilds.
script_hash=$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16)
if [ "${DELTABOX_REBUILD:-0}" != 1 ] && [ -f "$stamp" ] && grep -q " script=$script_hash\$" "$stamp" \
   && [ -x "$prefix/sbin/criu" ] && [ -e "$prefix/lib/libfuse3.so" ] && [ -e "$prefix/lib/libcriu.so" ]; then
  step "native libraries in $prefix"
  done_step "up to date ($(cat "$stamp" | cut -d' ' -f1-2))"
else
  mkdir -p "$build"
  fetch_source fuse3 "$FUSE_SERIES"; fuse_tar=$fetched
  fetch_source criu "$CRIU_SERIES"; criu_tar=$fetched
  fuse_ver=$(basename "$fuse_tar" | sed 's/^fuse3_\(.*\)\.orig\.tar.*/\1/')
  criu_ver=$(basename "$criu_tar" | sed 's/^criu_\(.*\)\.orig\.tar.*/\1/')

  step "build libfuse $fuse_ver (meson/ninja)"
  src=$build/fuse3; unpack "$fuse_tar" "$src"
  (cd "$src" && meson setup build --prefix="$prefix" --libdir=lib -Dexamples=false -Dtests=false \
       -Dutils=true -Dinitscriptdir= -Dudevrulesdir="$prefix/lib/udev/rules.d" -Duseroot=false \
       && ninja -C build && ninja -C build install) >"$build/fuse3.log" 2>&1 \
    || die "libfuse build failed; see $build/fuse3.log"
  done_step

  step "build CRIU $criu_ver (criu + libcriu)"
  src=$build/criu; unpack "$criu_tar" "$src"
  # RUNDIR: where criu keeps its kernel-feature cache (criu.kdat). CRIU writes it only on a
  # tmpfs and /run is not always one (here it is ext4), so every request re-probed the kernel;
  # <prefix>/run is a symlink the runtime points at a private directory on /dev/shm (CriuService)
  (cd "$src" && make -j"$(nproc)" criu lib RUNDIR="$prefix/run" \
     && make install-criu install-lib SKIP_PIP_INSTALL=1 PREFIX="$prefix" LIBDIR="$prefix/lib" \
          SBINDIR="$prefix/sbin" INCLUDEDIR="$prefix/include" LIBEXECDIR="$prefix/libexec") >"$build/criu.log" 2>&1 \
    || die "CRIU build failed; see $build/criu.log"
  done_step

  rm -rf "$build/fuse3" "$build/criu" # keep only the logs
  printf 'libfuse=%s criu=%s script=%s\n' "$fuse_ver" "$criu_ver" "$script_hash" >"$stamp"
fi

step "check"
"$prefix/sbin/criu" --version | head -n 1 | sed 's/^/  /'
PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --modversion fuse3 | sed 's/^/  libfuse /'
done_step
printf '[native] ready in %d ms: prefix %s\n' $((($(date +%s%N) - t_start) / 1000000)) "$prefix"
