'use strict';
// Checks documents and datasources with Amazon's apl-suggester. Its validate() leaves out the
// graphics and command checks when the JSON schema check fails, and it reports unknown component
// types only to its error controller, so this runs those checks itself as well.
const { StaticAplTemplateValidator } = require('apl-suggester');
const { PrimitiveComponentJsonSchemaUtil } = require('apl-suggester/dist/src/util/PrimitiveComponentJsonSchemaUtil');

const validator = new StaticAplTemplateValidator();

function key(e) { return `${e.path} ${e.errorMessage}`; }

async function validateDocument(doc) {
  const copy = JSON.parse(JSON.stringify(doc));
  const found = await validator.validate(copy);
  // Always run the graphics and command checks, whether or not the schema check passed.
  const again = JSON.parse(JSON.stringify(doc));
  await validator.aplGraphicsExtractor.clearJsonPath(again);
  found.push(...validator.validateGraphics(again), ...validator.validateCommands(again));
  found.push(...unknownComponents(doc));
  const seen = new Set();
  return found.filter((e) => !seen.has(key(e)) && seen.add(key(e)));
}

/** Component types that are neither APL's own for the declared version nor a layout of the document. */
function unknownComponents(doc) {
  const known = new Set([...PrimitiveComponentJsonSchemaUtil.getPrimitiveComponentTypes(doc.version),
    ...Object.keys(doc.layouts || {})]);
  const out = [];
  (function walk(v, p) {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${p}/${i}`));
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      const here = `${p}/${k}`;
      if ((k === 'item' || k === 'items' || k === 'firstItem' || k === 'lastItem') && !p.includes('/graphics')) {
        for (const [i, c] of (Array.isArray(x) ? x : [x]).entries()) {
          if (c && typeof c === 'object' && typeof c.type === 'string' && !c.type.includes('${') && !known.has(c.type)) {
            out.push({ path: Array.isArray(x) ? `${here}/${i}` : here, errorMessage: `unknown component type ${c.type}`, level: 'ERROR' });
          }
        }
      }
      walk(x, here);
    }
  })(doc, '');
  return out;
}

async function validateDataSources(ds) {
  return validator.validateDataSources(ds);
}

module.exports = { validateDocument, validateDataSources };
