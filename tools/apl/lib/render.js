'use strict';
// Renders cases with Amazon's apl-viewhost-web in headless Chromium and checks what it shows.
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');
const server = require('./server');
const { visibleTexts } = require('./cases');

// One list of screens for the renderer and for the manifest's supportedViewports (SkillManifestTest).
// SCREENS_VIEWPORTS=all adds the other profiles the resources size for: Echo Show 5, Show 15, TV.
const VIEWPORTS = require('../viewports.json').viewports
  .filter((v) => v.always || process.env.SCREENS_VIEWPORTS === 'all')
  .map(({ always, ...v }) => v);
// SCREENS_VIEWPORTS=one draws each case once, at the three profiles in turn (a stretch's steps at
// the one they are timed at or the one they are touched at, in turn), and tries touches at
// whichever rectangular profile any other case falls on:
// bin/test draws so, a third of the work; CI draws every case at every profile.
const ONE_EACH = process.env.SCREENS_VIEWPORTS === 'one';

// The renderer gave up waiting for a font face: every font is served from this machine, so only a
// busy machine gets there; the render is tried once more, and a second time stands.
const FONT_WAIT = /FontUtils:\s+Failed to load:/;
// Emscripten's start-up progress lines, which say nothing about a document.
const STARTUP_PROGRESS = /^(still waiting on run dependencies:|dependency: wasm-instantiate|\(end of list\))/;
// How long the engine may take to start, and a case to mount, on a loaded machine.
const ENGINE_START_MS = 120000;
const MOUNT_MS = 60000;

const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
  '--font-render-hinting=none',
  // Several pages render at once: none may be throttled as a background tab, or a countdown would stall.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];

/** Local fonts served in place of the renderer's CDN fonts, which this network cannot reach. */
function localFonts() {
  const dirs = ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/dejavu'];
  const pick = (names) => {
    for (const dir of dirs) for (const n of names) { const p = path.join(dir, n); if (fs.existsSync(p)) return p; }
    throw new Error('no local font: install fonts-liberation or fonts-dejavu-core');
  };
  return { regular: pick(['LiberationSans-Regular.ttf', 'DejaVuSans.ttf']), bold: pick(['LiberationSans-Bold.ttf', 'DejaVuSans-Bold.ttf']) };
}

async function openBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'hipcheck-chromium-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, userDataDir, args: CHROMIUM_ARGS
    });
  } catch (e) {
    // A browser that never started leaves its empty profile directory behind otherwise.
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  return { browser, close: async () => { await browser.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); } };
}

/**
 * Opens the render page in a context of its own (so a window of its own: a background tab gets no
 * animation frames, and the renderer's clock runs on them). The page is loaded once and renders
 * case after case; slot.problems collects what goes wrong for the case at hand.
 */
async function openSlot(browser, url, fonts) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const slot = { page, problems: [], close: () => context.close() };
  await page.setRequestInterception(true);
  const fontBytes = { regular: fs.readFileSync(fonts.regular), bold: fs.readFileSync(fonts.bold) };
  page.on('request', (req) => {
    const u = req.url();
    if (u.startsWith(url) || u.startsWith('data:') || u.startsWith('blob:')) return req.continue();
    if (/\.(ttf|otf|woff2?)(\?|$)/i.test(u)) {
      const bold = /(Bd|Bold|He|Md|Medium|Heavy)/.test(u.split('/').pop());
      return req.respond({ status: 200, contentType: 'font/ttf', headers: { 'Access-Control-Allow-Origin': '*' },
        body: bold ? fontBytes.bold : fontBytes.regular });
    }
    slot.problems.push(`network request outside 127.0.0.1: ${u.slice(0, 120)}`);
    return req.abort();
  });
  page.on('pageerror', (e) => slot.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // The renderer's WebAssembly loader reports its progress while it starts ("still waiting on run
    // dependencies: wasm-instantiate", then "(end of list)"): on a busy machine that is slowness,
    // not an error. Readiness is awaited below; a start that never finishes still fails.
    if (STARTUP_PROGRESS.test(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') {
      slot.problems.push(`console ${m.type()}: ${m.text().replace(/\0/g, '').split('\n').slice(0, 2).join(' ')}`);
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  // Waits for the engine itself, not a fixed time: two cores shared by several renders can take
  // tens of seconds to compile the WebAssembly, and a case mounted before then would time out.
  await withTimeout(page.evaluate(() => window.engineReady.then(() => true)), ENGINE_START_MS, 'renderer engine start');
  return slot;
}

/** Returns the text the renderer put on screen, one string. */
async function shownText(page) {
  return page.evaluate(() => document.getElementById('apl').innerText.replace(/\s+/g, ' '));
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Mounts a case's document with its datasources at a viewport and waits until it has settled, fonts loaded. */
async function showCase(page, c, viewport) {
  await page.setViewport({ width: viewport.width, height: viewport.height, deviceScaleFactor: 1 });
  const vp = { width: viewport.width, height: viewport.height, dpi: viewport.dpi, shape: viewport.shape, mode: viewport.mode };
  await withTimeout(page.evaluate((doc, ds, v) => window.renderCase(doc, ds, v), c.document, c.datasources, vp), MOUNT_MS, 'renderer init');
  await page.evaluate(() => document.fonts.ready);
  await new Promise((r) => setTimeout(r, 300));
}

/**
 * Renders one case at one viewport; returns { problems, shots }. A hold's countdown is captured at
 * its start and again once it has run a few seconds, and the number must have gone down.
 */
async function renderOne(slot, c, viewport, shotsDir) {
  const page = slot.page;
  const problems = slot.problems = [];
  const shots = [];
  try {
    await showCase(page, c, viewport);
    const base = path.join(shotsDir, `${c.name}.${viewport.name}`);
    const text = norm(await shownText(page));
    if (!text) problems.push('nothing shown');
    const expected = expectedTexts(c, viewport);
    for (const want of expected) if (!text.includes(norm(want))) problems.push(`text not shown: "${want}"`);
    for (const off of await textsOffScreen(page, viewport)) problems.push(`text outside the screen: "${off}"`);
    await page.screenshot({ path: `${base}.png` });
    shots.push(`${base}.png`);
    const hold = c.datasources.screen && c.datasources.screen.hold;
    if (hold) {
      // The number must match the clock: seconds until startsAfterMs, then one less each second.
      const expect = (ms) => hold.seconds - Math.min(hold.seconds, Math.max(0, Math.floor((ms - hold.startsAfterMs) / 1000)));
      const first = await countShown(page);
      await new Promise((r) => setTimeout(r, hold.startsAfterMs + 2600));
      const later = await countShown(page);
      await page.screenshot({ path: `${base}.later.png` });
      shots.push(`${base}.later.png`);
      for (const [what, got] of [['at the start', first], ['later', later]]) {
        const want = expect(got.elapsed);
        if (!(Math.abs(got.n - want) <= 1)) problems.push(`countdown ${what} shows ${got.n} after ${Math.round(got.elapsed)} ms, not ${want}`);
      }
      if (!(later.n < first.n)) problems.push(`countdown did not run: ${first.n} then ${later.n}`);
    }
    if (c.documentName === 'stretch' && viewport.name === TIMING_VIEWPORT) await checkStepTiming(page, c, viewport, problems, base);
    if (hold && hold.rest && hold.rest.seconds > 0 && viewport.name === TIMING_VIEWPORT) await checkRest(page, c, viewport, problems, base);
    // After the countdown: a touch cancels the commands running in the foreground, as on a device
    // (touching "It hurts" ends the count; the skill's answer then replaces the screen).
    // Drawn once, a stretch's steps are either timed or touched: timing them moves past the first step.
    const timed = c.documentName === 'stretch' && viewport.name === TIMING_VIEWPORT;
    if (viewport.name === TOUCH_VIEWPORT || (ONE_EACH && viewport.shape !== 'ROUND' && !timed)) await checkTouches(page, c, problems);
    const errors = await page.evaluate(() => window.aplErrors);
    problems.push(...errors);
    if (problems.length && problems.every((p) => FONT_WAIT.test(p))) return { problems: [...problems], shots, unfinished: true };
  } catch (e) {
    // Thrown means the render did not finish (a timeout, a page gone), not that it showed something
    // wrong: the caller tries such a render once more on a fresh page.
    problems.push(`render failed: ${e.message}`);
    return { problems: [...problems], shots, unfinished: true };
  }
  return { problems: [...problems], shots };
}

// Touches are tried at one viewport: what a touch does is the same at every size.
const TOUCH_VIEWPORT = 'hub-1280x800';

// A stretch's steps are timed at one viewport, on a copy whose times are a fifth of the real ones
// (the shortest gap between two steps is then still 0.7 s, more than the slack allowed below).
const TIMING_VIEWPORT = 'hub-1024x600';
const TIME_SCALE = 0.2;

/** Renders the stretch again with its step times shortened, and checks each step appears on time. */
async function checkStepTiming(page, c, viewport, problems, base) {
  const ds = JSON.parse(JSON.stringify(c.datasources));
  const steps = ds.screen.steps;
  steps.forEach((st) => { st.atMs = Math.round(st.atMs * TIME_SCALE); });
  const vp = { width: viewport.width, height: viewport.height, dpi: viewport.dpi, shape: viewport.shape, mode: viewport.mode };
  await page.evaluate((doc, d, v) => window.renderCase(doc, d, v), c.document, ds, vp);
  for (let i = 1; i < steps.length; i++) {
    // The screen appears as the voice starts, so step i shows atMs after the document mounts.
    const dueIn = steps[i].atMs - (await page.evaluate(() => performance.now() - window.mountedAt));
    if (dueIn > 400) {
      await new Promise((r) => setTimeout(r, dueIn - 250));
      if (norm(await shownText(page)).includes(norm(steps[i].text))) problems.push(`step ${i + 1} shown before the voice reaches it`);
    }
    // Up to 0.6 s of slack, polled: eight pages share two cores, and a timed command can run late.
    let shown = '';
    for (;;) {
      const since = await page.evaluate(() => performance.now() - window.mountedAt);
      shown = norm(await shownText(page));
      if (since >= steps[i].atMs && shown.includes(norm(steps[i].text))) break;
      if (since > steps[i].atMs + 600) break;
      await new Promise((r) => setTimeout(r, Math.max(50, Math.min(250, steps[i].atMs - since))));
    }
    await page.screenshot({ path: `${base}.step${i + 1}.png` });
    if (!shown.includes(norm(steps[i].text))) problems.push(`step ${i + 1} not shown ${steps[i].atMs} ms after the screen appeared`);
  }
}

/**
 * Renders a hold followed by a rest again, shortened (a 1-second hold, a 3-second rest), and checks
 * that the rest counts down in place of what comes next, which shows once the rest is over.
 */
async function checkRest(page, c, viewport, problems, base) {
  const ds = JSON.parse(JSON.stringify(c.datasources));
  const hold = ds.screen.hold;
  Object.assign(hold, { seconds: 1, startsAfterMs: 0 });
  hold.rest = { seconds: 3, startsAfterMs: 1200 };
  const next = norm(ds.screen.end.text);
  const vp = { width: viewport.width, height: viewport.height, dpi: viewport.dpi, shape: viewport.shape, mode: viewport.mode };
  await page.evaluate((doc, d, v) => window.renderCase(doc, d, v), c.document, ds, vp);
  const at = async (ms) => {
    const since = await page.evaluate(() => performance.now() - window.mountedAt);
    if (ms > since) await new Promise((r) => setTimeout(r, ms - since));
    return norm(await shownText(page));
  };
  const resting = await at(2000);
  await page.screenshot({ path: `${base}.rest.png` });
  if (!/\b[1-3]\b/.test(resting) || resting.includes(next)) problems.push(`the rest is not counted down in place of what comes next: "${resting}"`);
  // Up to 1.5 s of slack: pages share two cores, and a timed command can run late.
  let after = '';
  for (let ms = 4400; ms <= 5700 && !after.includes(next); ms += 300) after = await at(ms);
  if (!after.includes(next)) problems.push(`what comes next is not shown once the rest is over: "${after}"`);
}

/** Presses like a finger: the renderer reads pointer events on its frames, so down and up come apart. */
async function press(page, x, y) {
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  await page.mouse.move(x, y);
  await pause(40);
  await page.mouse.down();
  await pause(80);
  await page.mouse.up();
}

/**
 * Clicks at the middle of the first leaf element whose text is `text` (`prefix` false) or begins
 * it (`prefix` true: a Text may break into lines); false when no such element is on screen.
 */
async function clickOn(page, text, prefix) {
  const at = await page.evaluate((t, p) => {
    const flat = (x) => x.trim().replace(/\s+/g, ' ');
    const el = [...document.querySelectorAll('#apl *')].find((e) => e.children.length === 0
      && (p ? flat(e.textContent).length > 3 && flat(t).startsWith(flat(e.textContent)) : e.textContent.trim() === t));
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, text, prefix);
  if (!at) return false;
  await press(page, at.x, at.y);
  return true;
}

/** Clicks at the middle of the element showing `text`; false when no such element is on screen. */
function clickText(page, text) {
  return clickOn(page, text, false);
}

/** Clicks on the first element whose text begins the given text (a Text may break into lines). */
function clickAtText(page, text) {
  return clickOn(page, text, true);
}

/**
 * Touches each button and checks that the renderer sends [kind, value, screen id], the arguments
 * the skill maps to the spoken answer's event; on a stretch, touches the step to see the next one.
 */
async function checkTouches(page, c, problems) {
  const s = c.datasources.screen || {};
  // The first pointer event a fresh window gets is lost to it; spend it on an empty corner.
  await press(page, 2, 2);
  await new Promise((r) => setTimeout(r, 100));
  for (const b of s.buttons || []) {
    await page.evaluate(() => { window.aplEvents = []; });
    if (!(await clickText(page, b.label))) { problems.push(`button "${b.label}" not found to touch`); continue; }
    await new Promise((r) => setTimeout(r, 150));
    const events = await page.evaluate(() => window.aplEvents);
    const args = events.length ? events[events.length - 1].arguments : null;
    if (JSON.stringify(args) !== JSON.stringify([b.kind, b.value, s.id])) {
      problems.push(`touching "${b.label}" sent ${JSON.stringify(args)}, not ${JSON.stringify([b.kind, b.value, s.id])}`);
    }
  }
  if (c.documentName === 'stretch' && Array.isArray(s.steps) && s.steps.length > 1) {
    if (!(await clickText(page, s.steps[0].text.split(' ').slice(0, 3).join(' '))) && !(await clickAtText(page, s.steps[0].text))) {
      problems.push('the first step is not there to touch');
    } else {
      await new Promise((r) => setTimeout(r, 200));
      const shown = norm(await shownText(page));
      if (!shown.includes(norm(s.steps[1].text))) problems.push('touching a step does not show the next');
    }
  }
}

/** Returns the texts drawn wholly or partly outside the viewport, or squeezed to nothing. */
async function textsOffScreen(page, viewport) {
  return page.evaluate((w, h) => {
    const out = [];
    for (const el of document.querySelectorAll('#apl *')) {
      const text = (el.childNodes.length && [...el.childNodes].every((n) => n.nodeType === 3)) ? el.textContent.trim() : '';
      if (!text) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      let hidden = false;
      for (let p = el; p && p.id !== 'apl'; p = p.parentElement) if (getComputedStyle(p).display === 'none') hidden = true;
      if (hidden) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || r.left < -1 || r.top < -1 || r.right > w + 1 || r.bottom > h + 1) out.push(text);
    }
    return out;
  }, viewport.width, viewport.height);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
}

/** Returns the number the countdown shows and the milliseconds since the document was mounted. */
async function countShown(page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('#apl *')].filter((el) => el.children.length === 0)
      .map((el) => el.textContent.trim()).filter((t) => /^\d+$/.test(t));
    return { n: texts.length ? Number(texts[0]) : NaN, elapsed: performance.now() - window.mountedAt };
  });
}

/**
 * The texts a case must show when it first appears: all of its datasource's, but for what a
 * document shows only later (a hold's end, a stretch's later steps) or leaves out on a small
 * round screen (a result's signs, which the card in the Alexa app and "why?" still give).
 */
function expectedTexts(c, viewport) {
  const s = c.datasources.screen;
  if (!s) return visibleTexts(c.datasources);
  const copy = JSON.parse(JSON.stringify(s));
  if (c.documentName === 'hold') delete copy.end;
  if (c.documentName === 'stretch' && Array.isArray(copy.steps)) copy.steps = copy.steps.slice(0, 1);
  if (c.documentName === 'result' && viewport.shape === 'ROUND' && Array.isArray(copy.sides)) copy.sides.forEach((x) => delete x.signs);
  // A round screen shows the four weeks and their key; the answer is spoken, the buttons are said.
  if (c.documentName === 'progress' && viewport.shape === 'ROUND') { delete copy.text; delete copy.buttons; }
  if (c.documentName === 'stretch' && viewport.shape === 'ROUND') delete copy.text;
  return visibleTexts({ screen: copy });
}

async function renderAll(cases, shotsDir, { concurrency = 3, log = () => {} } = {}) {
  fs.mkdirSync(shotsDir, { recursive: true });
  const fonts = localFonts();
  const srv = await server.start();
  const { browser, close } = await openBrowser();
  const jobs = [];
  if (ONE_EACH) {
    const timing = VIEWPORTS.find((v) => v.name === TIMING_VIEWPORT);
    const touch = VIEWPORTS.find((v) => v.name === TOUCH_VIEWPORT);
    cases.forEach((c, i) => jobs.push({ c, v: c.documentName === 'stretch' ? (i % 2 ? touch : timing) : VIEWPORTS[i % VIEWPORTS.length] }));
  } else {
    for (const c of cases) for (const v of VIEWPORTS) jobs.push({ c, v });
  }
  const results = [];
  let next = 0;
  async function worker() {
    let slot = await openSlot(browser, srv.url, fonts);
    while (next < jobs.length) {
      const job = jobs[next++];
      const started = Date.now();
      let r = await renderOne(slot, job.c, job.v, shotsDir);
      if (r.unfinished) {
        // Once, on a fresh page: a render that did not finish on a busy machine. What a second
        // attempt reports stands, so a real renderer error still fails the check.
        await slot.close().catch(() => {});
        slot = await openSlot(browser, srv.url, fonts);
        r = await renderOne(slot, job.c, job.v, shotsDir);
      }
      results.push({ name: job.c.name, viewport: job.v.name, ...r });
      log(job.c.name, job.v.name, r, Date.now() - started);
    }
    await slot.close();
  }
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await close();
    await srv.close();
  }
  return results;
}

module.exports = { renderAll, VIEWPORTS, localFonts, openBrowser, openSlot, showCase };
