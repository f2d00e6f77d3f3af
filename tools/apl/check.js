#!/usr/bin/env node
// Checks Hip Check's screens: every document under skill-package/response/display/ and every case
// (document + datasources) in a directory, by default target/screens/sent/: every distinct screen the
// skill sends, written there by the Java test ScreenCatalogTest (bin/test runs it first).
//   node check.js [DIR] [--no-render] [--only SUBSTRING]
// A case file is either a sample { "document": "<name>", "datasources": {...} } or a RenderDocument
// directive with the document inline or linked (doc://alexa/apl/documents/<name>); see lib/cases.js.
'use strict';
const fs = require('fs');
const path = require('path');
const { SENT_DIR, SHOTS_DIR, ROOT } = require('./lib/paths');
const { loadCases, loadDocument, documentNames } = require('./lib/cases');

async function main() {
  const args = process.argv.slice(2);
  const noRender = args.includes('--no-render');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : null;
  const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
  const dir = path.resolve(dirArg || SENT_DIR);
  if (!fs.existsSync(dir)) {
    console.error(`check-screens: ${rel(dir)} does not exist${dirArg ? '' : ': the Java tests write it (bin/test, or mvn test -Dtest=DialogLivenessTest,ScreenCatalogTest)'}`);
    process.exit(1);
  }
  const rel = (p) => path.relative(ROOT, p) || '.';
  const errors = [];
  const fail = (where, what) => errors.push(`${where}: ${what}`);
  const t0 = Date.now();

  // The suggester logs an internal note for every Frame and TouchWrapper it checks; it says nothing about the document.
  const warn = console.warn;
  console.warn = (...a) => { if (!String(a[0]).startsWith('No mixin for component')) warn(...a); };
  const { validateDocument, validateDataSources } = require('./lib/validate');

  // 1. Documents
  const names = documentNames();
  const docs = Object.fromEntries(names.map((n) => [n, loadDocument(n)]));
  for (const n of names) {
    for (const e of await validateDocument(docs[n])) fail(`document ${n}`, `${e.level} ${e.path} ${e.errorMessage}`);
    if (docs[n].version !== '1.4') fail(`document ${n}`, `declares APL ${docs[n].version}; apl-viewhost-web 1.4.0 renders 1.4`);
    if (docs[n].import && docs[n].import.length) fail(`document ${n}`, 'imports packages, which a device fetches from a CDN');
    if (JSON.stringify(docs[n]).match(/https?:\/\//)) fail(`document ${n}`, 'names a URL; screens use no hosted images or packages');
  }
  // A graphic shared by documents is the same graphic in each: a drawing changed in one file must change in all.
  const graphics = {};
  for (const n of names) for (const [g, body] of Object.entries(docs[n].graphics || {})) (graphics[g] = graphics[g] || []).push([n, JSON.stringify(body)]);
  for (const [g, copies] of Object.entries(graphics)) {
    if (new Set(copies.map((c) => c[1])).size > 1) fail(`graphic ${g}`, `differs between ${copies.map((c) => c[0]).join(', ')}`);
  }

  // 2. Cases: datasources valid, every document used, sizes
  let cases = loadCases(dir);
  if (only) cases = cases.filter((c) => c.name.includes(only));
  if (!cases.length) fail(rel(dir), 'no cases');
  const { checkShape } = require('./lib/shapes');
  for (const c of cases) {
    for (const e of await validateDataSources(c.datasources)) fail(`case ${c.name}`, `datasources ${e.path} ${e.errorMessage}`);
    if (names.includes(c.documentName)) for (const p of checkShape(c.documentName, c.datasources)) fail(`case ${c.name}`, p);
    for (const e of await validateDocument(c.document).then((r) => (names.includes(c.documentName) ? [] : r))) {
      fail(`case ${c.name}`, `${e.level} ${e.path} ${e.errorMessage}`);
    }
  }
  if (!dirArg && !only) {
    for (const n of names) if (!cases.some((c) => c.documentName === n)) fail(`document ${n}`, 'no screen the skill sends uses it');
  }
  const sizes = cases.map((c) => ({ name: c.name, ...responseSizes(c) }));
  for (const s of sizes) if (s.inline > 24 * 1024) fail(`case ${s.name}`, `response with the document inline is ${s.inline} bytes, over 24 KB`);

  // 3. Rendering
  let rendered = [];
  const { VIEWPORTS } = require('./lib/render');
  if (!noRender) {
    const { renderAll } = require('./lib/render');
    rendered = await renderAll(cases, SHOTS_DIR, { concurrency: Number(process.env.SCREENS_CONCURRENCY || 8) });
    for (const r of rendered) for (const p of r.problems) fail(`render ${r.name} @ ${r.viewport}`, p);
  }

  // Summary
  const biggest = (k) => sizes.reduce((a, b) => (b[k] > a[k] ? b : a), sizes[0] || { name: '-', [k]: 0 });
  const bi = biggest('inline');
  const bl = biggest('linked');
  console.log(`documents:  ${names.length} (${names.join(', ')}), valid with apl-suggester`);
  console.log(`cases:      ${cases.length} from ${rel(dir)}`);
  console.log(noRender ? 'rendering:  skipped (--no-render)'
    : `rendering:  ${rendered.length} renders at ${VIEWPORTS.map((v) => v.name).join(', ')}; screenshots in ${rel(SHOTS_DIR)}`);
  console.log(`size:       largest response with the document inline ${bi.inline} B (${bi.name}); linked ${bl.linked} B (${bl.name}); limit 24576 B`);
  console.log(`time:       ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (errors.length) {
    console.log(`errors:     ${errors.length}`);
    for (const e of errors.slice(0, 200)) console.log(`  ${e}`);
    process.exit(1);
  }
  console.log('errors:     0');
}

/**
 * Returns the bytes of a whole skill response carrying this screen: speech at its longest (a hold
 * narration's SSML runs to about 1.5 KB), a reprompt, a card, session attributes, and a
 * RenderDocument directive with the document inline, or linked with only the datasources.
 */
function responseSizes(c) {
  const response = (document) => JSON.stringify({
    version: '1.0',
    sessionAttributes: { hipCheck: 'x'.repeat(600) },
    response: {
      outputSpeech: { type: 'SSML', ssml: `<speak>${'x'.repeat(1500)}</speak>` },
      reprompt: { outputSpeech: { type: 'SSML', ssml: `<speak>${'x'.repeat(200)}</speak>` } },
      card: { type: 'Simple', title: 'Your Hip Check result', content: 'x'.repeat(600) },
      directives: [{ type: 'Alexa.Presentation.APL.RenderDocument', token: 'hipCheck', document, datasources: c.datasources }],
      shouldEndSession: false
    }
  });
  const linkName = typeof c.documentName === 'string' && /^[A-Za-z0-9_-]+$/.test(c.documentName) ? c.documentName : 'inline';
  return {
    inline: Buffer.byteLength(response(c.document)),
    linked: Buffer.byteLength(response({ type: 'Link', src: `doc://alexa/apl/documents/${linkName}` }))
  };
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(2); });
