#!/usr/bin/env bash
# Performance benchmark: Hip Check against a bare hello-world skill on ask-sdk-core, side by side.
#   cold: a fresh JVM builds the handler and answers one LaunchRequest; the whole process is timed,
#         runs alternate between the two skills (A B, B A, ...); median of RUNS pairs, with the
#         Lambda Java runtime's JVM flags (tiered compilation stopped at level 1) and with defaults;
#         peak RSS of those processes from /usr/bin/time.
#   warm: TURNS turns of whole conversations in one JVM after 5,000 warm-up turns, p50/p99.
#   jar:  size of each shaded jar.
# Usage: bench/run.sh [RUNS] [TURNS]      (defaults 15 and 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
turns=${2:-20000}
ours=target/hip-check.jar
ref=bench/hello-skill/target/hello-skill.jar
mvn -q -B -ntp -DskipTests package
mvn -q -B -ntp -f bench/hello-skill/pom.xml package
mkdir -p bench/target
javac -d bench/target -cp "$ours" bench/src/*.java
out=bench/target/results.txt
: > "$out"
export SKILL_ID=amzn1.ask.skill.00000000-0000-4000-8000-000000000000   # as deployed: the ID is set

cold() {  # $1 label, $2 jar, $3 handler, rest: JVM flags
  local label=$1 jar=$2 handler=$3; shift 3
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f %M -o bench/target/rss.txt java "$@" -cp "$jar:bench/target" FirstResponse "$handler" \
      bench/requests/launch.json >/dev/null
  end=$(date +%s%N)
  echo "$label $(( (end - start) / 1000000 )) $(cat bench/target/rss.txt)" >> "$out"
}

for flags in lambda default; do
  if [ $flags = lambda ]; then jvm=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1); else jvm=(); fi
  for i in $(seq "$runs"); do
    if (( i % 2 )); then
      cold "$flags:ours" "$ours" com.hipcheck.alexa.HipCheckStreamHandler ${jvm[@]+"${jvm[@]}"}
      cold "$flags:ref" "$ref" hello.HelloStreamHandler ${jvm[@]+"${jvm[@]}"}
    else
      cold "$flags:ref" "$ref" hello.HelloStreamHandler ${jvm[@]+"${jvm[@]}"}
      cold "$flags:ours" "$ours" com.hipcheck.alexa.HipCheckStreamHandler ${jvm[@]+"${jvm[@]}"}
    fi
  done
done
echo "warm:ours $(java -cp "$ours:bench/target" WarmTurns com.hipcheck.alexa.HipCheckStreamHandler hipcheck "$turns" | tail -1)" >> "$out"
echo "warm:ref $(java -cp "$ref:bench/target" WarmTurns hello.HelloStreamHandler hello "$turns" | tail -1)" >> "$out"
echo "primed:ours $(java -cp "$ours:bench/target" PrimedFirst | tail -1)" >> "$out"
echo "jar:ours $(stat -c %s "$ours")" >> "$out"
echo "jar:ref $(stat -c %s "$ref")" >> "$out"

python3 - "$out" "$runs" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
def cold(label, col):
    return statistics.median(float(r[col]) for r in rows if r[0] == label)
def kv(label):
    r = next(r for r in rows if r[0] == label)
    return dict(x.split("=") for x in r[1:])
print(f"machine: {sys.argv[2]} alternating pairs per JVM setting")
print(f"{'':34}{'Hip Check':>12}{'reference':>12}{'ratio':>8}")
def line(name, a, b, fmt="{:.0f}"):
    print(f"{name:34}{fmt.format(a):>12}{fmt.format(b):>12}{a / b:>8.2f}")
for flags in ("lambda", "default"):
    line(f"cold first response, {flags} (ms)", cold(f"{flags}:ours", 1), cold(f"{flags}:ref", 1))
for flags in ("lambda", "default"):
    line(f"peak RSS, cold, {flags} (MiB)", cold(f"{flags}:ours", 2) / 1024, cold(f"{flags}:ref", 2) / 1024, "{:.0f}")
wo, wr = kv("warm:ours"), kv("warm:ref")
line("warm p50 per turn (us)", float(wo["p50_us"]), float(wr["p50_us"]), "{:.1f}")
line("warm p99 per turn (us)", float(wo["p99_us"]), float(wr["p99_us"]), "{:.1f}")
jo, jr = next(int(r[1]) for r in rows if r[0] == "jar:ours"), next(int(r[1]) for r in rows if r[0] == "jar:ref")
line("shaded jar (KiB)", jo / 1024, jr / 1024)
p = kv("primed:ours")
print(f"after priming, first real request: {float(p['first_us']):.1f} us (warm p50 in that process {float(p['warm_p50_us']):.1f} us)")
PY
