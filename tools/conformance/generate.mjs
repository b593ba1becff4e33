// Regenerates the expected output of every workspace in the conformance corpus by running Blockly's own
// JavaScript generator under Node:
//   1. load the workspace JSON into a headless Blockly.Workspace,
//   2. save it back (so every corpus file is exactly what Blockly.serialization.workspaces.save writes),
//   3. javascriptGenerator.workspaceToCode, run the code with window.alert collecting the printed lines and
//      Math.random replaced by the same seeded generator the Java engine uses (mulberry32),
//   4. write <name>.expected.txt: one printed line per text_print (each followed by a newline); if the code throws,
//      a final line "#error <ErrorName>".
// Usage: npm ci && node generate.mjs [--code]   (--code also prints the generated JavaScript)
import * as Blockly from 'blockly';
import {javascriptGenerator} from 'blockly/javascript';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import {fileURLToPath} from 'node:url';

// Must equal ExperimentSpec.DEFAULT_SEED on the Java side.
const SEED = 20240601;
const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../src/test/resources/experiment/conformance');
const showCode = process.argv.includes('--code');

/** mulberry32, identical to dk.opdag.experiment.js.JsRandom. */
function mulberry32(seed) {
  let a = seed | 0;
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.json')).sort();
let failures = 0;
for (const file of files) {
  const full = path.join(corpus, file);
  const workspace = new Blockly.Workspace();
  try {
    Blockly.serialization.workspaces.load(JSON.parse(fs.readFileSync(full, 'utf8')), workspace);
  } catch (e) {
    console.error(`${file}: Blockly could not load it: ${e.message}`);
    failures++;
    continue;
  }
  const saved = Blockly.serialization.workspaces.save(workspace);
  fs.writeFileSync(full, JSON.stringify(saved, null, 2) + '\n');

  const code = javascriptGenerator.workspaceToCode(workspace);
  if (showCode) console.log(`// ---- ${file}\n${code}`);
  const lines = [];
  const context = vm.createContext({window: {alert: (message) => lines.push(String(message))}});
  context.__random = mulberry32(SEED);
  vm.runInContext('Math.random = __random; delete globalThis.__random;', context);
  let error = null;
  try {
    vm.runInContext(code, context, {timeout: 10000});
  } catch (e) {
    error = e;
  }
  let out = lines.map((l) => l + '\n').join('');
  if (error) out += `#error ${error.name || 'Error'}\n`;
  fs.writeFileSync(full.replace(/\.json$/, '.expected.txt'), out);
  workspace.dispose();
  console.log(`${file}: ${lines.length} line(s)${error ? ', error ' + error.name : ''}`);
}
if (failures) {
  console.error(`${failures} workspace(s) could not be loaded`);
  process.exit(1);
}
