#!/usr/bin/env node
// Assembles the deployable skill package (the ASK CLI v2 layout that ask-resources.json points at)
// from skill-package/ and models/, reading and writing the manifest as JSON (never as text: a text
// cut breaks the moment an object gains a second member). Called by bin/skill-package, which says
// what the arguments are; needs only Node.js, no npm packages.
//   <out>/skill.json                                  skill-package/skill.json, placeholders filled
//   <out>/interactionModels/custom/<locale>.json      models/<locale>.json, byte for byte
//   <out>/response/display/<name>/document.json       the APL documents
//   <out>/assets/images/*.png                         the icons (skill.json names them file://...)
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const ENDPOINT_PLACEHOLDER = 'arn:aws:lambda:REGION:ACCOUNT:function:NAME:live';
const PRIVACY_PLACEHOLDER = 'PRIVACY_POLICY_URL';
// A Lambda function ARN with a qualifier: Alexa must call the alias (SnapStart runs only on
// published versions), never the unqualified function or $LATEST.
const ALIAS_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_-]+$/;
// $LATEST is a qualifier too, but never a published version.
const LATEST = /:\$LATEST$/;

const USAGE = `usage: bin/skill-package [--out DIR] [--privacy-url URL] (LAMBDA_ALIAS_ARN | --no-endpoint)

Writes the skill package to DIR (default target/skill-package), replacing an earlier one.
LAMBDA_ALIAS_ARN (or $SKILL_ENDPOINT_ARN) is the stack output SkillEndpointArn, such as
  arn:aws:lambda:us-east-1:123456789012:function:hip-check-HipCheckFunction-AbC123:live
and becomes apis.custom.endpoint.uri and events.endpoint.uri (SKILL_DISABLED arrives there).
--no-endpoint leaves both endpoints out, for creating the skill before its Lambda function exists.
--privacy-url URL (or $PRIVACY_POLICY_URL) is where docs/privacy.md is published, an https URL;
it becomes privacyAndCompliance.locales.en-US.privacyPolicyUrl and is required with an endpoint
(the skill keeps personal information once it runs). Without it, --no-endpoint leaves it out.`;

class Usage extends Error {}

function parse(argv, env) {
  const opts = { out: null, arn: null, noEndpoint: false, privacyUrl: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--out') {
      if (i + 1 >= argv.length) throw new Usage('--out needs a directory');
      opts.out = argv[++i];
    } else if (a === '--privacy-url') {
      if (i + 1 >= argv.length) throw new Usage('--privacy-url needs a URL');
      opts.privacyUrl = argv[++i];
    } else if (a === '--no-endpoint') opts.noEndpoint = true;
    else if (a.startsWith('-')) throw new Usage(`unknown option ${a}`, true);
    else {
      if (opts.arn) throw new Usage('more than one endpoint given');
      opts.arn = a;
    }
  }
  if (opts.help) return opts;
  if (opts.noEndpoint) {
    if (opts.arn) throw new Usage('give an endpoint or --no-endpoint, not both');
  } else {
    opts.arn = opts.arn || env.SKILL_ENDPOINT_ARN || null;
    if (!opts.arn) throw Object.assign(new Usage('give the Lambda alias ARN (or SKILL_ENDPOINT_ARN), or --no-endpoint'), { showUsage: true });
    if (!ALIAS_ARN.test(opts.arn) || LATEST.test(opts.arn) || opts.arn === ENDPOINT_PLACEHOLDER) {
      throw new Usage(`not a Lambda ARN with an alias (such as ...:function:NAME:live): ${opts.arn}`);
    }
  }
  opts.privacyUrl = opts.privacyUrl || env.PRIVACY_POLICY_URL || null;
  if (opts.privacyUrl && !/^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/.test(opts.privacyUrl)) {
    throw new Usage(`the privacy policy URL must be an https URL: ${opts.privacyUrl}`);
  }
  if (!opts.noEndpoint && !opts.privacyUrl) {
    throw new Usage('give the privacy policy URL (--privacy-url URL or PRIVACY_POLICY_URL): the skill keeps personal information, see docs/privacy.md');
  }
  return opts;
}

/** Returns the manifest with the endpoints and the privacy URL filled in or left out. */
function fill(skill, { arn, privacyUrl }) {
  const m = skill.manifest;
  const need = (value, where) => { if (value === undefined) throw new Error(`skill-package/skill.json has no ${where}`); return value; };
  const endpoints = [[need(m.apis && m.apis.custom, 'apis.custom'), 'apis.custom.endpoint'], [need(m.events, 'events'), 'events.endpoint']];
  for (const [owner, where] of endpoints) {
    if (!owner.endpoint || owner.endpoint.uri !== ENDPOINT_PLACEHOLDER) throw new Error(`skill-package/skill.json: ${where}.uri is not the placeholder ${ENDPOINT_PLACEHOLDER}`);
    if (arn) owner.endpoint.uri = arn;
    else delete owner.endpoint;
  }
  // Events without an endpoint are not valid: without the function there is nothing to send them to.
  if (!arn) delete m.events;
  const privacy = need(m.privacyAndCompliance, 'privacyAndCompliance');
  const locales = privacy.locales || {};
  for (const [locale, entry] of Object.entries(locales)) {
    if (entry.privacyPolicyUrl !== PRIVACY_PLACEHOLDER) throw new Error(`skill-package/skill.json: privacyAndCompliance.locales.${locale}.privacyPolicyUrl is not the placeholder ${PRIVACY_PLACEHOLDER}`);
    if (privacyUrl) entry.privacyPolicyUrl = privacyUrl;
    else delete entry.privacyPolicyUrl;
    if (!Object.keys(entry).length) delete locales[locale];
  }
  if (privacy.locales && !Object.keys(privacy.locales).length) delete privacy.locales;
  const text = JSON.stringify(skill);
  for (const p of [ENDPOINT_PLACEHOLDER, PRIVACY_PLACEHOLDER]) if (text.includes(p)) throw new Error(`a placeholder is left in the manifest: ${p}`);
  return skill;
}

function copyTree(from, to, skip) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    if (skip(src)) continue;
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) { fs.mkdirSync(dst, { recursive: true }); copyTree(src, dst, skip); } else fs.copyFileSync(src, dst);
  }
}

function main() {
  let opts;
  try {
    opts = parse(process.argv.slice(2), process.env);
  } catch (e) {
    if (!(e instanceof Usage)) throw e;
    if (e.showUsage) console.error(USAGE);
    console.error(`bin/skill-package: ${e.message}`);
    return 2;
  }
  if (opts.help) { console.log(USAGE); return 0; }
  // A relative --out is relative to where the script was called from; the default, to the project.
  const out = opts.out ? path.resolve(process.env.CALLER_PWD || process.cwd(), opts.out) : path.join(ROOT, 'target', 'skill-package');
  const source = path.join(ROOT, 'skill-package');
  if (fs.existsSync(path.join(source, 'interactionModels'))) {
    console.error('bin/skill-package: skill-package/interactionModels must not exist: the interaction model lives in models/');
    return 1;
  }
  let skill;
  try {
    skill = fill(JSON.parse(fs.readFileSync(path.join(source, 'skill.json'), 'utf8')), opts);
  } catch (e) {
    console.error(`bin/skill-package: ${e.message}`);
    return 1;
  }
  // Only ever clears a directory that this script wrote (or an empty one).
  if (fs.existsSync(out) && !fs.existsSync(path.join(out, 'skill.json')) && fs.readdirSync(out).length) {
    console.error(`bin/skill-package: ${out} exists and is not a skill package; not replacing it`);
    return 1;
  }
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'interactionModels', 'custom'), { recursive: true });
  // The screens ship as response/display/<name>/document.json only; their README is for us.
  copyTree(source, out, (p) => p === path.join(source, 'skill.json') || p === path.join(source, 'response', 'display', 'README.md'));
  fs.writeFileSync(path.join(out, 'skill.json'), JSON.stringify(skill, null, 2) + '\n');
  for (const model of fs.readdirSync(path.join(ROOT, 'models')).filter((n) => n.endsWith('.json')).sort()) {
    fs.copyFileSync(path.join(ROOT, 'models', model), path.join(out, 'interactionModels', 'custom', model));
  }
  console.log(`wrote ${out} (endpoint: ${opts.arn || 'none'}; privacy policy: ${opts.privacyUrl || 'none'})`);
  return 0;
}

process.exitCode = main();
