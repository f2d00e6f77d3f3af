// Runs the phrasing corpus (src/test/resources/phrasings) under virtual-alexa's strict matching:
// each line is said at its moment of a fresh session (reached by intent, as PhrasingCorpusTest
// does, with moments.js; the moments about what is kept on the endpoint with a store) and must be heard as its intent or record exactly its answers. A line virtual-alexa matches
// to no intent is a miss; one that records an answer it does not mean is misrecorded, and fails
// the run whatever the share. Prints one summary line and the first misses; the full list goes to
// target/virtual-alexa-phrasings.txt.
const fs = require("fs");
const path = require("path");
const va = require("virtual-alexa");

// The level reached (86.6 % of en-US's 2,427 lines, 86.7-86.8 % in every other locale, 2026-12-07),
// not yet issue 17's 92 %: a line for an intent without slots is understood under strict matching
// only when it is a sample word for word.
const UNDERSTOOD_AT_LEAST = 0.85;
const MISSES_SHOWN = 25;

const { KEEPING, LOCALE, walk, readCorpus } = require("./moments");

function load(dir) {
  return readCorpus(dir).map((row) => {
    const words = row.meaning.split(/\s+/);
    const line = { file: row.file, number: row.number, moment: row.moment, typed: row.words, answers: {},
      intent: null, slots: {} };
    if (/^[A-Z_]+=(YES|NO|UNSURE)$/.test(words[0])) {
      words.forEach((w) => { const [q, a] = w.split("="); line.answers[q] = a; });
    } else {
      line.intent = words[0];
      words.slice(1).forEach((w) => { const [k, v] = w.split("="); line.slots[k] = v; });
    }
    return line;
  });
}

// The answers the response after holds that the one before did not, on either side.
function recorded(before, after) {
  const out = {};
  for (const side of ["right", "left"]) {
    const was = ((before.sessionAttributes || {}).hipCheck || {})[side] || {};
    const is = ((after.sessionAttributes || {}).hipCheck || {})[side] || {};
    for (const [q, a] of Object.entries(is)) {
      if (was[q] !== a) out[side === "right" ? q : `left ${q}`] = a;
    }
  }
  return out;
}

// virtual-alexa sends AMAZON.NUMBER as the words heard ("twenty"); Alexa sends digits ("20").
const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };
function digits(value) {
  let n = 0;
  for (const w of String(value).toLowerCase().split(/[\s-]+/)) {
    if (/^\d+$/.test(w)) n += Number(w);
    else if (UNITS.includes(w)) n += UNITS.indexOf(w);
    else if (TENS[w] !== undefined) n += TENS[w];
    else return value;
  }
  return String(n);
}

// Alexa's speech recognition writes a spoken number above twenty as digits ("thirty" is "30");
// virtual-alexa takes the words typed as the transcript and knows number words only up to twenty,
// so the words are written as Alexa would transcribe them before they are said.
const SPOKEN_TENS = /\b(twenty|thirty|forty|fifty|sixty)(?:[\s-](one|two|three|four|five|six|seven|eight|nine)\b)?/gi;
const asTranscribed = (text) => text.replace(SPOKEN_TENS, (m, tens, unit) =>
  String(TENS[tens.toLowerCase()] + (unit ? UNITS.indexOf(unit.toLowerCase()) : 0)));

// A slot as its entity-resolution id when it has one, else as heard (a number as digits).
function slotId(slot) {
  const authorities = (slot.resolutions || {}).resolutionsPerAuthority || [];
  const match = authorities.find((a) => a.status && a.status.code === "ER_SUCCESS_MATCH");
  return match ? match.values[0].value.id : digits(slot.value);
}

const show = (o) => Object.entries(o).map(([k, v]) => `${k}=${v}`).join(" ");
const sameAnswers = (a, b) => show(a) === show(b) && Object.keys(a).length === Object.keys(b).length;

async function runLine(urls, model, line) {
  const url = KEEPING.has(line.moment) ? urls.keeping : urls.plain;
  const alexa = va.VirtualAlexa.Builder().skillURL(url).interactionModelFile(model).locale(LOCALE).create();
  const before = await walk(alexa, line.moment);
  let sent = null;
  alexa.filter((request) => { sent = request; });
  let after;
  try {
    after = await alexa.utter(asTranscribed(line.typed));
  } catch (e) {
    if (/Unable to match utterance/.test(e.message)) {
      return { understood: false, misrecorded: false, got: "no intent matches" };
    }
    throw e;
  }
  const intent = sent && sent.request.intent ? sent.request.intent : { name: sent ? sent.request.type : "?" };
  const slots = {};
  Object.keys(line.slots).forEach((k) => {
    const slot = (intent.slots || {})[k];
    if (slot && slot.value !== undefined) slots[k] = slotId(slot);
  });
  const got = recorded(before, after);
  const misrecorded = Object.entries(got).some(([q, a]) => (line.answers[q] !== a));
  const heard = `${intent.name}${Object.keys(slots).length ? " " + show(slots) : ""}`;
  const summary = `${heard}, recorded ${Object.keys(got).length ? show(got) : "nothing"}`;
  const understood = line.intent === null ? !misrecorded && sameAnswers(got, line.answers)
    : !misrecorded && line.intent === intent.name && show(slots) === show(line.slots);
  return { understood, misrecorded, got: summary };
}

// `urls`: { plain, keeping }, the endpoints without and with a history store.
async function run(urls, model, dir, report) {
  const lines = load(dir);
  const misses = [];
  let misrecorded = 0;
  for (const line of lines) {
    const o = await runLine(urls, model, line);
    if (o.misrecorded) misrecorded++;
    if (!o.understood) {
      const want = line.intent === null ? show(line.answers) : `${line.intent}${Object.keys(line.slots).length ? " " + show(line.slots) : ""}`;
      misses.push({ misrecorded: o.misrecorded,
        text: `${o.misrecorded ? "MISRECORDED" : "miss"} ${line.file}:${line.number}  "${line.typed}" -> ${o.got} (want ${want})` });
    }
  }
  const share = (lines.length - misses.length) / lines.length;
  const summary = `virtual-alexa phrasings ${LOCALE}: ${lines.length} utterances, ${(100 * share).toFixed(1)} % understood, `
    + `${misrecorded} misrecorded`;
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.writeFileSync(report, [summary, ...misses.map((m) => m.text)].join("\n") + "\n");
  console.log(summary);
  // Misrecordings first: they fail the run whatever the share.
  const shown = [...misses.filter((m) => m.misrecorded), ...misses.filter((m) => !m.misrecorded)].slice(0, MISSES_SHOWN);
  shown.forEach((m) => console.log(`  ${m.text}`));
  if (misses.length > shown.length) {
    console.log(`  ... and ${misses.length - shown.length} more misses, all in ${report}`);
  }
  const ok = misrecorded === 0 && share >= UNDERSTOOD_AT_LEAST;
  if (!ok) {
    console.error(`FAILED virtual-alexa phrasings: ${(100 * share).toFixed(1)} % understood (at least `
      + `${100 * UNDERSTOOD_AT_LEAST} % needed), ${misrecorded} misrecorded`);
  }
  return ok;
}

module.exports = { run, load, recorded, asTranscribed, slotId };

if (require.main === module) {
  const [url, keepingUrl, model, dir, report] = process.argv.slice(2);
  run({ plain: url, keeping: keepingUrl }, model, dir, report || "target/virtual-alexa-phrasings.txt")
    .then((ok) => process.exit(ok ? 0 : 1))
    .catch((e) => { console.error(e); process.exit(1); });
}
