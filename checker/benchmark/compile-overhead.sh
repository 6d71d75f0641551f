#!/usr/bin/env bash
# Compile-time overhead of -Xplugin:PinCheck on a real code base that does not use pincheck:
# commons-lang3 3.18.0 and commons-collections4 4.5.0 compiled from their sources jars, each
# run in a fresh javac JVM, alternating three configurations: plain javac; javac with a no-op
# plugin that only registers a task listener (what javac itself spends on any listening plugin,
# Error Prone's and NullAway's included); javac with PinCheck. Prints wall and CPU times side
# by side, the overheads, and the number of pincheck diagnostics (expected: 0, no internal error).
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
# The runtime (and so the contract annotations) is on the class path of both runs, as in a
# project that depends on it: the plugin then really scans every body for contract calls.
runtime_jar="$(ls "$root"/runtime/library/target/pincheck-runtime-*.jar | grep -v sources | head -1)"

echo "== building the no-op baseline plugin"
mkdir -p "$work/noop/META-INF/services"
javac -d "$work/noop" "$root/checker/benchmark/noop-plugin/noop/NoopPlugin.java"
echo noop.NoopPlugin > "$work/noop/META-INF/services/com.sun.source.util.Plugin"

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
    -Xmaxwarns 100000 -Xmaxerrs 100000 -cp "$runtime_jar" -d "$out" "$@" @"$work/files.txt"
}

TIMEFORMAT='%R %U %S'
measure() { # run a command; print "wall cpu" in seconds (cpu = user + sys of the javac JVM)
  local times
  times=$( { time "$@" > "$work/last.log" 2>&1; } 2>&1 ) \
    || { cat "$work/last.log"; echo "compilation failed" >&2; exit 1; }
  awk '{printf "%.2f %.2f", $1, $2 + $3}' <<< "$times"
}

plain_wall=(); plain_cpu=(); noop_wall=(); noop_cpu=(); with_wall=(); with_cpu=()
for i in $(seq "$runs"); do
  read -r w c <<< "$(measure compile "$work/out-plain")"
  plain_wall+=("$w"); plain_cpu+=("$c")
  read -r w c <<< "$(measure compile "$work/out-noop" -processorpath "$work/noop" -Xplugin:Noop)"
  noop_wall+=("$w"); noop_cpu+=("$c")
  read -r w c <<< "$(measure compile "$work/out-plugin" -processorpath "$plugin_path" -Xplugin:PinCheck)"
  with_wall+=("$w"); with_cpu+=("$c")
  diagnostics=$(grep -cE '\[(Pin|Srcu|Blocking|Use|Unchecked|Long|Contract|Callback|Teardown|LastPut|Mmap|Register)[A-Za-z]*\]' "$work/last.log" || true)
  internal=$(grep -c 'PinCheckInternalError' "$work/last.log" || true)
  echo "   run $i: plain ${plain_wall[-1]} s (cpu ${plain_cpu[-1]} s), no-op plugin ${noop_wall[-1]} s (cpu ${noop_cpu[-1]} s), PinCheck ${with_wall[-1]} s (cpu ${with_cpu[-1]} s); $diagnostics pincheck diagnostics, $internal internal errors"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
pw=$(median "${plain_wall[@]}"); nw=$(median "${noop_wall[@]}"); ww=$(median "${with_wall[@]}")
pc=$(median "${plain_cpu[@]}"); nc=$(median "${noop_cpu[@]}"); wc=$(median "${with_cpu[@]}")
pct() { echo "($1 - $2) * 100 / $2" | bc -l; }
echo
printf '%-30s %9s %9s %17s %17s\n' "javac, median of $runs runs" "wall" "cpu" "wall vs plain" "wall vs no-op"
printf '%-30s %8.2fs %8.2fs\n' "plain" "$pw" "$pc"
printf '%-30s %8.2fs %8.2fs %16.1f%%\n' "no-op listening plugin" "$nw" "$nc" "$(pct "$nw" "$pw")"
printf '%-30s %8.2fs %8.2fs %16.1f%% %16.1f%%\n' "-Xplugin:PinCheck" "$ww" "$wc" "$(pct "$ww" "$pw")" "$(pct "$ww" "$nw")"
