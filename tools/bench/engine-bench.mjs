// The engine benchmark's programs (src/test/resources/bench/engine/programs.json) run the way Blockly Games runs
// pupils' programs: Blockly's JavaScript generator turns the workspace into code once, and each run is a fresh
// js-interpreter Interpreter stepped to the end under a step budget, with the world as native functions.
// Prints the median and p95 time of one run and runs per second; compare with EngineBenchmark (JMH). The last row,
// an empty program, is what a fresh interpreter costs before any of the pupil's code runs.
// Usage: cd tools/bench && npm ci && node engine-bench.mjs [--seconds 5] [--only NAME] [--code]
import * as Blockly from 'blockly';
import {javascriptGenerator as js, Order} from 'blockly/javascript';
import Interpreter from 'js-interpreter';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';
import {worldBlocks} from '../world-blocks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dir = path.join(root, 'src/test/resources/bench/engine');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg('--seconds', '5'));
const only = arg('--only', null);
const STEP_BUDGET = 10_000_000; // generous: every program finishes far below it

Blockly.common.defineBlocksWithJsonArray(
  worldBlocks(root),
);

// ---- generators for the world blocks the programs use: each calls a native function of the world
const call = (name, ...args) => `${name}(${args.join(', ')})`;
const statement = (name, ...inputs) => (block, g) =>
  call(name, ...inputs.map((i) => g.valueToCode(block, i, Order.NONE) || '0')) + ';\n';
const value = (name, ...inputs) => (block, g) =>
  [call(name, ...inputs.map((i) => g.valueToCode(block, i, Order.NONE) || "''")), Order.FUNCTION_CALL];
Object.assign(js.forBlock, {
  turtle_forward: statement('forward', 'DISTANCE'),
  turtle_turn_right: statement('turnRight', 'DEGREES'),
  turtle_turn_left: statement('turnLeft', 'DEGREES'),
  robot_move: statement('move'),
  robot_turn_left: statement('robotLeft'),
  robot_turn_right: statement('robotRight'),
  robot_wall_ahead: value('wallAhead'),
  robot_at_flag: value('atFlag'),
  greenhouse_every_tick: (block, g) => `function everyTick() {\n${g.statementToCode(block, 'DO')}}\n`,
  greenhouse_moisture: value('moisture'),
  greenhouse_pump_on: statement('pump', 'true'),
  greenhouse_pump_off: (block) => 'pump(false);\n',
  codes_input: value('input'),
  codes_caesar: (block, g) => [call('caesar', g.valueToCode(block, 'TEXT', Order.NONE) || "''",
    g.valueToCode(block, 'SHIFT', Order.NONE) || '0', `'${block.getFieldValue('ALPHABET')}'`), Order.FUNCTION_CALL],
  chat_contains: value('contains', 'TEXT', 'WORD'),
});
js.forBlock.greenhouse_pump_on = () => 'pump(true);\n';

// ---- the worlds, as natives (the same simulation rules as the Java worlds)
const DANISH = 'abcdefghijklmnopqrstuvwxyzæøå';
const ENGLISH = 'abcdefghijklmnopqrstuvwxyz';
function caesar(text, shift, alphabet) {
  const a = alphabet === 'EN' ? ENGLISH : DANISH;
  let out = '';
  for (const c of String(text)) {
    const i = a.indexOf(c.toLowerCase());
    if (i < 0) {
      out += c;
      continue;
    }
    const s = a[(((i + Math.round(shift)) % a.length) + a.length) % a.length];
    out += c === c.toLowerCase() ? s : s.toUpperCase();
  }
  return out;
}

function worldFor(program) {
  const start = program.start;
  const natives = {};
  const output = [];
  natives.alert = (v) => output.push(String(v));
  if (program.world === 'turtle') {
    const t = {x: 0, y: 0, heading: 0, segments: []};
    natives.forward = (d) => {
      const r = (t.heading * Math.PI) / 180;
      const nx = t.x + d * Math.sin(r);
      const ny = t.y + d * Math.cos(r);
      t.segments.push([t.x, t.y, nx, ny]);
      t.x = nx;
      t.y = ny;
    };
    natives.turnRight = (a) => (t.heading = (t.heading + a) % 360);
    natives.turnLeft = (a) => (t.heading = (t.heading - a + 360) % 360);
    Object.defineProperty(natives, 'segments', {value: () => t.segments, enumerable: false});
  }
  if (program.world === 'robot') {
    const map = start.map;
    let x = 0;
    let y = 0;
    map.forEach((row, r) => [...row].forEach((c, col) => c === 'R' && ((x = col), (y = r))));
    const dirs = [[0, -1], [1, 0], [0, 1], [-1, 0]];
    let d = 1;
    const wall = (cx, cy) => cy < 0 || cy >= map.length || cx < 0 || cx >= map[cy].length || map[cy][cx] === '#';
    natives.move = () => {
      if (!wall(x + dirs[d][0], y + dirs[d][1])) {
        x += dirs[d][0];
        y += dirs[d][1];
      }
    };
    natives.robotLeft = () => (d = (d + 3) % 4);
    natives.robotRight = () => (d = (d + 1) % 4);
    natives.wallAhead = () => wall(x + dirs[d][0], y + dirs[d][1]);
    natives.atFlag = () => map[y][x] === 'F';
  }
  let ticks = 0;
  if (program.world === 'greenhouse') {
    const g = {moisture: start.moisture, pump: false, tick: 0, log: []};
    ticks = start.temperature.length;
    natives.moisture = () => g.moisture;
    natives.pump = (on) => (g.pump = on);
    Object.defineProperty(natives, 'log', {value: () => g.log, enumerable: false});
    natives.endTick = () => {
      g.moisture = Math.max(0, Math.min(100, g.moisture - start.evaporation[g.tick] + (g.pump ? start.pumpWater : 0)));
      g.log.push(g.moisture);
      g.tick++;
    };
  }
  if (program.world === 'text') {
    natives.input = () => start.text;
    natives.caesar = caesar;
    natives.contains = (a, b) => String(a).toLowerCase().includes(String(b).toLowerCase());
  }
  return {natives, output, ticks, done: () => verdict(program, natives, output)};
}

/** Did the run do the program's work? The same goals the Java checks test, so both sides do the same job. */
function verdict(program, natives, output) {
  return program.checks.every((c) => {
    switch (c.type) {
      case 'output_equals': return JSON.stringify(output) === JSON.stringify(c.lines);
      case 'reach_flag': return natives.atFlag();
      case 'polygon': return natives.segments().length === c.sides;
      case 'moisture_min': return Math.min(...natives.log()) >= c.min;
      case 'moisture_max': return Math.max(...natives.log()) <= c.max;
      default: return true;
    }
  });
}

function codeFor(program) {
  if (!program.workspace) return '';
  const ws = new Blockly.Workspace();
  Blockly.serialization.workspaces.load(JSON.parse(fs.readFileSync(path.join(dir, program.workspace), 'utf8')), ws);
  let code = js.workspaceToCode(ws);
  ws.dispose();
  if (program.world === 'greenhouse') {
    // The world's clock: the hat block's body runs once per simulated hour.
    code += `for (var hour = 0; hour < ${program.start.temperature.length}; hour++) { everyTick(); endTick(); }\n`;
  }
  return code;
}

/** One run: a fresh interpreter with the world's natives, stepped to the end. */
function runOnce(program, code) {
  const world = worldFor(program);
  const interpreter = new Interpreter(code, (interp, globalObject) => {
    // js-interpreter's global object is also 'window', so window.alert (text_print) finds alert here.
    for (const [name, fn] of Object.entries(world.natives)) {
      interp.setProperty(globalObject, name, interp.createNativeFunction(fn));
    }
  });
  let steps = 0;
  while (steps < STEP_BUDGET && interpreter.step()) steps++;
  return {steps, output: world.output, ok: world.done()};
}

// The cost of a fresh interpreter alone (its global scope and built-ins), which every run pays. Measured last, when
// the interpreter's own code is warm.
const emptyProgram = {name: '(tomt program)', world: 'console', start: {}, checks: [], workspace: null};
const programs = [...JSON.parse(fs.readFileSync(path.join(dir, 'programs.json'), 'utf8')).filter((p) => !only || p.name === only), emptyProgram];
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
console.log(`node ${process.version}, blockly ${Blockly.VERSION}, js-interpreter 6.0.2, ${seconds} s per program`);
console.log('program                 median µs     p95 µs   runs/s   interpreter steps  goal reached');
for (const program of programs) {
  const code = codeFor(program);
  if (process.argv.includes('--code')) console.log(code);
  const first = runOnce(program, code);
  if (!first.ok) console.error(`${program.name}: the run did not reach the program's goal`);
  const warmupEnd = performance.now() + 1000 * Math.min(2, seconds);
  while (performance.now() < warmupEnd) runOnce(program, code);
  const times = [];
  const end = performance.now() + 1000 * seconds;
  while (performance.now() < end) {
    const t0 = performance.now();
    runOnce(program, code);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5) * 1000;
  console.log(`${program.name.padEnd(22)} ${median.toFixed(1).padStart(10)} ${(percentile(times, 0.95) * 1000).toFixed(1)
    .padStart(10)} ${(1e6 / median).toFixed(0).padStart(8)} ${String(first.steps).padStart(18)}  ${first.ok}`);
}
