'use strict';
// The datasource each document reads, as checks: every case's `screen` must have this shape, so
// a field the Java side forgets or misspells fails here before a device shows a blank. The same
// shapes are described in skill-package/response/display/README.md.

// What a touch sends back ([kind, value, screen id]) must be an event the skill already has.
const EVENTS = {
  word: ['YES', 'NO', 'READY', 'DONE', 'A_LITTLE', 'UNSURE'], // dialog.UserEvent.Word
  command: ['START_TEST', 'START_OVER', 'WAIT', 'HELP', 'EXPLAIN', 'REPEAT', 'BACK', 'STOP'], // UserEvent.Command
  stretch: ['EDGE_OF_TABLE', 'HALF_KNEELING'], // domain.Stretch, as ChoseStretch
  hurt: ['ANYWHERE'] // UserEvent.Hurt with no part named (alexa.Touches.HURT_ANYWHERE)
};
const POSES = ['lying', 'kneeling', 'none'];
const FOCUS = {
  lying: ['none', 'body', 'hug', 'hang', 'hip', 'back'],
  kneeling: ['none', 'kneel', 'squeeze', 'tall', 'glide', 'hip'],
  none: ['none']
};

const str = (v) => typeof v === 'string' && v.trim() !== '';
const oneOf = (list) => (v) => list.includes(v);

function checkButtons(buttons, where, out, { min = 0, max = 3 } = {}) {
  // The skill's serializer leaves empty lists out: no buttons arrives as no field.
  if (buttons === undefined && min === 0) return;
  if (!Array.isArray(buttons)) return out.push(`${where} is not a list`);
  if (buttons.length < min || buttons.length > max) out.push(`${where} has ${buttons.length} buttons, not ${min} to ${max}`);
  buttons.forEach((b, i) => {
    if (!b || !str(b.label)) out.push(`${where}[${i}].label missing`);
    if (!b || !EVENTS[b.kind]) out.push(`${where}[${i}].kind ${b && b.kind} is no event kind (${Object.keys(EVENTS).join(', ')})`);
    else if (!EVENTS[b.kind].includes(b.value)) out.push(`${where}[${i}]: ${b.kind} ${JSON.stringify(b.value)} is no such event`);
  });
}

function need(s, field, test, out, what) {
  if (!test(s[field])) out.push(`screen.${field} ${what}: ${JSON.stringify(s[field])}`);
}

const SHAPES = {
  prompt(s, out) {
    for (const f of ['id', 'heading', 'text']) need(s, f, str, out, 'must be text');
    if (s.note !== undefined) need(s, 'note', str, out, 'must be text when present');
    need(s, 'pose', oneOf(POSES), out, `must be one of ${POSES}`);
    need(s, 'side', oneOf(['right', 'left']), out, 'must be right or left');
    need(s, 'focus', oneOf(FOCUS[s.pose] || []), out, `must be one of ${FOCUS[s.pose]}`);
    // The last screen of a session (id END) has nothing to touch; every other asks something.
    checkButtons(s.buttons, 'screen.buttons', out, { min: s.id === 'END' ? 0 : 1 });
  },
  result(s, out) {
    for (const f of ['id', 'heading', 'summary', 'text']) need(s, f, str, out, 'must be text');
    if (!Array.isArray(s.sides) || s.sides.length !== 2) out.push('screen.sides must list the right side, then the left');
    else s.sides.forEach((d, i) => {
      if (!str(d.name) || !str(d.verdict)) out.push(`screen.sides[${i}] needs a name and a verdict`);
      if (!['tight', 'fine', 'unclear'].includes(d.outcome)) out.push(`screen.sides[${i}].outcome ${d.outcome}`);
      if (!Array.isArray(d.signs) || !d.signs.length || !d.signs.every(str)) out.push(`screen.sides[${i}].signs must be texts`);
    });
    checkButtons(s.buttons, 'screen.buttons', out, { min: 0, max: 2 });
  },
  stretch(s, out) {
    for (const f of ['id', 'heading', 'text']) need(s, f, str, out, 'must be text');
    need(s, 'pose', oneOf(['lying', 'kneeling']), out, 'must be lying or kneeling');
    need(s, 'side', oneOf(['right', 'left']), out, 'must be right or left');
    // The document advances through at most four steps (its onMount has three timed SetValues).
    if (!Array.isArray(s.steps) || s.steps.length < 1 || s.steps.length > 4) out.push('screen.steps must hold 1 to 4 steps');
    else s.steps.forEach((st, i) => {
      if (!str(st.text)) out.push(`screen.steps[${i}].text missing`);
      if (!(FOCUS[s.pose] || []).includes(st.focus)) out.push(`screen.steps[${i}].focus ${st.focus}`);
      if (!Number.isInteger(st.atMs) || st.atMs < 0 || (i > 0 && st.atMs <= s.steps[i - 1].atMs)) out.push(`screen.steps[${i}].atMs must rise`);
    });
    checkButtons(s.buttons, 'screen.buttons', out, { min: 1, max: 2 });
  },
  progress(s, out) {
    for (const f of ['id', 'heading', 'text']) need(s, f, str, out, 'must be text');
    if (!Array.isArray(s.weekdays) || s.weekdays.length !== 7 || !s.weekdays.every(str)) out.push('screen.weekdays must be 7 texts');
    // Four weeks ending today (dialog.Recall.PROGRESS_DAYS), oldest first, the last day today.
    if (!Array.isArray(s.weeks) || s.weeks.length !== 4) out.push('screen.weeks must hold 4 weeks');
    else {
      s.weeks.forEach((w, i) => {
        if (!w || !Array.isArray(w.days) || w.days.length !== 7) out.push(`screen.weeks[${i}].days must hold 7 days`);
        else w.days.forEach((d, j) => {
          if (!str(d.label) || typeof d.practised !== 'boolean' || typeof d.tested !== 'boolean' || typeof d.today !== 'boolean') {
            out.push(`screen.weeks[${i}].days[${j}] needs a label and practised, tested, today as booleans`);
          }
        });
      });
      const days = s.weeks.flatMap((w) => (w && w.days) || []);
      if (days.filter((d) => d.today).length !== 1 || !(days[days.length - 1] || {}).today) out.push('the last day, and only it, is today');
    }
    const k = s.key || {};
    if (!str(k.stretched) || !str(k.tested)) out.push('screen.key needs stretched and tested');
    checkButtons(s.buttons, 'screen.buttons', out, { min: 1, max: 3 });
  },
  hold(s, out) {
    for (const f of ['id', 'heading', 'text']) need(s, f, str, out, 'must be text');
    need(s, 'pose', oneOf(['lying', 'kneeling']), out, 'must be lying or kneeling');
    need(s, 'side', oneOf(['right', 'left']), out, 'must be right or left');
    const h = s.hold || {};
    if (!Number.isInteger(h.seconds) || h.seconds < 20 || h.seconds > 30) out.push('screen.hold.seconds must be 20 to 30 (domain.Hold)');
    if (!Number.isInteger(h.startsAfterMs) || h.startsAfterMs < 0) out.push('screen.hold.startsAfterMs must be a whole number of ms');
    if (!str(h.unit)) out.push('screen.hold.unit missing');
    const r = h.rest || {};
    if (!Number.isInteger(r.seconds) || r.seconds < 0 || r.seconds > 30) out.push('screen.hold.rest.seconds must be 0 to 30 (narration.Part.Timed)');
    if (!Number.isInteger(r.startsAfterMs) || r.startsAfterMs < h.startsAfterMs) out.push('screen.hold.rest.startsAfterMs must come after the hold starts');
    checkButtons(s.buttons, 'screen.buttons', out, { min: 1, max: 2 });
    const e = s.end || {};
    if (!str(e.heading) || !str(e.text)) out.push('screen.end needs a heading and a text');
    checkButtons(e.buttons, 'screen.end.buttons', out, { min: 1, max: 2 });
  }
};

/** Returns what is wrong with a case's datasources for its document, or nothing. */
function checkShape(documentName, datasources) {
  const out = [];
  const shape = SHAPES[documentName];
  if (!shape) return [`no datasource shape is known for document ${documentName}`];
  const keys = Object.keys(datasources);
  if (keys.length !== 1 || keys[0] !== 'screen') out.push(`datasources must hold one object, screen, not ${keys.join(', ')}`);
  if (datasources.screen && typeof datasources.screen === 'object') shape(datasources.screen, out);
  return out;
}

module.exports = { checkShape, EVENTS };
