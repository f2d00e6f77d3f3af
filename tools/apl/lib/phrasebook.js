'use strict';
// Reads the speech and screen phrasebooks (simple key = value lines) and fills {0}, {1}, ...
const fs = require('fs');
const { SPEECH_BOOK, SCREEN_BOOK } = require('./paths');

function readProperties(file) {
  const entries = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('!')) continue;
    const m = /^([^\s=:]+)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!m) throw new Error(`${file}: cannot read line: ${line}`);
    if (entries.has(m[1])) throw new Error(`${file}: ${m[1]} written twice`);
    entries.set(m[1], m[2]);
  }
  return entries;
}

function loadPhrasebook() {
  const words = new Map([...readProperties(SPEECH_BOOK), ...readProperties(SCREEN_BOOK)]);
  const used = new Set();
  function text(key, ...args) {
    if (!words.has(key)) throw new Error(`no phrase for ${key}`);
    used.add(key);
    return words.get(key).replace(/\{(\d)\}/g, (_, i) => {
      if (args[i] === undefined) throw new Error(`${key} needs argument {${i}}`);
      return String(args[i]);
    });
  }
  return { text, words, used };
}
module.exports = { loadPhrasebook, readProperties };
