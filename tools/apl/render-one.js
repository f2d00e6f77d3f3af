#!/usr/bin/env node
// Renders a screen to a PNG as an Echo Show first shows it, with the renderer and browser that
// bin/check-screens uses (lib/render.js), but without its checks: for looking, not for judging.
//   node render-one.js [--viewport NAME] IN.json OUT.png
//   node render-one.js [--viewport NAME] --serve
// IN.json is a RenderDocument directive (document inline or linked) or a sample; see lib/cases.js.
// NAME is one of lib/render.js's VIEWPORTS (round-480, hub-1024x600, hub-1280x800); default hub-1024x600.
//
// --serve keeps one browser open, so that each screen costs a render and not a browser start
// (bin/run --screens uses it). It reads one job a line from stdin, tab-separated:
//   IN.json  OUT.png                         a directive or sample
//   DOCUMENT.json  DATASOURCES.json  OUT.png  a document and its datasources in files of their own
// and answers on stdout: first "ready" once the browser is up (or "error MESSAGE" and exit 1), then
// one line a job, in order: "ok OUT.png" or "error MESSAGE". It ends when stdin ends.
'use strict';
const fs = require('fs');
const path = require('path');

const DEFAULT_VIEWPORT = 'hub-1024x600';

/** One line on stdout, the protocol's only channel; never more than one line. */
function answer(text) {
  process.stdout.write(text.replace(/\s*[\r\n]+\s*/g, ' ').trim() + '\n');
}

/** Reads the flags; throws on a mistake. */
function parseArgs(argv) {
  const opts = { viewport: DEFAULT_VIEWPORT, serve: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--viewport') {
      if (i + 1 >= argv.length) throw new Error('--viewport needs a name');
      opts.viewport = argv[++i];
    } else if (a === '--serve') opts.serve = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.files.push(a);
  }
  if (opts.serve ? opts.files.length : opts.files.length !== 2) {
    throw new Error('usage: render-one.js [--viewport NAME] IN.json OUT.png | [--viewport NAME] --serve');
  }
  return opts;
}

/**
 * Opens the browser, the page server and one render page; returns { render(fields), close() }.
 * Throws one clear sentence when what rendering needs is not installed.
 */
async function openRenderer(viewportName) {
  let render;
  try {
    render = require('./lib/render');
  } catch (e) {
    if (e.code === 'MODULE_NOT_FOUND') throw new Error("tools/apl's npm packages are not installed (run bin/check-screens once)");
    throw e;
  }
  const viewport = render.VIEWPORTS.find((v) => v.name === viewportName);
  if (!viewport) throw new Error(`no viewport ${viewportName}; one of ${render.VIEWPORTS.map((v) => v.name).join(', ')}`);
  const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) throw new Error(`Chromium is not installed at ${chromium} (apt-get install chromium, as root)`);
  const { caseOf } = require('./lib/cases');
  const fonts = render.localFonts();
  const server = require('./lib/server');
  const srv = await server.start();
  const { browser, close } = await render.openBrowser();
  let slot = await render.openSlot(browser, srv.url, fonts);

  async function renderFields(fields) {
    let c;
    let out;
    if (fields.length === 2) {
      c = caseOf(JSON.parse(fs.readFileSync(fields[0], 'utf8')), fields[0], path.basename(fields[0]));
      out = fields[1];
    } else if (fields.length === 3) {
      const raw = { document: JSON.parse(fs.readFileSync(fields[0], 'utf8')), datasources: JSON.parse(fs.readFileSync(fields[1], 'utf8')) };
      c = caseOf(raw, fields[0], path.basename(fields[0]));
      out = fields[2];
    } else {
      throw new Error(`a job is IN.json<TAB>OUT.png or DOCUMENT.json<TAB>DATASOURCES.json<TAB>OUT.png, not ${fields.length} field(s)`);
    }
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    try {
      await render.showCase(slot.page, c, viewport);
      await slot.page.screenshot({ path: out });
    } catch (e) {
      // A page that failed once may be stuck mid-render: the next job gets a fresh one.
      await slot.close().catch(() => {});
      slot = await render.openSlot(browser, srv.url, fonts);
      throw e;
    }
    return out;
  }

  // Once only: a signal may arrive while the end of input is already closing the browser.
  let closing = null;
  return {
    render: renderFields,
    close: () => closing || (closing = (async () => {
      await slot.close().catch(() => {});
      await close();
      await srv.close();
    })())
  };
}

async function serve(renderer) {
  const rl = require('readline').createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (!line.trim()) continue;
    try {
      answer(`ok ${await renderer.render(line.split('\t'))}`);
    } catch (e) {
      answer(`error ${e.message}`);
    }
  }
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    answer(`error ${e.message}`);
    return 2;
  }
  let renderer;
  try {
    renderer = await openRenderer(opts.viewport);
  } catch (e) {
    answer(`error ${e.message}`);
    return 1;
  }
  // Closing the browser removes its profile directory; a plain kill would leave it behind.
  const stop = () => renderer.close().finally(() => process.exit(1));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  try {
    if (opts.serve) {
      answer('ready');
      await serve(renderer);
      return 0;
    }
    try {
      answer(`ok ${await renderer.render(opts.files)}`);
      return 0;
    } catch (e) {
      answer(`error ${e.message}`);
      return 1;
    }
  } finally {
    await renderer.close();
  }
}

main().then((code) => process.exit(code), (e) => { answer(`error ${e.message}`); process.exit(1); });
