#!/usr/bin/env bash
# Does any JVM flag beyond the Lambda runtime's default shorten Hip Check's cold start? Each
# candidate runs alternately with the baseline (tiered compilation stopped at level 1, as the
# Lambda Java runtimes do); median of RUNS fresh JVMs answering one LaunchRequest.
# Usage: bench/jvm-flags.sh [RUNS]      (default 11)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
jar=target/hip-check.jar
mvn -q -B -ntp -DskipTests package
mkdir -p bench/target
# Only what runs here, against the Lambda jar alone: it measures what Lambda runs, and
# bench/src/HoldSsml.java needs the local tools, which that jar leaves out.
javac -d bench/target -cp "$jar" bench/src/FirstResponse.java
export SKILL_ID=amzn1.ask.skill.00000000-0000-4000-8000-000000000000
candidates=("" "-XX:+UseSerialGC" "-XX:-UsePerfData" "-XX:+UseSerialGC -XX:-UsePerfData" "-Xss512k")
once() {
  local start end
  start=$(date +%s%N)
  # shellcheck disable=SC2086  # the candidate is a list of flags
  java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 $1 -cp "$jar:bench/target" FirstResponse \
      com.hipcheck.alexa.HipCheckStreamHandler bench/requests/launch.json >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
for _ in $(seq "$runs"); do
  for i in "${!candidates[@]}"; do echo "$i $(once "${candidates[$i]}")"; done
done > bench/target/flags.txt
for i in "${!candidates[@]}"; do
  median=$(awk -v k="$i" '$1 == k {print $2}' bench/target/flags.txt | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-40s %5s ms\n' "${candidates[$i]:-(Lambda default only)}" "$median"
done
