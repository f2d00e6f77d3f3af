#!/usr/bin/env bash
# Performance benchmark: Hip Check against a bare hello-world skill on ask-sdk-core, side by side.
# The reference is built twice: as a bare skill gets it (the SDK's own Jackson 2.13) and on the
# current Jackson that Hip Check pins, which tells the newer Jackson's cost from Hip Check's own.
#   cold: a fresh JVM builds the handler and answers one LaunchRequest; the whole process is timed,
#         (and Hip Check once more per pair from an Echo Show, whose first response carries a document);
#         runs alternate between the two skills (A B, B A, ...); median of RUNS pairs, with the
#         Lambda Java runtime's JVM flags (tiered compilation stopped at level 1) and with defaults;
#         peak RSS of those processes from /usr/bin/time.
#         Every locale's speech and screen words load when Phrasebook and Labels initialise, so
#         each cold start loads all five; Hip Check's en-GB and en-IN launches are timed too.
#   warm: TURNS turns of whole conversations in one JVM after 5,000 warm-up turns, p50/p99.
#   jar:  size of each shaded jar.
#   store (needs Node.js; skipped with one line without it): a returning user's LaunchRequest with
#         the history store on dynalite (tools/dynalite; table from template.yaml, bench user
#         seeded by bench/src/SeedPractice.java, which also answers the Settings API's time zone
#         on loopback, as a device's launch asks for it): Hip Check's fresh-JVM first response with
#         HISTORY_TABLE and HISTORY_ENDPOINT set against the hello world that builds the same
#         DynamoDB client and does one GetItem (bench/hello-skill -Pdynamodb), RUNS alternating
#         pairs with the Lambda flags; then, in one JVM each, the first real store load after
#         HistoryStores.primed and without it (bench/src/PrimedStore.java), and the returning
#         user's first real request (store read, zone from the loopback Settings API) after
#         Priming.beforeSnapshot, as on a SnapStart restore. Then the same pairs over TLS (needs
#         openssl; skipped with one line without it): dynalite and the Settings API's stand-in
#         serve HTTPS with a loopback certificate that the JVMs trust (a copy of the JDK's roots
#         with it added), as DynamoDB and Alexa's API are reached from Lambda.
# Usage: bench/run.sh [RUNS] [TURNS]      (defaults 15 and 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
turns=${2:-20000}
ours=target/hip-check.jar
ref=bench/hello-skill/target/hello-skill.jar
refj=bench/hello-skill/target/hello-skill-current-jackson.jar
mvn -q -B -ntp -DskipTests package
mvn -q -B -ntp -f bench/hello-skill/pom.xml package
mvn -q -B -ntp -f bench/hello-skill/pom.xml -Pcurrent-jackson package
mkdir -p bench/target
# Only what runs here, against the Lambda jar alone: it measures what Lambda runs, and
# bench/src/HoldSsml.java needs the local tools, which that jar leaves out.
javac -d bench/target -cp "$ours" bench/src/FirstResponse.java bench/src/WarmTurns.java bench/src/PrimedFirst.java
out=bench/target/results.txt
: > "$out"
for locale in en-GB en-IN; do
  sed "s/\"locale\": \"en-US\"/\"locale\": \"$locale\"/" bench/requests/launch.json > "bench/target/launch-$locale.json"
done
export SKILL_ID=amzn1.ask.skill.00000000-0000-4000-8000-000000000000   # as deployed: the ID is set

cold() {  # $1 label, $2 jar, $3 handler, rest: JVM flags; REQUEST picks another launch
  local label=$1 jar=$2 handler=$3; shift 3
  local start answered
  start=$(date +%s%3N)
  # Until the response is complete (FirstResponse prints when), not until the JVM has exited.
  answered=$(/usr/bin/time -f %M -o bench/target/rss.txt java "$@" -cp "$jar:bench/target" FirstResponse "$handler" \
      "${REQUEST:-bench/requests/launch.json}" | sed -n 's/^answered //p')
  echo "$label $(( answered - start )) $(cat bench/target/rss.txt)" >> "$out"
}

for flags in lambda default; do
  if [ $flags = lambda ]; then jvm=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1); else jvm=(); fi
  for i in $(seq "$runs"); do
    if (( i % 2 )); then
      cold "$flags:ours" "$ours" com.hipcheck.alexa.HipCheckStreamHandler ${jvm[@]+"${jvm[@]}"}
      cold "$flags:ref" "$ref" hello.HelloStreamHandler ${jvm[@]+"${jvm[@]}"}
      cold "$flags:refj" "$refj" hello.HelloStreamHandler ${jvm[@]+"${jvm[@]}"}
    else
      cold "$flags:refj" "$refj" hello.HelloStreamHandler ${jvm[@]+"${jvm[@]}"}
      cold "$flags:ref" "$ref" hello.HelloStreamHandler ${jvm[@]+"${jvm[@]}"}
      cold "$flags:ours" "$ours" com.hipcheck.alexa.HipCheckStreamHandler ${jvm[@]+"${jvm[@]}"}
    fi
    # The same launch from an Echo Show: the first response that carries a document.
    REQUEST=bench/requests/launch-screen.json cold "$flags:screen" "$ours" com.hipcheck.alexa.HipCheckStreamHandler \
        ${jvm[@]+"${jvm[@]}"}
    if [ $flags = lambda ]; then
      for locale in en-GB en-IN; do
        REQUEST=bench/target/launch-$locale.json cold "$flags:$locale" "$ours" com.hipcheck.alexa.HipCheckStreamHandler \
            "${jvm[@]}"
      done
    fi
  done
done
echo "warm:ours $(java -cp "$ours:bench/target" WarmTurns com.hipcheck.alexa.HipCheckStreamHandler hipcheck "$turns" | tail -1)" >> "$out"
echo "warm:ref $(java -cp "$ref:bench/target" WarmTurns hello.HelloStreamHandler hello "$turns" 2>/dev/null | tail -1)" >> "$out"
echo "warm:refj $(java -cp "$refj:bench/target" WarmTurns hello.HelloStreamHandler hello "$turns" | tail -1)" >> "$out"
echo "primed:ours $(java -cp "$ours:bench/target" PrimedFirst | tail -1)" >> "$out"
echo "primed-screen:ours $(java -cp "$ours:bench/target" PrimedFirst bench/requests/launch-screen.json | tail -1)" >> "$out"
echo "jar:ours $(stat -c %s "$ours")" >> "$out"
echo "jar:ref $(stat -c %s "$ref")" >> "$out"
echo "jar:refj $(stat -c %s "$refj")" >> "$out"

store_bench() {
  (cd tools/dynalite && { npm ls dynalite >/dev/null 2>&1 || npm ci --no-audit --no-fund --silent; })
  mvn -q -B -ntp -f bench/hello-skill/pom.xml -Pdynamodb package
  # SeedPractice runs the test fixture (Dynalite), so it needs the test classpath.
  mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/target/test-cp.txt >/dev/null
  seedcp="bench/target/seed:target/test-classes:target/classes:$(cat bench/target/test-cp.txt)"
  mkdir -p bench/target/seed
  javac -d bench/target/seed -cp "$seedcp" bench/src/SeedPractice.java
  javac -d bench/target -cp "$ours" bench/src/PrimedStore.java
  returning store
  if command -v openssl >/dev/null 2>&1; then
    tls_files && returning tls
  else
    echo "bench/run.sh: openssl not found: the returning-user bench over TLS is skipped" >&2
  fi
}

# A certificate for 127.0.0.1 and localhost, and a trust store of the JDK's own roots with it
# added: the benched JVMs load as many roots as on Lambda, and trust the loopback servers.
tls_files() {
  local dir=bench/target/tls javahome
  rm -rf "$dir" && mkdir -p "$dir"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
      -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
  openssl pkcs12 -export -in "$dir/cert.pem" -inkey "$dir/key.pem" -passout pass:bench -out "$dir/server.p12"
  javahome=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
  cp "$javahome/lib/security/cacerts" "$dir/trust.store"
  keytool -importcert -noprompt -alias bench-loopback -file "$dir/cert.pem" -keystore "$dir/trust.store" \
      -storepass changeit >/dev/null 2>&1
}

# A returning user's launch, RUNS alternating pairs against ref-d, labelled $1: "store" over plain
# HTTP (then also the store loads and the first request after priming), "tls" with dynalite and
# the Settings API's stand-in on HTTPS, as DynamoDB and Alexa's API are reached from Lambda.
returning() {
  local label=$1 line endpoint refd=bench/hello-skill/target/dynamodb/hello-skill-dynamodb.jar
  local tls=() trust=() request=bench/target/launch-$1.json
  if [ "$label" = tls ]; then
    tls=(DYNALITE_TLS_KEY="$PWD/bench/target/tls/key.pem" DYNALITE_TLS_CERT="$PWD/bench/target/tls/cert.pem"
         BENCH_TLS_KEYSTORE="$PWD/bench/target/tls/server.p12")
    trust=(-Djavax.net.ssl.trustStore=bench/target/tls/trust.store -Djavax.net.ssl.trustStorePassword=changeit)
  fi
  # dynalite lives as long as SeedPractice's standard input, this coprocess's pipe, stays open.
  coproc SEED { exec env ${tls[@]+"${tls[@]}"} java ${trust[@]+"${trust[@]}"} -cp "$seedcp" SeedPractice; }
  read -r -t 60 -u "${SEED[0]}" line || { echo "dynalite did not start: see target/dynalite.log" >&2; return 1; }
  endpoint=${line#endpoint }
  read -r -t 60 -u "${SEED[0]}" line || { echo "the fake Alexa API did not start" >&2; return 1; }
  # The returning user's launch asks the stand-in Settings API for the device's zone, as on a device.
  sed "s#https://api.amazonalexa.com#${line#api }#" bench/requests/launch.json > "$request"
  (
    export HISTORY_TABLE=hip-check-history HISTORY_ENDPOINT=$endpoint AWS_REGION=us-east-1 \
      AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_EC2_METADATA_DISABLED=true
    jvm=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 ${trust[@]+"${trust[@]}"})
    for i in $(seq "$runs"); do
      if (( i % 2 )); then
        REQUEST=$request cold "$label:ours" "$ours" com.hipcheck.alexa.HipCheckStreamHandler "${jvm[@]}"
        cold "$label:refd" "$refd" hello.HelloStoreStreamHandler "${jvm[@]}"
      else
        cold "$label:refd" "$refd" hello.HelloStoreStreamHandler "${jvm[@]}"
        REQUEST=$request cold "$label:ours" "$ours" com.hipcheck.alexa.HipCheckStreamHandler "${jvm[@]}"
      fi
    done
    if [ "$label" = store ]; then
      for i in 1 2 3; do
        echo "storeload:primed $(java "${jvm[@]}" -cp "$ours:bench/target" PrimedStore primed | tail -1)" >> "$out"
        echo "storeload:cold $(java "${jvm[@]}" -cp "$ours:bench/target" PrimedStore cold | tail -1)" >> "$out"
      done
      echo "primed-store:ours $(java -cp "$ours:bench/target" PrimedFirst "$request" | tail -1)" >> "$out"
      echo "jar:refd $(stat -c %s "$refd")" >> "$out"
    fi
  )
  eval "exec ${SEED[1]}>&-"
  wait "$SEED_PID" || true
}
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  store_bench
else
  echo "bench/run.sh: Node.js and npm not found: the returning-user bench with dynalite is skipped" >&2
fi

python3 - "$out" "$runs" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
def cold(label, col):
    return statistics.median(float(r[col]) for r in rows if r[0] == label)
def kv(label):
    r = next(r for r in rows if r[0] == label)
    return dict(x.split("=") for x in r[1:])
def jar(label):
    return next(int(r[1]) for r in rows if r[0] == label) / 1024
print(f"{sys.argv[2]} alternating runs of each skill per JVM setting; ref = hello world on the SDK's Jackson 2.13,")
print("ref-j = the same hello world on the current Jackson that Hip Check pins")
print(f"{'':34}{'Hip Check':>10}{'ref':>9}{'ratio':>7}{'ref-j':>9}{'ratio':>7}")
def line(name, a, b, c, fmt="{:.0f}"):
    print(f"{name:34}{fmt.format(a):>10}{fmt.format(b):>9}{a / b:>7.2f}{fmt.format(c):>9}{a / c:>7.2f}")
for flags in ("lambda", "default"):
    line(f"cold first response, {flags} (ms)", cold(f"{flags}:ours", 1), cold(f"{flags}:ref", 1), cold(f"{flags}:refj", 1))
for flags in ("lambda", "default"):
    line(f"  from an Echo Show, {flags} (ms)", cold(f"{flags}:screen", 1), cold(f"{flags}:ref", 1), cold(f"{flags}:refj", 1))
for locale in ("en-GB", "en-IN"):
    line(f"  in {locale}, lambda (ms)", cold(f"lambda:{locale}", 1), cold("lambda:ref", 1), cold("lambda:refj", 1))
for flags in ("lambda", "default"):
    line(f"peak RSS, cold, {flags} (MiB)", cold(f"{flags}:ours", 2) / 1024, cold(f"{flags}:ref", 2) / 1024,
         cold(f"{flags}:refj", 2) / 1024)
wo, wr, wj = kv("warm:ours"), kv("warm:ref"), kv("warm:refj")
for q in ("p50", "p99"):
    line(f"warm {q} per turn (us)", float(wo[q + "_us"]), float(wr[q + "_us"]), float(wj[q + "_us"]), "{:.1f}")
line("shaded jar (KiB)", jar("jar:ours"), jar("jar:ref"), jar("jar:refj"))
p = kv("primed:ours")
print(f"after priming, first real request: {float(p['first_us']):.1f} us (warm p50 in that process {float(p['warm_p50_us']):.1f} us)")
p = kv("primed-screen:ours")
print(f"  from an Echo Show, with its document: {float(p['first_us']):.1f} us (warm p50 {float(p['warm_p50_us']):.1f} us)")
if any(r[0] == "store:ours" for r in rows):
    a, b = cold("store:ours", 1), cold("store:refd", 1)
    print()
    print("returning user, history store on dynalite (HISTORY_TABLE and HISTORY_ENDPOINT set), lambda flags")
    print(f"{'':34}{'Hip Check':>10}{'ref-d':>9}{'ratio':>7}   ref-d = hello world + same client + one GetItem")
    print(f"{'cold first response (ms)':34}{a:>10.0f}{b:>9.0f}{a / b:>7.2f}")
    if any(r[0] == "tls:ours" for r in rows):
        a, b = cold("tls:ours", 1), cold("tls:refd", 1)
        print(f"{'  over TLS, as from Lambda (ms)':34}{a:>10.0f}{b:>9.0f}{a / b:>7.2f}")
    print(f"{'peak RSS, cold (MiB)':34}{cold('store:ours', 2) / 1024:>10.0f}{cold('store:refd', 2) / 1024:>9.0f}")
    print(f"{'shaded jar (KiB)':34}{jar('jar:ours'):>10.0f}{jar('jar:refd'):>9.0f}")
    def loads(label):
        return statistics.median(float(dict(x.split("=") for x in r[1:])["first_ms"]) for r in rows if r[0] == label)
    print(f"first real store load in a JVM: after HistoryStores.primed {loads('storeload:primed'):.1f} ms, "
          f"unprimed {loads('storeload:cold'):.1f} ms (median of 3)")
    q = kv("primed-store:ours")
    print(f"after Priming.beforeSnapshot, the returning user's first real request: {float(q['first_us']) / 1000:.1f} ms")
PY
