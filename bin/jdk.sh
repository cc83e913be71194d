# Sourced by bin/mvn and bin/passerelles: exports JAVA_HOME pointing at a JDK 21 or newer.
# The machine's default java is 17; Temurin lives under /usr/lib/jvm. An explicit JAVA_HOME wins if it is 21+.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1; }
pick_jdk() {
  local cand v
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-*-jdk-* /usr/lib/jvm/*; do
    [ -n "$cand" ] && [ -x "$cand/bin/javac" ] || continue
    v=$(java_major "$cand")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then echo "$cand"; return 0; fi
  done
  return 1
}
if ! JAVA_HOME=$(pick_jdk); then
  echo "Passerelles needs a JDK 21 or newer (none found in JAVA_HOME or /usr/lib/jvm)." >&2
  echo "Install one, e.g. Temurin 21+ (apt install temurin-21-jdk) or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME
JAVA_MAJOR=$(java_major "$JAVA_HOME")
export JAVA_MAJOR
export PATH="$JAVA_HOME/bin:$PATH"
