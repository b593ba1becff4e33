// The start and solution workspaces of the shipped experiments still in the single-goal form, built with
// workspace-builder.mjs. Experiments with levels write their programs in experiment.yaml in the compact form instead.
// `node experiments.mjs` writes them to curriculum/experiments/<id>/{start,solution}.json through Blockly.
// An experiment without `start` starts from an empty workspace (and has no start.json).
import {
  arith, block, compare, forLoop, get, ifs, num, print, repeat, reset, seq, txt, untilLoop, whileLoop, workspace,
} from './workspace-builder.mjs';

const b = (type, inputs, fields) => block(type, {inputs, fields});

// ---- turtle
const forward = (n) => b('turtle_forward', {DISTANCE: typeof n === 'number' ? num(n) : n});
const right = (n) => b('turtle_turn_right', {DEGREES: typeof n === 'number' ? num(n) : n});
const left = (n) => b('turtle_turn_left', {DEGREES: typeof n === 'number' ? num(n) : n});

// ---- robot
const move = () => b('robot_move');
const turnLeft = () => b('robot_turn_left');
const turnRight = () => b('robot_turn_right');
const moves = (n) => Array.from({length: n}, move);
const pickUp = () => b('robot_pick_up');
const wallAhead = () => b('robot_wall_ahead');
const atFlag = () => b('robot_at_flag');

// ---- greenhouse
const everyHour = (...body) => block('greenhouse_every_tick', {inputs: {DO: seq(...body)}});
const sensor = (name) => b(`greenhouse_${name}`);
const act = (name) => b(`greenhouse_${name}`);

// ---- data
const rows = () => b('data_rows');
const column = (type, col, rowsBlock) => b(type, {ROWS: rowsBlock}, {COLUMN: col});
const filter = (col, op, value, rowsBlock) => b('data_filter', {ROWS: rowsBlock, VALUE: value}, {COLUMN: col, OP: op});
const count = (rowsBlock) => b('data_count', {ROWS: rowsBlock});
const answer = (v) => b('data_answer', {VALUE: v});
const firstOf = (list) => block('lists_getIndex', {
  fields: {MODE: 'GET', WHERE: 'FIRST'}, extraState: {isStatement: false}, inputs: {VALUE: list},
});

// ---- text and chat
const input = () => b('codes_input');
const caesar = (text, shift, alphabet = 'DA') =>
  b('codes_caesar', {TEXT: text, SHIFT: typeof shift === 'number' ? num(shift) : shift}, {ALPHABET: alphabet});
const contains = (text, word) => b('chat_contains', {TEXT: text, WORD: txt(word)});
const onMessage = (...body) => block('chat_on_message', {inputs: {DO: seq(...body)}});
const message = () => b('chat_message');
const reply = (text) => b('chat_reply', {TEXT: txt(text)});

// ---- music
const note = (name, beats = 1) => b('music_play_note', {NOTE: txt(name), BEATS: num(beats)});

/** id -> {start?: () => workspace, solution: () => workspace}; each builder starts its own id sequence. */
const defined = {
  'skildpadde-sekskant': {
    // A square: the pupil changes the number of sides and the angle.
    start: () => workspace([repeat(num(4), forward(60), right(90))]),
    solution: () => workspace([repeat(num(6), forward(60), right(60))]),
  },

  'robot-labyrint': {
    // The whole route, with one wrong turn near the end: the robot drives into the roadworks.
    start: () => workspace([...moves(2), turnLeft(), ...moves(2), turnLeft(), ...moves(2), turnRight(),
      ...moves(2), turnLeft(), ...moves(2)]),
    solution: () => workspace([...moves(2), turnLeft(), ...moves(2), turnLeft(), ...moves(2), turnRight(),
      ...moves(2), turnRight(), ...moves(2)]),
  },

  'skildpadde-kvadrat': {
    // Three sides drawn; one turn and one side missing.
    start: () => workspace([forward(80), right(90), forward(80), right(90), forward(80)]),
    solution: () => workspace([forward(80), right(90), forward(80), right(90), forward(80), right(90), forward(80)]),
  },

  'robot-til-skatten': {
    start: () => workspace([...moves(3)]),
    solution: () => workspace([...moves(3), turnRight(), ...moves(2)]),
  },

  'robot-madpakker': {
    // The first step of the stairs, written out once.
    start: () => workspace([move(), pickUp(), turnRight(), move(), turnLeft()]),
    solution: () => workspace([repeat(num(4), move(), pickUp(), turnRight(), move(), turnLeft()), move()]),
  },

  'robot-hoejre-haand': {
    // Straight ahead until the flag: it bumps into the first wall and never gets there.
    start: () => workspace([untilLoop(atFlag(), move())]),
    solution: () => workspace([untilLoop(atFlag(), turnRight(), whileLoop(wallAhead(), turnLeft()), move())]),
  },

  'drivhus-lampe': {
    // The lamp is switched on in the dark, but nothing switches it off.
    start: () => workspace([everyHour(ifs([[compare('LT', sensor('light'), num(40)), [act('lamp_on')]]]))]),
    solution: () => workspace([everyHour(ifs([[compare('LT', sensor('light'), num(40)), [act('lamp_on')]]],
      [act('lamp_off')]))]),
  },

  'drivhus-vindue': {
    // The window is opened when it is hot, but never closed again.
    start: () => workspace([everyHour(ifs([[compare('GT', sensor('temperature'), num(30)), [act('open_window')]]]))]),
    solution: () => workspace([everyHour(ifs([[compare('GT', sensor('temperature'), num(28)), [act('open_window')]]],
      [act('close_window')]))]),
  },

  'varmere-i-danmark': {
    // Only the recent decade's average.
    start: () => workspace([answer(column('data_average', 'temperatur', filter('aar', 'GE', num(2011))))]),
    solution: () => workspace([answer(arith('MINUS',
      column('data_average', 'temperatur', filter('aar', 'GE', num(2011))),
      column('data_average', 'temperatur', filter('aar', 'LE', num(1970)))))]),
  },

  'caesar-hemmelig-besked': {
    // The English alphabet leaves æ, ø and å unchanged.
    start: () => workspace([print(caesar(input(), 3, 'EN'))]),
    solution: () => workspace([print(caesar(input(), 3, 'DA'))]),
  },
};

export const workspaces = Object.fromEntries(Object.entries(defined).map(([id, w]) => [id, {
  start: w.start && (() => (reset('s'), w.start())),
  solution: () => (reset('l'), w.solution()),
}]));
