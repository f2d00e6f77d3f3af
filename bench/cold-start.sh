#!/usr/bin/env bash
# Cold start and warm latency of the shaded jar, on this machine.
#   cold: a fresh JVM per run builds the handler and answers one LaunchRequest; the whole
#         process is timed; median of RUNS runs, with the Lambda runtime's JVM flags
#         (tiered compilation stopped at level 1) and with default flags.
#   warm: whole conversations through the handler in one JVM after warm-up, p50/p99 per turn.
# Usage: bench/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
jar=target/hip-check.jar
[ -f "$jar" ] || mvn -q -B -ntp -DskipTests package
mkdir -p bench/target
javac -q -d bench/target -cp "$jar" bench/src/*.java 2>/dev/null || javac -d bench/target -cp "$jar" bench/src/*.java
cp="$jar:bench/target"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

time_runs() {  # $@: extra JVM flags
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    java "$@" -cp "$cp" FirstResponse com.hipcheck.alexa.HipCheckStreamHandler bench/requests/launch.json >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done
}

lambda_flags=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1)
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); jar: $(du -k "$jar" | cut -f1) KiB"
echo "cold first response, Lambda flags (${lambda_flags[*]}): median $(time_runs "${lambda_flags[@]}" | median) ms over $runs runs"
echo "cold first response, default flags: median $(time_runs | median) ms over $runs runs"
java -cp "$cp" WarmTurns 20000 | sed 's/^/warm per turn: /'
