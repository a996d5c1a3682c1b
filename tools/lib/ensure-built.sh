# Sourced by the launchers after find-jdk.sh: installs the native toolchain (idempotent,
# seconds when done) and builds the project when it was never built or a source changed.
deltabox_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$deltabox_repo/tools/setup/native.sh" >&2 || exit 4
deltabox_stamp=$deltabox_repo/tools/target/classpath.txt
if [ ! -f "$deltabox_stamp" ] || [ -n "$(find "$deltabox_repo"/{pom.xml,bindings,runtime,tools,c-src,jmh} \
      -path '*/target' -prune -o -type f -newer "$deltabox_stamp" -print -quit 2>/dev/null)" ]; then
  echo "[build] compiling DeltaBox (tools/mvn -q -DskipTests package) ..." >&2
  deltabox_t0=$(date +%s)
  (cd "$deltabox_repo" && "$deltabox_repo/tools/mvn" -B -q -DskipTests package) >&2 \
    || { echo "[build] failed: run 'tools/mvn -DskipTests package' to see why" >&2; exit 4; }
  echo "[build] done in $(( $(date +%s) - deltabox_t0 )) s" >&2
fi
