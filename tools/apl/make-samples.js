#!/usr/bin/env node
// Writes one sample per screen the skill can send to src/test/resources/screens/, with the
// phrasebooks' words (speech/en_US.properties, screen/en_US.properties). The lead's Java code is
// to produce exactly these shapes; `check.js --samples-current` fails when the files are stale.
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT, SAMPLES_DIR } = require('./lib/paths');
const { loadPhrasebook } = require('./lib/phrasebook');

const book = loadPhrasebook();
const t = book.text;
const SIDES = ['right', 'left'];
const other = (side) => (side === 'right' ? 'left' : 'right');
const Side = (side) => t(`screen.side.${side}`);
const side = (s) => t(`side.${s}`);
const button = (labelKey, kind, value = '') => ({ label: t(labelKey), kind, value });
const READY = button('screen.button.ready', 'word', 'READY');
const WAIT = button('screen.button.wait', 'command', 'WAIT');
const STOP = button('screen.button.stop', 'command', 'STOP');
const HURTS = button('screen.button.hurts', 'hurt');

// The same estimate as narration.SpeechTiming: 400 ms a word, 150 ms a comma.
function speakingMillis(text) {
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}']*/gu) || []).length;
  const commas = (text.match(/,/g) || []).length;
  return words * 400 + commas * 150;
}
const BREATH_MILLIS = 1500; // Script.BREATH_MILLIS

const samples = {};
const add = (name, document, screen) => { samples[name] = { document, datasources: { screen } }; };

// ---- prompt: opening, set-up, questions, switching, between stretches, paused
add('prompt-offer-test', 'prompt', {
  id: 'OFFER_TEST', heading: t('screen.title'), text: t('welcome'), note: t('disclaimer'),
  pose: 'lying', side: 'right', focus: 'none',
  buttons: [button('screen.button.start', 'word', 'YES'), button('screen.button.not.now', 'word', 'NO')]
});
for (const s of SIDES) {
  const setup = [
    ['SETUP_LIE', 'lie', t('step.lie'), 'body'],
    ['SETUP_HUG', 'hug', t('step.hug', side(other(s))), 'hug'],
    ['SETUP_HANG', 'hang', t('step.hang', side(s)), 'hang']
  ];
  for (const [phase, short, text, focus] of setup) {
    add(`prompt-setup-${short}-${s}`, 'prompt', {
      id: `${phase}.${s.toUpperCase()}`, heading: t('screen.heading.setup'), text, pose: 'lying', side: s, focus,
      buttons: [READY, WAIT]
    });
  }
  const questions = [
    ['THIGH_DROPS', 'thigh', t('ask.thigh', side(s)), 'hang'],
    ['LEG_DRIFTS_OUT', 'drift', t('ask.drift', side(s)), 'hang'],
    ['BACK_ARCHES', 'arch', t('ask.arch'), 'back']
  ];
  questions.forEach(([q, short, text, focus], i) => {
    add(`prompt-ask-${short}-${s}`, 'prompt', {
      id: `ASK.${s.toUpperCase()}.${q}`, heading: t('screen.heading.question', Side(s), i + 1), text,
      pose: 'lying', side: s, focus,
      buttons: [button(`screen.button.${short}.yes`, 'word', 'YES'), button(`screen.button.${short}.no`, 'word', 'NO'),
        button('screen.button.unsure', 'word', 'UNSURE')]
    });
  });
  add(`prompt-paused-${s}`, 'prompt', {
    id: `PAUSED.${s.toUpperCase()}`, heading: t('screen.heading.paused'), text: t('paused'), pose: 'none', side: s, focus: 'none',
    buttons: [button('screen.button.continue', 'word', 'YES'), STOP]
  });
}
add('prompt-switch-side', 'prompt', {
  id: 'SWITCH_SIDE.LEFT', heading: t('screen.heading.side', Side('left')), text: t('switch.side', side('left'), side('right')),
  pose: 'lying', side: 'left', focus: 'hang', buttons: [READY, WAIT]
});
const STRETCHES = [['edge', 'EDGE_OF_TABLE', 'lying'], ['kneeling', 'HALF_KNEELING', 'kneeling']];
for (const [short, , pose] of STRETCHES) {
  for (const s of SIDES) {
    add(`prompt-next-side-${short}-${s}`, 'prompt', {
      id: `NEXT_SIDE.${s.toUpperCase()}`, heading: t('screen.heading.stretch', Side(s)), text: t('next.side', side(s)),
      pose, side: s, focus: 'none', buttons: [READY, STOP]
    });
    add(`prompt-another-round-${short}-${s}`, 'prompt', {
      id: 'ANOTHER_ROUND', heading: t('screen.hold.end.done'), text: t('another.round'), pose, side: s, focus: 'none',
      buttons: [button('screen.button.another.round', 'word', 'YES'), button('screen.button.finish', 'word', 'NO')]
    });
  }
}

// ---- result: every pair of outcomes the rule can give
const verdict = {
  tight: (s, signs) => ({ name: t('screen.heading.side', Side(s)), outcome: 'tight', verdict: t('screen.verdict.tight'),
    signs: signs.map((k) => t(`screen.sign.${k}`)) }),
  fine: (s) => ({ name: t('screen.heading.side', Side(s)), outcome: 'fine', verdict: t('screen.verdict.fine'),
    signs: [t('screen.sign.none')] }),
  unclear: (s, all) => ({ name: t('screen.heading.side', Side(s)), outcome: 'unclear', verdict: t('screen.verdict.unclear'),
    signs: [t(all ? 'screen.sign.all.unsure' : 'screen.sign.unsure')] })
};
const offerStretch = { text: t('offer.stretch'),
  buttons: [button('screen.button.edge', 'stretch', 'EDGE_OF_TABLE'), button('screen.button.kneeling', 'stretch', 'HALF_KNEELING')] };
const retest = { text: t('retest.offer'),
  buttons: [button('screen.button.retest', 'word', 'YES'), button('screen.button.not.now', 'word', 'NO')] };
const results = [
  ['both-tight', 'OFFER_STRETCH', t('result.both.tight'), verdict.tight('right', ['thigh.up', 'drift', 'arch']), verdict.tight('left', ['thigh.up']), offerStretch],
  ['right-tight-left-fine', 'OFFER_STRETCH', t('result.tight.other.fine', side('right'), side('left')), verdict.tight('right', ['thigh.up', 'arch']), verdict.fine('left'), offerStretch],
  ['left-tight-right-fine', 'OFFER_STRETCH', t('result.tight.other.fine', side('left'), side('right')), verdict.fine('right'), verdict.tight('left', ['drift']), offerStretch],
  ['right-tight-left-unclear', 'OFFER_STRETCH', t('result.tight.other.unclear', side('right'), side('left')), verdict.tight('right', ['thigh.up']), verdict.unclear('left', false), offerStretch],
  ['left-tight-right-unclear', 'OFFER_STRETCH', t('result.tight.other.unclear', side('left'), side('right')), verdict.unclear('right', true), verdict.tight('left', ['arch']), offerStretch],
  ['right-unclear-left-fine', 'RETEST_OFFER', t('result.unclear.other.fine', side('right'), side('left')), verdict.unclear('right', false), verdict.fine('left'), retest],
  ['left-unclear-right-fine', 'RETEST_OFFER', t('result.unclear.other.fine', side('left'), side('right')), verdict.fine('right'), verdict.unclear('left', true), retest],
  ['both-unclear', 'RETEST_OFFER', t('result.both.unclear'), verdict.unclear('right', true), verdict.unclear('left', false), retest],
  ['neither-tight', 'END', t('result.neither.tight'), verdict.fine('right'), verdict.fine('left'), { text: t('follow.not.tight'), buttons: [] }]
];
for (const [name, phase, summary, right, left, next] of results) {
  add(`result-${name}`, 'result', { id: phase, heading: t('card.title'), summary, sides: [right, left], ...next });
}

// ---- stretch: the steps of each stretch for each side, timed as Script.stretchSteps says them
const STEPS = {
  edge: (s) => [['edge.step.hug', side(other(s)), 'hug'], ['edge.step.hang', side(s), 'hang'], ['edge.step.relax', side(s), 'hip']],
  kneeling: (s) => [['kneel.step.kneel', side(s), 'kneel'], ['kneel.step.squeeze', side(s), 'squeeze'],
    ['kneel.step.tall', null, 'tall'], ['kneel.step.glide', side(s), 'glide']]
};
for (const [short, , pose] of STRETCHES) {
  for (const s of SIDES) {
    const intro = t('stretch.intro', t(`stretch.name.${short}`), side(s));
    let at = speakingMillis(intro) + BREATH_MILLIS / 2;
    const steps = STEPS[short](s).map(([key, arg, focus], i) => {
      const text = arg === null ? t(key) : t(key, arg);
      const step = { text, focus, atMs: at };
      at += speakingMillis(text) + BREATH_MILLIS;
      return step;
    });
    // The first hold of a session also says that "Alexa, stop" works while counting (right goes first).
    const first = s === 'right';
    add(`stretch-${short}-${s}`, 'stretch', {
      id: `STRETCH_SETUP.${s.toUpperCase()}`, heading: intro, pose, side: s, steps,
      text: first ? `${t('interrupt.anytime')} ${t('stretch.ready')}` : t('stretch.ready'),
      buttons: [READY, HURTS]
    });
  }
}

// ---- hold: 20 and 30 seconds, ending in "switch sides" (another side to go) or "well done"
for (const [short, , pose] of STRETCHES) {
  for (const s of SIDES) {
    for (const seconds of [20, 30]) {
      for (const end of ['switch', 'done']) {
        const start = t('hold.start', seconds);
        const next = end === 'switch'
          ? { heading: t('screen.hold.end.switch'), text: t('next.side', side(other(s))), buttons: [READY, STOP] }
          : { heading: t('screen.hold.end.done'), text: t('another.round'),
            buttons: [button('screen.button.another.round', 'word', 'YES'), button('screen.button.finish', 'word', 'NO')] };
        add(`hold-${short}-${s}-${seconds}-${end}`, 'hold', {
          id: end === 'switch' ? `NEXT_SIDE.${other(s).toUpperCase()}` : 'ANOTHER_ROUND',
          heading: t('screen.heading.hold', Side(s), t(`screen.button.${short}`)), pose, side: s,
          text: start, hold: { seconds, startsAfterMs: speakingMillis(start), unit: t('screen.hold.seconds') },
          buttons: [HURTS], end: next
        });
      }
    }
  }
}

module.exports = { samples, book };
if (require.main === module) {
  fs.mkdirSync(SAMPLES_DIR, { recursive: true });
  for (const f of fs.readdirSync(SAMPLES_DIR)) if (f.endsWith('.json')) fs.unlinkSync(path.join(SAMPLES_DIR, f));
  for (const [name, sample] of Object.entries(samples)) {
    fs.writeFileSync(path.join(SAMPLES_DIR, `${name}.json`), JSON.stringify(sample, null, 2) + '\n');
  }
  console.log(`wrote ${Object.keys(samples).length} samples to ${path.relative(ROOT, SAMPLES_DIR)}`);
}
