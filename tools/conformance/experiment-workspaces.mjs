// The start and solution workspaces of the shipped experiments, built with workspace-builder.mjs.
// `node experiments.mjs` writes them to curriculum/experiments/<id>/{start,solution}.json through Blockly.
// An experiment without `start` starts from an empty workspace (and has no start.json).
import {
  and, arith, block, call, callStatement, compare, defNoReturn, defReturn, forLoop, get, ifs, join, list, not, num,
  numBlock, print, repeat, reset, seq, set, txt, txtBlock, untilLoop, whileLoop, workspace,
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
};

export const workspaces = Object.fromEntries(Object.entries(defined).map(([id, w]) => [id, {
  start: w.start && (() => (reset('s'), w.start())),
  solution: () => (reset('l'), w.solution()),
}]));

// Keep the imports used by later experiments available without lint noise.
export const _helpers = {and, arith, call, callStatement, compare, defNoReturn, defReturn, forLoop, get, ifs, join,
  list, not, numBlock, print, seq, set, txt, txtBlock, untilLoop, whileLoop};
