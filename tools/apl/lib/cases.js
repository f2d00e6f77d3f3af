'use strict';
// Reads the cases to check: JSON files each holding a document and its datasources, in one of
// two shapes. A sample names its document: { "document": "prompt", "datasources": {...} }.
// A directive, as the skill sends it (or as the Java side writes it for a turn), carries the
// document inline or links to it:
//   { "type": "Alexa.Presentation.APL.RenderDocument", "token": "...",
//     "document": {...} | { "type": "Link", "src": "doc://alexa/apl/documents/prompt" },
//     "datasources": {...} }
const fs = require('fs');
const path = require('path');
const { DISPLAY_DIR } = require('./paths');

const LINK = /^doc:\/\/alexa\/apl\/documents\/([A-Za-z0-9_-]+)$/;

function documentNames() {
  return fs.readdirSync(DISPLAY_DIR)
    .filter((d) => fs.existsSync(path.join(DISPLAY_DIR, d, 'document.json')))
    .sort();
}

function loadDocument(name) {
  const file = path.join(DISPLAY_DIR, name, 'document.json');
  if (!fs.existsSync(file)) throw new Error(`no document ${name} (${file})`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function listJson(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJson(p));
    else if (entry.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
}

/** Returns { name, file, documentName, document, datasources } for every case file under dir. */
function loadCases(dir) {
  return listJson(dir).map((file) => {
    const name = path.relative(dir, file).replace(/\.json$/, '').split(path.sep).join('__');
    return caseOf(JSON.parse(fs.readFileSync(file, 'utf8')), file, name);
  });
}

/** Returns the case that a sample or RenderDocument directive `raw`, read from `file`, holds. */
function caseOf(raw, file, name) {
  let doc = raw.document;
  let documentName = null;
  if (typeof doc === 'string') {
    documentName = doc;
    doc = loadDocument(doc);
  } else if (doc && doc.type === 'Link') {
    const m = LINK.exec(doc.src || '');
    if (!m) throw new Error(`${file}: a linked document must be doc://alexa/apl/documents/<name>, not ${doc.src}`);
    documentName = m[1];
    doc = loadDocument(documentName);
  } else if (!doc || typeof doc !== 'object') {
    throw new Error(`${file}: no document`);
  }
  if (!raw.datasources || typeof raw.datasources !== 'object') throw new Error(`${file}: no datasources`);
  // An inline document that is one of the files, word for word, is that document.
  if (!documentName) documentName = documentNames().find((n) => JSON.stringify(loadDocument(n)) === JSON.stringify(doc)) || null;
  return { name, file, documentName: documentName || doc.description || '(inline)', document: doc, datasources: raw.datasources };
}

/** Returns every string a datasource holds, except the values the skill reads back (ids, kinds, events). */
function visibleTexts(datasources) {
  const out = [];
  // drawingLabel and nextStepLabel are what a screen reader says: spoken, never shown as text.
  const NOT_SHOWN = new Set(['id', 'kind', 'value', 'pose', 'side', 'focus', 'outcome', 'type', 'drawingLabel',
    'nextStepLabel']);
  (function walk(v, key) {
    if (typeof v === 'string') { if (!NOT_SHOWN.has(key) && v.trim()) out.push(v); }
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  })(datasources, '');
  return out;
}

module.exports = { loadCases, caseOf, loadDocument, documentNames, visibleTexts };
