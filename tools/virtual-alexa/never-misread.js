// Runs the never-misread corpus (src/test/resources/never-misread) under virtual-alexa's strict
// matching, as NeverMisreadTest does through the local resolver: each line is said at its moment of
// a fresh session (moments.js), and what Hip Check did is named from the response: a red flag,
// pain, a confirmation asked, answers recorded, a result kept, a history deleted, a reminder set, or nothing. A line
// is misread when Hip Check does anything its expectation does not allow, or misses pain or a red
// flag; there may be none. Words virtual-alexa matches to no intent are sent as
// AMAZON.FallbackIntent, as Alexa does. Prints one summary line and every misreading.
const fs = require("fs");
const path = require("path");
const va = require("virtual-alexa");
const { KEEPING, LOCALE, walk, readCorpus } = require("./moments");
const { asTranscribed } = require("./phrasings");

const SAFETY = new Set(["PAIN", "RED_FLAG"]);
// What Hip Check says once it has asked Alexa to set a reminder (as NeverMisreadTest.REMINDER_CALLED).
const REMINDER_CALLED = ["Done: I'll remind you", "permission for reminders", "couldn't reach your reminders"];
const CONFIRMED = { THIGH_STAYS_UP: "THIGH_DROPS=NO", THIGH_DROPS: "THIGH_DROPS=YES", LEG_DRIFTS_OUT: "LEG_DRIFTS_OUT=YES",
  LEG_STAYS_STRAIGHT: "LEG_DRIFTS_OUT=NO", BACK_ARCHES: "BACK_ARCHES=YES", BACK_FLAT: "BACK_ARCHES=NO" };

function load(dir) {
  return readCorpus(dir).map((row) => ({ file: row.file, number: row.number, moment: row.moment, typed: row.words,
    expected: row.meaning }));
}

const state = (response) => ((response || {}).sessionAttributes || {}).hipCheck || {};

// Names what the response `after` did, compared with `before` (as NeverMisreadTest.named).
function named(before, after, left) {
  const speech = ((((after || {}).response || {}).outputSpeech || {}).ssml || "").replace(/&apos;/g, "'");
  const ended = ((after || {}).response || {}).shouldEndSession === true;
  const was = state(before);
  const is = state(after);
  if (ended && speech.includes("Numbness, tingling")) return "RED_FLAG";
  if ((is.phase === "PAUSED" && (is.pain || 0) > (was.pain || 0)) || (ended && speech.includes("That's twice now"))) {
    return "PAIN";
  }
  if (is.forgotten && !was.forgotten) return "FORGET";
  // The user's yes to keeping: the session has held "consented" since the practice record (issue 19).
  if (is.consented && !was.consented) return "KEEP";
  if (REMINDER_CALLED.some((words) => speech.includes(words))) return "REMIND";
  const answers = [];
  for (const side of ["right", "left"]) {
    for (const [q, a] of Object.entries(is[side] || {})) {
      if ((was[side] || {})[q] !== a) answers.push(side === (left ? "left" : "right") ? `${q}=${a}` : `${side} ${q}=${a}`);
    }
  }
  if (answers.length) return answers.sort().join(" ");
  if (is.confirm && is.confirm !== was.confirm) return `CONFIRM ${CONFIRMED[is.confirm]}`;
  return "NOTHING";
}

function meets(got, expected) {
  const answers = expected.endsWith("?") ? expected.slice(0, -1) : expected;
  if (/^[A-Z_]+=[A-Z]+$/.test(answers) && got === `CONFIRM ${answers}`) return true;
  if (expected === "CONFIRM") return got.startsWith("CONFIRM");
  return got.split(" ").sort().join(" ") === answers.split(" ").sort().join(" ");
}

async function runLine(urls, model, line) {
  const alexa = va.VirtualAlexa.Builder().skillURL(KEEPING.has(line.moment) ? urls.keeping : urls.plain)
    .interactionModelFile(model).locale(LOCALE).create();
  const before = await walk(alexa, line.moment);
  let after;
  try {
    after = await alexa.utter(asTranscribed(line.typed));
  } catch (e) {
    if (!/Unable to match utterance/.test(e.message)) throw e;
    after = await alexa.intend("AMAZON.FallbackIntent");
  }
  return named(before, after, line.moment.startsWith("left-"));
}

// `urls`: { plain, keeping }, the endpoints without and with a history store.
async function run(urls, model, dir, report) {
  const lines = load(dir);
  const misread = [];
  const missed = [];
  for (const line of lines) {
    const got = await runLine(urls, model, line);
    if (!meets(got, line.expected)) {
      const text = `${line.file}:${line.number}  ${line.moment} | "${line.typed}" -> ${got} (want ${line.expected})`;
      (got === "NOTHING" && !SAFETY.has(line.expected) ? missed : misread).push(text);
    }
  }
  const summary = `virtual-alexa never-misread ${LOCALE}: ${lines.length} utterances, ${misread.length} misread, `
    + `${missed.length} not understood (asked again)`;
  fs.mkdirSync(path.dirname(report), { recursive: true });
  fs.writeFileSync(report, [summary, ...misread.map((m) => `MISREAD ${m}`), ...missed.map((m) => `missed ${m}`)].join("\n") + "\n");
  console.log(summary);
  misread.forEach((m) => console.log(`  MISREAD ${m}`));
  if (missed.length) console.log(`  the ${missed.length} not understood are in ${report}`);
  if (misread.length) console.error(`FAILED virtual-alexa never-misread: ${misread.length} misread`);
  return misread.length === 0;
}

module.exports = { run };
