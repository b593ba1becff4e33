// Writes and checks the Blockly workspaces of the shipped experiments (curriculum/experiments/<id>/):
//   1. for every experiment defined in experiment-workspaces.mjs, (re)writes start.json and solution.json;
//   2. loads every start.json and solution.json into a headless Blockly workspace with the world blocks defined
//      from each world's src/main/resources/dk/opdag/experiment/world/<world>/blocks.json (../world-blocks.mjs),
//      and saves it back, so each file is exactly
//      what Blockly.serialization.workspaces.save writes (hand-made files, e.g. exported from the lab, included);
//   3. if target/experiment-toolboxes.json exists (written by ShippedExperimentsTest), loads every block of every
//      toolbox into Blockly, which fails on an input or field the block does not have;
//   4. if target/experiment-workspaces.json exists (also ShippedExperimentsTest), loads every level's programs
//      (compiled from the compact form) into Blockly and checks that Blockly saves them back unchanged.
// Usage: npm ci && node experiments.mjs            (then ./mvnw -o -B test -Dtest=ShippedExperimentsTest)
import * as Blockly from 'blockly';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {workspaces} from './experiment-workspaces.mjs';
import {worldBlocks} from '../world-blocks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const experimentsDir = path.join(root, 'curriculum/experiments');
const definitions = worldBlocks(root);
Blockly.common.defineBlocksWithJsonArray(definitions);

let failures = 0;
const fail = (message) => {
  console.error(message);
  failures++;
};

// 1. write the defined workspaces
for (const [id, build] of Object.entries(workspaces)) {
  const dir = path.join(experimentsDir, id);
  if (!fs.existsSync(dir)) {
    fail(`${id}: defined in experiment-workspaces.mjs, but curriculum/experiments/${id}/ does not exist`);
    continue;
  }
  for (const [file, make] of [['start.json', build.start], ['solution.json', build.solution]]) {
    if (make) fs.writeFileSync(path.join(dir, file), JSON.stringify(make(), null, 2) + '\n');
  }
}

// 2. canonicalise every workspace file through Blockly
const ids = fs.readdirSync(experimentsDir, {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name);
for (const id of ids.sort()) {
  for (const file of ['start.json', 'solution.json']) {
    const full = path.join(experimentsDir, id, file);
    if (!fs.existsSync(full)) continue;
    const workspace = new Blockly.Workspace();
    try {
      Blockly.serialization.workspaces.load(JSON.parse(fs.readFileSync(full, 'utf8')), workspace);
      const saved = Blockly.serialization.workspaces.save(workspace);
      fs.writeFileSync(full, JSON.stringify(saved, null, 2) + '\n');
      console.log(`${id}/${file}: ${workspace.getAllBlocks(false).length} block(s)`);
    } catch (e) {
      fail(`${id}/${file}: Blockly could not load it: ${e.message}`);
    }
    workspace.dispose();
  }
}

// 3. check the toolboxes the Java loader produced
const toolboxes = path.join(root, 'target/experiment-toolboxes.json');
if (fs.existsSync(toolboxes)) {
  const all = JSON.parse(fs.readFileSync(toolboxes, 'utf8'));
  for (const [id, toolbox] of Object.entries(all)) {
    const blocks = [];
    const walk = (items) =>
      (items || []).forEach((item) => (item.kind === 'block' ? blocks.push(item) : walk(item.contents)));
    walk(toolbox.contents);
    const workspace = new Blockly.Workspace();
    for (const entry of blocks) {
      try {
        Blockly.serialization.blocks.append(entry, workspace);
      } catch (e) {
        fail(`${id}: toolbox block ${entry.type}: ${e.message}`);
      }
    }
    workspace.dispose();
    console.log(`${id}: toolbox with ${blocks.length} block(s) loads in Blockly`);
  }
} else {
  console.log('target/experiment-toolboxes.json not found: run ShippedExperimentsTest to check the toolboxes too');
}

// 4. the levels' programs, compiled by the Java loader from the compact form: Blockly must load each and save it
//    back unchanged (ids, positions and variable ids aside), or the compiler does not write what Blockly writes.
const levelPrograms = path.join(root, 'target/experiment-workspaces.json');
const normal = (ws) => {
  const names = Object.fromEntries((ws.variables || []).map((v) => [v.id, v.name]));
  const strip = (n) => {
    if (Array.isArray(n)) return n.map(strip);
    if (n === null || typeof n !== 'object') return n;
    const out = {};
    for (const [k, v] of Object.entries(n).sort(([a], [b]) => a.localeCompare(b))) {
      if (k === 'x' || k === 'y') continue;
      if (k === 'id') {
        if (typeof v === 'string' && names[v] !== undefined) out.variable = names[v];
        continue;
      }
      out[k] = strip(v);
    }
    return out;
  };
  return JSON.stringify({
    blocks: strip((ws.blocks || {}).blocks || []),
    variables: Object.values(names).sort(),
  });
};
if (fs.existsSync(levelPrograms)) {
  const all = JSON.parse(fs.readFileSync(levelPrograms, 'utf8'));
  let same = 0;
  for (const [key, program] of Object.entries(all)) {
    const workspace = new Blockly.Workspace();
    try {
      Blockly.serialization.workspaces.load(program, workspace);
      const saved = Blockly.serialization.workspaces.save(workspace);
      if (normal(saved) !== normal(program)) {
        fail(`${key}: Blockly saves it differently:\n  ours:    ${normal(program)}\n  Blockly: ${normal(saved)}`);
      } else {
        same++;
      }
    } catch (e) {
      fail(`${key}: Blockly could not load it: ${e.message}`);
    }
    workspace.dispose();
  }
  console.log(`${same} of ${Object.keys(all).length} level programs load in Blockly and save back unchanged`);
} else {
  console.log('target/experiment-workspaces.json not found: run ShippedExperimentsTest to check the level programs');
}

if (failures) {
  console.error(`${failures} problem(s)`);
  process.exit(1);
}
