#!/usr/bin/env bash
# Measures each hold as audio: the skill's own SSML between the start cue and the release cue,
# rendered by espeak-ng at 150 words a minute (the rate SpeechTiming assumes), between two marker
# words; the hold is that render's length less the markers' own length.
# Needs espeak-ng and sox (apt-get install espeak-ng sox). Usage: bench/hold-timing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in espeak-ng soxi; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install espeak-ng sox" >&2; exit 1; }
done
# HoldSsml drives the skill through the local tools' session, so it runs from the local jar.
jar=target/hip-check-local.jar
[ -f "$jar" ] || mvn -q -B -ntp -DskipTests package
mkdir -p bench/target/audio
javac -d bench/target -cp "$jar" bench/src/HoldSsml.java
work=bench/target/audio
render() { printf '<speak>%s</speak>' "$1" > "$work/in.ssml"; espeak-ng -m -s 150 -w "$work/out.wav" -f "$work/in.ssml"; soxi -D "$work/out.wav"; }
# The markers' own length, measured with a known 1 s break between them: a break replaces the pause
# the voice would make after "Go.", so the markers are measured the way they sit around a hold.
markers=$(python3 -c "print($(render 'Go. <break time="1000ms"/> Relax.') - 1.0)")
worst=0
for seconds in $(seq 20 30); do
  middle=$(java -cp "$jar:bench/target" HoldSsml "$seconds" 2>/dev/null | tail -1)
  total=$(render "Go. $middle Relax.")
  python3 - "$seconds" "$total" "$markers" <<'PY'
import sys
hold, total, markers = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
measured = total - markers
print(f"hold {hold:2d} s: rendered {measured:6.2f} s, off by {measured - hold:+.2f} s")
PY
done
