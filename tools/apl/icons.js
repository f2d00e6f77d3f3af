#!/usr/bin/env node
// Draws the store icons from the figure the screens already show: the "lying" graphic of
// skill-package/response/display/prompt/document.json (the test position, the hanging leg in amber),
// rendered by the same apl-viewhost-web and Chromium as bin/check-screens, so the icon and the
// screens can never drift apart in style. Writes the two sizes the store asks for:
//   skill-package/assets/images/en-US_smallIcon.png   108 x 108
//   skill-package/assets/images/en-US_largeIcon.png   512 x 512
// Run through bin/icons, which installs what this needs.
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT, DISPLAY_DIR } = require('./lib/paths');
const render = require('./lib/render');
const server = require('./lib/server');

const OUT_DIR = path.join(ROOT, 'skill-package', 'assets', 'images');
const ICONS = [
  { file: 'en-US_smallIcon.png', size: 108 },
  { file: 'en-US_largeIcon.png', size: 512 }
];

/** An APL document holding only the figure, centred on the screens' ground colour. */
function iconDocument() {
  const prompt = JSON.parse(fs.readFileSync(path.join(DISPLAY_DIR, 'prompt', 'document.json'), 'utf8'));
  const ground = prompt.resources.find((r) => r.colors).colors.ground;
  return {
    type: 'APL',
    version: prompt.version,
    theme: 'dark',
    graphics: { lying: prompt.graphics.lying },
    mainTemplate: {
      parameters: ['payload'],
      items: [{
        type: 'Frame',
        width: '100vw',
        height: '100vh',
        backgroundColor: ground,
        item: {
          type: 'Container',
          width: '100vw',
          height: '100vh',
          justifyContent: 'center',
          alignItems: 'center',
          // The store shows icons in a circle: the figure stays inside the middle 86 %.
          items: [{ type: 'VectorGraphic', source: 'lying', side: 'right', focus: 'hang', scale: 'best-fit',
            align: 'center', width: '86vw', height: '54vw' }]
        }
      }]
    }
  };
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const srv = await server.start();
  const { browser, close } = await render.openBrowser();
  try {
    const slot = await render.openSlot(browser, srv.url, render.localFonts());
    const doc = iconDocument();
    for (const icon of ICONS) {
      // dpi 160 makes 1 dp one pixel, so the PNG is exactly size x size.
      const viewport = { width: icon.size, height: icon.size, dpi: 160, shape: 'RECTANGLE', mode: 'HUB' };
      await render.showCase(slot.page, { document: doc, datasources: {} }, viewport);
      const out = path.join(OUT_DIR, icon.file);
      await slot.page.screenshot({ path: out, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      if (slot.problems.length) throw new Error(`rendering ${icon.file}: ${slot.problems.join('; ')}`);
      console.log(`wrote ${path.relative(ROOT, out)} (${icon.size}x${icon.size})`);
    }
    await slot.close();
  } finally {
    await close();
    await srv.close();
  }
}

main().catch((e) => { console.error(`icons: ${e.message}`); process.exit(1); });
