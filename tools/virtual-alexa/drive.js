// Drives Hip Check through its loopback endpoint with virtual-alexa, a third-party emulator that
// resolves utterances against models/en-US.json with its own reading of the model, and checks what
// the skill says at each step. Each scenario is a session of its own, on a new VirtualAlexa.
// Then it runs the phrasing corpus (phrasings.js) and the never-misread corpus (never-misread.js)
// under virtual-alexa's strict matching; their moments about what is kept go to KEEPING_URL, an
// endpoint with a history store (bin/run serve --temp-history).
// Usage: node drive.js URL KEEPING_URL MODEL_PATH, with HIPCHECK_LOCALE set to the locale every
// request says (en-US unless set): the model is that locale's, the corpora add its own lines.
const path = require("path");
const va = require("virtual-alexa");
const phrasings = require("./phrasings");
const neverMisread = require("./never-misread");
const { LOCALE } = require("./moments");

const [url, keepingUrl, model] = process.argv.slice(2);
const root = path.resolve(__dirname, "../..");

const plain = (ssml) => (ssml || "").replace(/<[^>]+>/g, " ").replace(/&apos;/g, "'")
  .replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();

// A step: what the user says ("LAUNCH" opens the skill), fragments the reply must contain, and
// options: `absent` (fragments it must not contain), `ended` (whether the reply ends the session;
// unchecked when not given), `fallback` (virtual-alexa must find no intent for the words, so the
// step sends AMAZON.FallbackIntent, as Alexa does for words that match nothing).
const step = (say, expect, options = {}) => ({ say, expect, ...options });
const NO_HOLD = ["Hold it there"];
// Outside the United States the advice names a physiotherapist (speech/<locale>.properties).
const THERAPIST = LOCALE === "en-US" ? "doctor or physical therapist" : "doctor or physiotherapist";
const RED_FLAG_ADVICE = ["Please stop now", "no more stretching today", THERAPIST];

// The test, both sides tight: the right thigh stays up, the left leg drifts out.
const theTest = [
  step("LAUNCH", ["Welcome to Hip Check", "guidance, not a diagnosis", "If anything hurts, say so", "Shall we start the test?"]),
  step("yes", ["Three quick steps", "Step one", "edge of a bed"]),
  step("i'm ready", ["Step two", "left knee"]),
  step("i'm in position", ["Step three", "right leg hang"]),
  step("done", ["right thigh", "rest on the bed"]),
  step("it stays up", ["your thigh stays up", "drift out to the side"]),
  step("no", ["your leg stays straight", "lower back arch"]),
  step("no", ["your back stays flat", "One side done", "switch sides", "hug your right knee"]),
  step("ready", ["left thigh", "rest on the bed"]),
  step("yes", ["your thigh drops", "left leg drift"]),
  step("my leg falls out to the side", ["your leg drifts out", "lower back arch"]),
  step("my back is flat", ["your back stays flat", "Both look tight", "Ask why", "Which stretch"]),
];

const scenarios = [
  {
    name: "the test, why, and both sides stretched in rounds, with pain while setting up",
    steps: [
      ...theTest.slice(0, 3),
      step("give me a minute", ["take your time", "Still with me?"]),
      ...theTest.slice(3, 8),
      step("why do tight hip flexors hurt my back", ["attach to your spine", "lower back", "Back to it", "left leg hanging loose"]),
      ...theTest.slice(8),
      step("why", ["On the right, the thigh stayed up", "On the left, the leg drifted out", "Shall we do edge of table?"]),
      step("hold for 20 seconds", ["each hold for 20 seconds", "Which stretch"]),
      step("edge of the bed", ["edge-of-table stretch for your left hip", "hug your right knee", "say ready"], { absent: NO_HOLD }),
      step("it's sore", ["Stop there", "ease out of the stretch", "I've paused", "Say continue"], { absent: NO_HOLD, ended: false }),
      step("continue", ["picking up where we left off", "edge-of-table stretch for your left hip", "say ready"], { absent: NO_HOLD }),
      step("ready", ["Hold it there for 20 seconds", "Ten more seconds", "One", "And relax", "Rest for 15 seconds", "Round 2 of 3", "say ready"]),
      step("ready", ["Hold it there for 20 seconds", "Round 3 of 3", "say ready"]),
      step("ready", ["Hold it there for 20 seconds", "And relax", "Nicely done", "Ready for your right side?"]),
      step("ready", ["edge-of-table stretch for your right hip", "hug your left knee", "say ready"], { absent: NO_HOLD }),
      // Digits, as Alexa fills AMAZON.NUMBER ("hold for 20 seconds" above); virtual-alexa sends words as typed.
      step("2 rounds", ["2 rounds on each side", "say ready"], { absent: NO_HOLD }),
      step("ready", ["Hold it there for 20 seconds", "Round 2 of 2", "say ready"]),
      step("ready", ["Hold it there for 20 seconds", "And relax", "another round?"]),
      step("no", ["Well done today"], { absent: ["daily stretch"], ended: true }),
    ],
  },
  {
    name: "pain right after a hold, then again: stretching ends for today",
    steps: [
      ...theTest,
      step("edge of the bed", ["edge-of-table stretch for your left hip", "say ready"], { absent: NO_HOLD }),
      step("ready", ["Hold it there for 30 seconds", "And relax", "Rest for 15 seconds", "Round 2 of 3"]),
      step("ow ow ow", ["Stop there", "ease out of the stretch", "I've paused"], { absent: NO_HOLD, ended: false }),
      step("i feel a pinch", ["That's twice now", "stop stretching for today", THERAPIST], { absent: NO_HOLD, ended: true }),
    ],
  },
  {
    name: "a red flag during the test ends the session",
    steps: [
      step("LAUNCH", ["Shall we start the test?"]),
      step("yes", ["Step one"]),
      step("ready", ["Step two"]),
      step("ready", ["Step three"]),
      step("my leg went numb", RED_FLAG_ADVICE, { absent: ["I've paused"], ended: true }),
    ],
  },
  {
    name: "a red flag while setting up a stretch ends the session",
    steps: [
      ...theTest,
      step("the kneeling one", ["half-kneeling stretch for your left hip", "say ready"]),
      step("it's tingling down my leg", RED_FLAG_ADVICE, { absent: NO_HOLD, ended: true }),
    ],
  },
  {
    name: "three misunderstandings in a row, each answered more plainly",
    steps: [
      step("LAUNCH", ["Shall we start the test?"]),
      step("what's the weather like", ["Sorry, I didn't catch that", "Shall we start the test? Say yes or no"], { fallback: true, ended: false }),
      step("it purples", ["Sorry, I still didn't get that", "Shall we start the test? Say yes or no"], { fallback: true, ended: false }),
      step("play some music", ["having trouble understanding", "Say help", "or stop"], { fallback: true, ended: false }),
      step("yes", ["Step one"]),
    ],
  },
];

async function send(alexa, s) {
  if (s.say === "LAUNCH") {
    return alexa.launch();
  }
  if (!s.fallback) {
    return alexa.utter(s.say);
  }
  try {
    await alexa.utter(s.say);
  } catch (e) {
    if (/Unable to match utterance/.test(e.message)) {
      return alexa.intend("AMAZON.FallbackIntent");
    }
    throw e;
  }
  throw new Error(`"${s.say}" matched an intent; a fallback step needs words that match none`);
}

(async () => {
  let passed = 0;
  const failures = [];
  for (const scenario of scenarios) {
    console.log(`== ${scenario.name}\n`);
    const alexa = va.VirtualAlexa.Builder().skillURL(url).interactionModelFile(model).locale(LOCALE).create();
    for (const s of scenario.steps) {
      const problems = [];
      let speech = "";
      try {
        const reply = await send(alexa, s);
        speech = plain(reply.response.outputSpeech && reply.response.outputSpeech.ssml);
        const heard = speech.toLowerCase();
        s.expect.filter((f) => !heard.includes(f.toLowerCase())).forEach((f) => problems.push(`missing "${f}"`));
        (s.absent || []).filter((f) => heard.includes(f.toLowerCase())).forEach((f) => problems.push(`unwanted "${f}"`));
        const ended = reply.response.shouldEndSession === true;
        if (s.ended !== undefined && ended !== s.ended) {
          problems.push(ended ? "the session ended" : "the session stayed open");
        }
      } catch (e) {
        problems.push(e.message);
      }
      console.log(`you: ${s.say}${s.fallback ? "   (no intent matches: AMAZON.FallbackIntent)" : ""}\nalexa: ${speech}`);
      if (problems.length) {
        console.log(`  FAILED: ${problems.join("; ")}`);
        failures.push(`${scenario.name}, after "${s.say}": ${problems.join("; ")}`);
      } else {
        passed++;
      }
      console.log("");
    }
  }
  console.log(`virtual-alexa ${LOCALE}: ${passed} passed, ${failures.length} failed`);
  failures.forEach((f) => console.error(`FAILED ${f}`));
  const urls = { plain: url, keeping: keepingUrl };
  const suffix = LOCALE === "en-US" ? "" : `-${LOCALE}`;
  const corpusOk = await phrasings.run(urls, model, path.join(root, "src/test/resources/phrasings"),
    path.join(root, `target/virtual-alexa-phrasings${suffix}.txt`));
  const safeOk = await neverMisread.run(urls, model, path.join(root, "src/test/resources/never-misread"),
    path.join(root, `target/virtual-alexa-never-misread${suffix}.txt`));
  process.exit(failures.length || !corpusOk || !safeOk ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
