# Sourced by the launchers after find-jdk.sh: installs the native toolchain (idempotent,
# a fraction of a second when done) and builds the project when it was never built or a
# source changed. Silent when there is nothing to do, so command output stays clean.
deltabox_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
deltabox_native_log=$(mktemp)
if ! "$deltabox_repo/tools/setup/native.sh" >"$deltabox_native_log" 2>&1; then
  cat "$deltabox_native_log" >&2; rm -f "$deltabox_native_log"; exit 4
fi
grep -q 'up to date' "$deltabox_native_log" || cat "$deltabox_native_log" >&2
rm -f "$deltabox_native_log"
deltabox_stamp=$deltabox_repo/tools/target/.built
if [ ! -f "$deltabox_stamp" ] || [ -n "$(find "$deltabox_repo"/{pom.xml,bindings,runtime,tools,c-src,jmh} \
      -path '*/target' -prune -o -type f -newer "$deltabox_stamp" -print -quit 2>/dev/null)" ]; then
  echo "[build] compiling DeltaBox (tools/mvn -q -DskipTests package) ..." >&2
  deltabox_t0=$(date +%s)
  (cd "$deltabox_repo" && "$deltabox_repo/tools/mvn" -B -q -DskipTests package) >&2 \
    || { echo "[build] failed: run 'tools/mvn -DskipTests package' to see why" >&2; exit 4; }
  touch "$deltabox_stamp"
  echo "[build] done in $(( $(date +%s) - deltabox_t0 )) s" >&2
fi
