// Writes the fixed program set of the engine benchmark to src/test/resources/bench/engine/:
// programs.json (name, world, start state, checks, workspace file) and one Blockly workspace per program,
// canonicalised through Blockly. Both EngineBenchmark (JMH, Java) and engine-bench.mjs (js-interpreter) read it.
// Four programs are reference solutions of shipped experiments (copied, so later edits to the curriculum do not
// change the benchmark); three are console programs that compute.
// Usage: cd tools/bench && npm ci && node programs.mjs
import * as Blockly from 'blockly';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
  arith, block, call, compare, defReturn, forLoop, get, ifs, list, num, numBlock, print, reset, set, whileLoop,
  workspace,
} from '../conformance/workspace-builder.mjs';
import {worldBlocks} from '../world-blocks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.join(root, 'src/test/resources/bench/engine');
Blockly.common.defineBlocksWithJsonArray(
  worldBlocks(root),
);
fs.mkdirSync(out, {recursive: true});

const getIndex = (l, at) => block('lists_getIndex', {fields: {MODE: 'GET', WHERE: 'FROM_START'}, inputs: {VALUE: l, AT: at}});
const setIndex = (l, at, to) => block('lists_setIndex', {fields: {MODE: 'SET', WHERE: 'FROM_START'}, inputs: {LIST: l, AT: at, TO: to}});
const modulo = (a, b) => block('math_modulo', {inputs: {DIVIDEND: a, DIVISOR: b}});
const push = (l, v) => block('lists_setIndex', {fields: {MODE: 'INSERT', WHERE: 'LAST'}, inputs: {LIST: l, TO: v}});
const length = (l) => block('lists_length', {inputs: {VALUE: l}});
const and = (a, b) => block('logic_operation', {fields: {OP: 'AND'}, inputs: {A: a, B: b}});

/** Counts the primes below 300 by trial division (nested loops, modulo, comparisons). */
function primes() {
  return workspace([
    set('antal', numBlock(0)),
    forLoop('n', num(2), num(300), num(1),
      set('primtal', block('logic_boolean', {fields: {BOOL: 'TRUE'}})),
      set('d', numBlock(2)),
      whileLoop(and(compare('LTE', arith('MULTIPLY', get('d'), get('d')), get('n')), get('primtal')),
        ifs([[compare('EQ', modulo(get('n'), get('d')), numBlock(0)),
          [set('primtal', block('logic_boolean', {fields: {BOOL: 'FALSE'}}))]]]),
        block('math_change', {fields: {VAR: {id: 'var-d'}}, inputs: {DELTA: num(1)}})),
      ifs([[get('primtal'), [block('math_change', {fields: {VAR: {id: 'var-antal'}}, inputs: {DELTA: num(1)}})]]])),
    print(get('antal')),
  ]);
}

/** Bubble sort of 40 numbers made by (i·37) mod 101 (list reads and writes in nested loops). */
function bubbleSort() {
  return workspace([
    set('tal', block('lists_create_empty')),
    forLoop('i', num(1), num(40), num(1), push(get('tal'), modulo(arith('MULTIPLY', get('i'), numBlock(37)), numBlock(101)))),
    forLoop('i', num(1), num(39), num(1),
      forLoop('j', num(1), arith('MINUS', numBlock(40), get('i')), num(1),
        ifs([[compare('GT', getIndex(get('tal'), get('j')), getIndex(get('tal'), arith('ADD', get('j'), numBlock(1)))), [
          set('gem', getIndex(get('tal'), get('j'))),
          setIndex(get('tal'), get('j'), getIndex(get('tal'), arith('ADD', get('j'), numBlock(1)))),
          setIndex(get('tal'), arith('ADD', get('j'), numBlock(1)), get('gem')),
        ]]]))),
    print(getIndex(get('tal'), numBlock(1))),
    print(getIndex(get('tal'), length(get('tal')))),
  ]);
}

/** fib(15) by plain recursion: 1,973 calls of a function with a parameter and a return value. */
function fibonacci() {
  return workspace(
    defReturn('fib', ['n'], ifs([[compare('LT', get('n'), numBlock(2)), [set('svar', get('n'))]]],
      [set('svar', arith('ADD', call('fib', ['n'], arith('MINUS', get('n'), numBlock(1))),
        call('fib', ['n'], arith('MINUS', get('n'), numBlock(2)))))]), get('svar')),
    [print(call('fib', ['n'], numBlock(15)))],
  );
}

const experiments = (id) => JSON.parse(fs.readFileSync(path.join(root, 'curriculum/experiments', id, 'solution.json'), 'utf8'));

const programs = [
  {name: 'turtle-sekskant', world: 'turtle', start: {}, checks: [{type: 'polygon', sides: 6, length: 60}],
    make: () => experiments('skildpadde-sekskant')},
  {name: 'robot-hoejre-haand', world: 'robot', checks: [{type: 'reach_flag'}], maxBlocks: 8,
    start: {direction: 'east', map: ['###########', '#R..#.....#', '###.#.###.#', '#...#...#.#', '#.#####.#.#',
      '#.....#.#.#', '#####.#.#.#', '#.....#...#', '#.#########', '#........F#', '###########']},
    make: () => experiments('robot-hoejre-haand')},
  {name: 'drivhus-vanding', world: 'greenhouse', checks: [{type: 'moisture_min', min: 40}, {type: 'moisture_max', max: 80}],
    start: {moisture: 60, pumpWater: 20,
      temperature: [14, 13, 13, 12, 12, 13, 15, 18, 21, 24, 27, 30, 32, 34, 35, 34, 32, 29, 26, 23, 20, 18, 16, 15,
        14, 13, 13, 12, 12, 13, 15, 18, 21, 24, 27, 30, 32, 34, 35, 34, 32, 29, 26, 23, 20, 18, 16, 15],
      light: [0, 0, 0, 0, 0, 5, 20, 40, 60, 75, 85, 90, 95, 95, 90, 80, 65, 45, 25, 10, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 5, 20, 40, 60, 75, 85, 90, 95, 95, 90, 80, 65, 45, 25, 10, 0, 0, 0, 0],
      evaporation: [1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 7, 6, 4, 3, 2, 1, 1, 1, 1,
        1, 1, 1, 1, -4, -6, -6, -4, -2, 1, 2, 3, 4, 5, 5, 4, 3, 2, 2, 1, 1, 1, 1, 1]},
    make: () => experiments('vanding-der-styrer-sig-selv')},
  {name: 'knaek-caesar', world: 'text', start: {text: 'Dt xjopa dpo avzwpya ngvpwavcå pqbpå atoabp btxp'},
    checks: [{type: 'output_equals', lines: ['Vi mødes ved skolens cykelskur efter sidste time']}],
    make: () => experiments('knaek-caesar')},
  {name: 'primtal', world: 'console', start: {}, checks: [{type: 'output_equals', lines: ['62']}],
    make: () => (reset('p'), primes())},
  {name: 'boblesortering', world: 'console', start: {}, checks: [{type: 'output_equals', lines: ['3', '100']}],
    make: () => (reset('b'), bubbleSort())},
  {name: 'fibonacci', world: 'console', start: {}, checks: [{type: 'output_equals', lines: ['610']}],
    make: () => (reset('f'), fibonacci())},
];

const manifest = [];
for (const p of programs) {
  const ws = new Blockly.Workspace();
  Blockly.serialization.workspaces.load(p.make(), ws);
  const file = `${p.name}.json`;
  fs.writeFileSync(path.join(out, file), JSON.stringify(Blockly.serialization.workspaces.save(ws), null, 2) + '\n');
  console.log(`${file}: ${ws.getAllBlocks(false).length} block(s)`);
  ws.dispose();
  const entry = {name: p.name, world: p.world, start: p.start, checks: p.checks, workspace: file};
  if (p.maxBlocks) entry.maxBlocks = p.maxBlocks;
  manifest.push(entry);
}
fs.writeFileSync(path.join(out, 'programs.json'), JSON.stringify(manifest, null, 2) + '\n');
