#!/usr/bin/env bash
# What Lambda's MemorySize buys Hip Check. Lambda gives a function CPU in proportion to its memory
# (1,769 MB is one full vCPU), so each memory size is emulated here with a CPU quota on a cgroup
# (cgroup v1 cpu controller, as root). For each size: the cold first response (fresh JVM, Lambda's
# JVM flags, median of RUNS) and, as SnapStart would see it, the first request after priming.
# Usage: bench/memory-size.sh [RUNS]      (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
cg=/sys/fs/cgroup/cpu
[ -w "$cg" ] || { echo "needs root and the cgroup v1 cpu controller at $cg" >&2; exit 1; }
jar=target/hip-check.jar
mvn -q -B -ntp -DskipTests package
mkdir -p bench/target
# Only what runs here, against the Lambda jar alone: it measures what Lambda runs, and
# bench/src/HoldSsml.java needs the local tools, which that jar leaves out.
javac -d bench/target -cp "$jar" bench/src/FirstResponse.java bench/src/PrimedFirst.java
export SKILL_ID=amzn1.ask.skill.00000000-0000-4000-8000-000000000000
period=100000
printf '%-10s %-8s %22s %26s\n' "memory" "vCPU" "cold first response" "first request after priming"
for mb in 512 1024 1536 1769 2048 3008; do
  group="$cg/hipcheck-bench-$mb"
  mkdir -p "$group"
  quota=$(( mb * period / 1769 ))
  echo "$period" > "$group/cpu.cfs_period_us"
  echo "$quota" > "$group/cpu.cfs_quota_us"
  times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    bash -c "echo \$\$ > $group/tasks; exec java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 \
      -cp $jar:bench/target FirstResponse com.hipcheck.alexa.HipCheckStreamHandler bench/requests/launch.json" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  cold=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  primed=$(bash -c "echo \$\$ > $group/tasks; exec java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 \
      -cp $jar:bench/target PrimedFirst" | sed -n 's/.*first_us=\([0-9.]*\).*/\1/p')
  printf '%-10s %-8s %19s ms %23s us\n' "$mb MB" "$(awk "BEGIN {printf \"%.2f\", $mb / 1769}")" "$cold" "$primed"
  rmdir "$group" 2>/dev/null || true
done
