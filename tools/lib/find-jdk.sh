# Sourced by every launcher: sets JAVA_HOME to a JDK >= 22 and exports it, or explains
# what is missing and exits. The machine's default java may be older (17).
# Order: $DELTABOX_JAVA_HOME, $JAVA_HOME, the java on PATH, then /usr/lib/jvm/* (newest first).
deltabox_java_feature() { # prints the feature release of the JDK at $1 (e.g. 25), or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}
deltabox_find_jdk() {
  local c v candidates=()
  [ -n "${DELTABOX_JAVA_HOME:-}" ] && candidates+=("$DELTABOX_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v javac >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${c%/}"); done
  for c in "${candidates[@]}"; do
    v=$(deltabox_java_feature "$c")
    if [ -n "$v" ] && [ "$v" -ge 22 ]; then JAVA_HOME=$c; export JAVA_HOME; return 0; fi
  done
  {
    echo "DeltaBox needs a JDK 22 or newer (it uses the Foreign Function & Memory API)."
    echo "Looked at: ${candidates[*]:-nothing}"
    echo "Install one (e.g. apt-get install openjdk-25-jdk-headless where available, or Temurin 25)"
    echo "or point DELTABOX_JAVA_HOME at it."
  } >&2
  return 1
}
deltabox_find_jdk || exit 3
