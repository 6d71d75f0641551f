#!/usr/bin/env bash
# Compile-time overhead of -Xplugin:PinCheck on a real code base that does not use pincheck:
# commons-lang3 3.18.0 and commons-collections4 4.5.0 compiled from their sources jars, each
# run in a fresh javac JVM, alternating plain and plugin runs. Prints wall times side by side,
# the overhead, and the number of pincheck diagnostics (expected: 0, and no internal error).
#
# Usage: checker/benchmark/compile-overhead.sh [RUNS]   (default 3 runs of each)
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${PINCHECK_BENCH_DIR:-$root/checker/benchmark/target}
mkdir -p "$work"

echo "== building the plugin"
mvn -q -B -f "$root/pom.xml" -pl checker/javac -am install -DskipTests
mvn -q -B -f "$root/checker/javac/pom.xml" dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/plugin.cp"
plugin_path="$(ls "$root"/checker/javac/target/pincheck-javac-*.jar | grep -v sources | head -1):$(cat "$work/plugin.cp")"

echo "== fetching the corpus (sources jars from Maven Central)"
src="$work/corpus"
if [ ! -f "$src/.done" ]; then
  rm -rf "$src" && mkdir -p "$src"
  for artifact in org.apache.commons:commons-lang3:3.18.0:jar:sources \
                  org.apache.commons:commons-collections4:4.5.0:jar:sources; do
    mvn -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work/jars"
  done
  for jar in "$work"/jars/*-sources.jar; do
    (cd "$src" && unzip -q -o "$jar" '*.java')
  done
  touch "$src/.done"
fi
find "$src" -name '*.java' ! -name module-info.java ! -name package-info.java > "$work/files.txt"
files=$(wc -l < "$work/files.txt")
lines=$(xargs cat < "$work/files.txt" | wc -l)
echo "   $files files, $lines lines"

exports=()
for pkg in api code file main model parser processing tree util; do
  exports+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$pkg=ALL-UNNAMED")
done
exports+=("-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED"
          "-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")

compile() { # $1 = out dir, rest = extra javac args
  local out=$1; shift
  rm -rf "$out" && mkdir -p "$out"
  javac "${exports[@]}" -J-Xmx2g --release 17 -encoding UTF-8 -proc:none -nowarn -Xlint:none \
    -Xmaxwarns 100000 -Xmaxerrs 100000 -d "$out" "$@" @"$work/files.txt"
}

seconds() { # run a command, print its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; echo "compilation failed" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

plain=(); with=()
for i in $(seq "$runs"); do
  plain+=("$(seconds compile "$work/out-plain")")
  with+=("$(seconds compile "$work/out-plugin" -processorpath "$plugin_path" -Xplugin:PinCheck)")
  diagnostics=$(grep -c '\[Pin\|\[Srcu\|\[Blocking\|\[Use\|\[Unchecked\|\[Long\|\[Contract\|\[Callback\|\[Teardown\|\[LastPut\|\[Mmap\|\[Register' "$work/last.log" || true)
  internal=$(grep -c 'PinCheckInternalError' "$work/last.log" || true)
  echo "   run $i: plain ${plain[-1]} s, with PinCheck ${with[-1]} s ($diagnostics pincheck diagnostics, $internal internal errors)"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
p=$(median "${plain[@]}"); w=$(median "${with[@]}")
echo
printf '%-28s %10s\n' "javac (median of $runs)" "wall time"
printf '%-28s %9.2fs\n' "plain" "$p"
printf '%-28s %9.2fs\n' "with -Xplugin:PinCheck" "$w"
printf '%-28s %9.1f%%\n' "overhead" "$(echo "($w - $p) * 100 / $p" | bc -l)"
