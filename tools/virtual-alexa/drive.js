// Drives Hip Check through its loopback endpoint with virtual-alexa, a third-party emulator that
// resolves utterances against models/en-US.json with its own language model, and checks what the
// skill says at each step. Usage: node drive.js URL MODEL_PATH
const va = require("virtual-alexa");

const [url, model] = process.argv.slice(2);
const alexa = va.VirtualAlexa.Builder().skillURL(url).interactionModelFile(model).create();

const plain = (ssml) => (ssml || "").replace(/<[^>]+>/g, " ").replace(/&apos;/g, "'")
  .replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();

// Each step: what the user says, and fragments the reply must contain.
const steps = [
  ["LAUNCH", ["Welcome to Hip Check", "general guidance", "Shall we start the test?"]],
  ["yes", ["Step one", "edge of a bed"]],
  ["i'm ready", ["Step two", "left knee"]],
  ["give me a minute", ["take your time", "Still with me?"]],
  ["i'm in position", ["Step three", "right leg hang"]],
  ["done", ["right thigh", "rest on the bed"]],
  ["it stays up", ["Thigh staying up, noted", "drift out"]],
  ["no", ["lower back arch"]],
  ["no", ["right side done", "check your left side"]],
  ["why do tight hip flexors hurt my back", ["lower spine", "back to where we were"]],
  ["ready", ["left thigh"]],
  ["yes", ["left leg drift"]],
  ["my leg falls out to the side", ["Leg drifting out, noted", "lower back arch"]],
  ["my back is flat", ["On your right side, tight hip flexors are likely", "On your left side, tight hip flexors are likely", "Which would you like?"]],
  ["hold for 20 seconds", ["each hold for 20 seconds"]],
  ["edge of the bed", ["edge-of-table stretch for your left hip", "say ready"]],
  ["ready", ["Hold it there for 20 seconds", "Ten more seconds", "And relax", "Now your right side"]],
  ["that hurts", ["Stop right there and relax", "paused"]],
  ["stop", ["stopping here"]],
];

(async () => {
  let failures = 0;
  for (const [utterance, expected] of steps) {
    const reply = utterance === "LAUNCH" ? await alexa.launch() : await alexa.utter(utterance);
    const speech = plain(reply.response.outputSpeech && reply.response.outputSpeech.ssml);
    const missing = expected.filter((f) => !speech.toLowerCase().includes(f.toLowerCase()));
    console.log(`you: ${utterance}\nalexa: ${speech}\n`);
    if (missing.length) {
      failures++;
      console.error(`MISSING after "${utterance}": ${missing.join(" | ")}`);
    }
  }
  console.log(`virtual-alexa: ${steps.length - failures} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
