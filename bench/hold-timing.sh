#!/usr/bin/env bash
# Measures each hold as audio: the skill's own SSML between the start cue and the release cue,
# rendered by espeak-ng at 150 words a minute (the rate SpeechTiming assumes), between two marker
# words; the hold is that render's length less the markers' own length. Prints each hold's error
# and the range, and exits 1 if any hold renders more than 1 s away from its length.
# Needs espeak-ng and sox (apt-get install espeak-ng sox). Usage: bench/hold-timing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in espeak-ng soxi python3; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install espeak-ng sox python3" >&2; exit 1; }
done
# HoldSsml drives the skill through the local tools' session, so it runs from the local jar (the
# Lambda jar, target/hip-check.jar, leaves the local tools out). Rebuilt when the code is newer.
jar=target/hip-check-local.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main models pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -q -B -ntp -DskipTests package
fi
work=bench/target/audio
mkdir -p "$work"
javac -d bench/target -cp "$jar" bench/src/HoldSsml.java
# espeak-ng keeps only the first of two breaks in a row (<break 10 s/> <break 4 s/> is 10 s of
# silence), where Alexa pauses for both; the skill splits pauses over 10 s into such runs, so each
# run is rendered as the one break of the same total length (espeak-ng has no 10 s limit).
merge_breaks() {
  python3 -c '
import re, sys
ms = lambda b: int(b[1]) * (1000 if b[2] == "s" else 1)
run = re.compile(r"<break time=\"(\d+)(ms|s)\"/>(?:\s*<break time=\"\d+(?:ms|s)\"/>)+")
one = re.compile(r"<break time=\"(\d+)(ms|s)\"/>")
print(run.sub(lambda m: "<break time=\"%dms\"/>" % sum(ms(b) for b in one.finditer(m[0])), sys.stdin.read()))'
}
render() { printf '<speak>%s</speak>' "$1" > "$work/in.ssml"; espeak-ng -m -s 150 -w "$work/out.wav" -f "$work/in.ssml"; soxi -D "$work/out.wav"; }
# The markers' own length, measured with a known 1 s break between them: a break replaces the pause
# the voice would make after "Go.", so the markers are measured the way they sit around a hold.
markers=$(python3 -c "print($(render 'Go. <break time="1000ms"/> Relax.') - 1.0)")
results=()
for seconds in $(seq 20 30); do
  java -cp "$jar:bench/target" HoldSsml "$seconds" > "$work/hold.out" 2> "$work/hold.err" \
    || { cat "$work/hold.err" >&2; exit 1; }
  middle=$(tail -1 "$work/hold.out" | merge_breaks)
  results+=("$seconds $(render "Go. $middle Relax.")")
done
printf '%s\n' "${results[@]}" | python3 -c '
import sys
markers, bound = float(sys.argv[1]), 1.0
errors = []
for line in sys.stdin:
    hold, total = int(line.split()[0]), float(line.split()[1])
    error = total - markers - hold
    errors.append(abs(error))
    flag = "" if abs(error) <= bound else "   OUTSIDE +-%.0f s" % bound
    print(f"hold {hold:2d} s: rendered {hold + error:6.2f} s, off by {error:+.2f} s{flag}")
print(f"off by {min(errors):.2f}-{max(errors):.2f} s; bound +-{bound:.0f} s")
sys.exit(0 if max(errors) <= bound else 1)' "$markers"

# The screen's countdown starts when the voice has said the hold's start cue: its startsAfterMs
# (the same estimate) against the cue rendered alone, for every hold screen the skill sends
# (target/screens/sent, written by ScreenCatalogTest; skipped when it is not there).
if ls target/screens/sent/hold-*.json >/dev/null 2>&1; then
  python3 -c '
import json, glob
seen = {}
for f in sorted(glob.glob("target/screens/sent/hold-*.json")):
    s = json.load(open(f))["datasources"]["screen"]
    seen[s["text"]] = s["hold"]["startsAfterMs"]
for text, ms in seen.items():
    print(f"{ms}\t{text}")' > "$work/starts.tsv"
  while IFS=$'\t' read -r ms text; do
    echo "countdown start: screen at $((ms)) ms, voice $(python3 -c "print(round($(render "$text") * 1000))") ms: $text"
  done < "$work/starts.tsv"
fi
