#!/usr/bin/env node
// Checks skill manifests and interaction models against the types Amazon publishes for SMAPI (the
// npm package ask-smapi-model, version pinned in package.json), the same shapes SMAPI itself accepts.
// JSON Schema is not published for them; the TypeScript declarations are, so each JSON file becomes
// a TypeScript file assigning the file's contents, as a literal, to its type, and tsc --noEmit judges
// it strictly: an object literal may not carry a property its type lacks (a misspelt field), and a
// string must be one of an enum's values (a distribution country, a viewport mode, an event name).
//   node check.js FILE...       each FILE a skill.json ({"manifest": ...}) or an interaction model
//                               ({"interactionModel": ...}); exit 0 only when every file type-checks
//   node check.js --self-test   proves the check bites: broken copies of the committed files must fail
// bin/check-package runs both.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..', '..');
// The envelope types of the two kinds of file, as ask-smapi-model names them.
const TYPES = {
  manifest: 'v1.skill.Manifest.SkillManifestEnvelope',
  interactionModel: 'v1.skill.interactionModel.InteractionModelData'
};

/** Returns the SMAPI type a parsed JSON file must have, from its one top-level member. */
function typeOf(json, file) {
  const keys = Object.keys(json);
  const kind = keys.find((k) => TYPES[k]);
  if (!kind) throw new Error(`${file}: neither a skill manifest ("manifest") nor an interaction model ("interactionModel")`);
  return TYPES[kind];
}

/**
 * Type-checks named JSON texts; returns the diagnostics as lines "FILE:LINE:COL message".
 * Each input is { name, text } where name is what the messages call it.
 */
function check(inputs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smapi-check-'));
  try {
    const sources = new Map();
    inputs.forEach((input, i) => {
      const json = JSON.parse(input.text);
      // The JSON text itself is the literal, so tsc's line numbers are the file's own (plus one line).
      const ts = `import type { v1 } from 'ask-smapi-model';\nexport const file${i}: ${typeOf(json, input.name)} = ${input.text.trim()};\n`;
      const tsFile = path.join(dir, `file${i}.ts`);
      fs.writeFileSync(tsFile, ts);
      sources.set(tsFile, input.name);
    });
    const options = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      // The package's own declarations are Amazon's, not ours to judge; our literals are checked in full.
      skipLibCheck: true,
      types: [],
      typeRoots: [],
      baseUrl: __dirname,
      paths: { 'ask-smapi-model': [path.join(__dirname, 'node_modules', 'ask-smapi-model')] }
    };
    const program = ts.createProgram([...sources.keys()], options);
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
      if (!d.file) return text;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      const name = sources.get(path.resolve(d.file.fileName)) || d.file.fileName;
      return `${name}:${line}:${character + 1} ${text}`;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Breaks a copy of each committed file in one way each; every broken copy must fail the check. */
function selfTest() {
  const manifest = fs.readFileSync(path.join(ROOT, 'skill-package', 'skill.json'), 'utf8');
  const model = fs.readFileSync(path.join(ROOT, 'models', 'en-US.json'), 'utf8');
  const edit = (text, change) => { const j = JSON.parse(text); change(j); return JSON.stringify(j, null, 2); };
  const broken = [
    ['a misspelt locale field', manifest, (j) => { const l = j.manifest.publishingInformation.locales['en-US']; l.summery = l.summary; delete l.summary; }],
    // (category is a plain string in these types, so a country code stands for the enums of publishing.)
    ['a distribution country outside the enum', manifest, (j) => { j.manifest.publishingInformation.distributionCountries = ['USA']; }],
    ['a viewport mode outside the enum', manifest, (j) => { j.manifest.apis.custom.interfaces[0].supportedViewports[0].mode = 'HUBB'; }],
    ['an event name outside the enum', manifest, (j) => { j.manifest.events.subscriptions[0].eventName = 'SKILL_DISABLE'; }],
    ['a boolean given as text', manifest, (j) => { j.manifest.privacyAndCompliance.usesPersonalInfo = 'true'; }],
    ['a misspelt intent field', model, (j) => { const i = j.interactionModel.languageModel.intents[0]; i.sample = i.samples; delete i.samples; }],
    ['an invocation name given as a list', model, (j) => { j.interactionModel.languageModel.invocationName = [j.interactionModel.languageModel.invocationName]; }]
  ];
  const failures = [];
  const clean = check([{ name: 'skill-package/skill.json', text: manifest }, { name: 'models/en-US.json', text: model }]);
  if (clean.length) failures.push(`the committed files should pass first:\n  ${clean.join('\n  ')}`);
  for (const [what, text, change] of broken) {
    const found = check([{ name: what, text: edit(text, change) }]);
    if (!found.length) failures.push(`${what}: passed, but should fail`);
    else console.log(`self-test: ${what}: caught (${found[0].replace(/^[^ ]+ /, '').slice(0, 110)})`);
  }
  return failures;
}

function main() {
  const args = process.argv.slice(2);
  const version = require('ask-smapi-model/package.json').version;
  if (args[0] === '--self-test') {
    const failures = selfTest();
    for (const f of failures) console.error(`self-test: ${f}`);
    return failures.length ? 1 : 0;
  }
  if (!args.length) { console.error('usage: node check.js FILE... | --self-test'); return 2; }
  const inputs = args.map((f) => ({ name: path.relative(ROOT, path.resolve(f)) || f, text: fs.readFileSync(f, 'utf8') }));
  const problems = check(inputs);
  for (const p of problems) console.error(p);
  console.log(`smapi-check: ${inputs.length} file(s) against ask-smapi-model ${version}: ${problems.length ? `${problems.length} error(s)` : 'clean'}`);
  return problems.length ? 1 : 0;
}

process.exitCode = main();
