// The moments of a conversation the corpora say their lines at, and the requests (by intent) that
// bring a fresh virtual-alexa session there: the same walk as src/test/java/com/hipcheck/local/Moments.java.
// Both sides test tight (every answer no), or unclear (every answer not sure) for the retest offer.
// The moments about what is kept need an endpoint with a history store (bin/run serve --temp-history).
const fs = require("fs");
const path = require("path");

const step = (intent, slots = {}) => ({ intent, slots });
const NEW_SESSION = step("NEW_SESSION");
const then = (before, ...more) => [...before, ...more.map((m) => (typeof m === "string" ? step(m) : m))];

const OFFER = [step("LAUNCH")];
const SETUP_LIE = then(OFFER, "AMAZON.YesIntent");
const SETUP_HUG = then(SETUP_LIE, "ReadyIntent");
const SETUP_HANG = then(SETUP_HUG, "ReadyIntent");
const THIGH = then(SETUP_HANG, "ReadyIntent");
const DRIFT = then(THIGH, "AMAZON.NoIntent");
const BACK = then(DRIFT, "AMAZON.NoIntent");
const SWITCH = then(BACK, "AMAZON.NoIntent");
const LEFT_THIGH = then(SWITCH, "ReadyIntent");
const LEFT_DRIFT = then(LEFT_THIGH, "AMAZON.NoIntent");
const LEFT_BACK = then(LEFT_DRIFT, "AMAZON.NoIntent");
const RESULT = then(LEFT_BACK, "AMAZON.NoIntent");
const STRETCH_SETUP = then(RESULT, step("ChooseStretchIntent", { stretch: "edge of table" }));
// After the first side's holds, its three rounds: the next side is due.
const HOLD = then(STRETCH_SETUP, "ReadyIntent", "ReadyIntent", "ReadyIntent");
// Both sides tight: the left side's three rounds too, then another round is offered.
const ANOTHER_ROUND = then(HOLD, "ReadyIntent", "ReadyIntent", "ReadyIntent", "ReadyIntent");
// With a store, the plan is offered to be kept once the stretching is done.
const OFFER_SAVE = then(ANOTHER_ROUND, "AMAZON.NoIntent");

const MOMENTS = {
  "offer-test": OFFER,
  // The phrasing corpus's older names: "setup" is step one, where the article's questions are asked too.
  "setup-lie": SETUP_LIE, setup: SETUP_LIE, "article-questions": SETUP_LIE,
  "setup-hug": SETUP_HUG, "setup-hang": SETUP_HANG,
  thigh: THIGH, navigation: THIGH, history: THIGH, drift: DRIFT, back: BACK, switch: SWITCH,
  "left-thigh": LEFT_THIGH, "left-drift": LEFT_DRIFT, "left-back": LEFT_BACK,
  "offer-stretch": RESULT, "stretch-choice": RESULT, "offer-save": OFFER_SAVE,
  "retest-offer": then(THIGH, "UnsureIntent", "UnsureIntent", "UnsureIntent", "ReadyIntent", "UnsureIntent",
    "UnsureIntent", "UnsureIntent"),
  "stretch-setup": STRETCH_SETUP, "hold-length": STRETCH_SETUP, pain: STRETCH_SETUP,
  hold: HOLD,
  "another-round": ANOTHER_ROUND,
  paused: then(STRETCH_SETUP, "PainIntent"),
  // With a plan kept, so there is something to delete.
  "confirm-forget": [...then(OFFER_SAVE, "AMAZON.YesIntent"), NEW_SESSION, step("LAUNCH"), step("ForgetMeIntent")],
  // "Remind me to stretch" with no time: the evening, said in the question.
  "confirm-reminder": then(OFFER, "RemindMeIntent"),
  "welcome-back": [...then(OFFER_SAVE, "AMAZON.YesIntent"), NEW_SESSION, step("LAUNCH")],
};
const KEEPING = new Set(["offer-save", "confirm-forget", "welcome-back"]);

// Walks `alexa` (a fresh VirtualAlexa) to `moment`; returns the last response.
async function walk(alexa, moment) {
  let last = null;
  for (const s of MOMENTS[moment]) {
    if (s.intent === "NEW_SESSION") await alexa.endSession();
    else last = s.intent === "LAUNCH" ? await alexa.launch() : await alexa.intend(s.intent, s.slots);
  }
  return last;
}

// Reads a corpus folder: every .txt file, a line "moment | words | meaning", # comments skipped;
// as src/test/java/com/hipcheck/local/CorpusFiles.java does.
// The locale every request says and whose corpus lines are added (bin/check-virtual-alexa --locale).
const LOCALE = process.env.HIPCHECK_LOCALE || "en-US";

// The shared corpus files in `dir`, then those of `dir/<LOCALE>/`, named "<LOCALE>/<file>".
function readCorpus(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const own = path.join(dir, LOCALE);
  if (fs.existsSync(own)) {
    files.push(...fs.readdirSync(own).filter((f) => f.endsWith(".txt")).sort().map((f) => `${LOCALE}/${f}`));
  }
  const rows = [];
  for (const file of files) {
    fs.readFileSync(path.join(dir, file), "utf8").split("\n").forEach((raw, i) => {
      const text = raw.trim();
      if (!text || text.startsWith("#")) return;
      const [moment, words, meaning] = text.split("|").map((p) => p.trim());
      if (!MOMENTS[moment]) throw new Error(`${file}:${i + 1}: no such moment: ${moment}`);
      rows.push({ file, number: i + 1, moment, words, meaning });
    });
  }
  return rows;
}

module.exports = { MOMENTS, KEEPING, LOCALE, walk, readCorpus };
