// A small builder for Blockly workspace JSON, used to write the shipped experiments' start and solution
// workspaces (experiments.mjs). Inputs given as num()/txt() become shadow blocks (the grey defaults a pupil types
// into), exactly as when a block is dragged from a toolbox that presets them; other inputs hold real blocks.

let counter = 0;
let prefix = 'b';
let variables = new Map();

/** Starts a new workspace: block ids become `${idPrefix}1`, `${idPrefix}2`, ... */
export function reset(idPrefix) {
  counter = 0;
  prefix = idPrefix;
  variables = new Map();
}

export function variable(name) {
  if (!variables.has(name)) variables.set(name, `var-${name}`);
  return {id: variables.get(name)};
}

export function block(type, {fields, inputs, extraState} = {}) {
  const b = {type, id: `${prefix}${++counter}`};
  if (extraState !== undefined) b.extraState = extraState;
  if (fields) b.fields = fields;
  if (inputs) {
    b.inputs = {};
    for (const [name, value] of Object.entries(inputs)) {
      if (value === undefined || value === null) continue;
      b.inputs[name] = value.__shadow ? {shadow: value.__shadow} : {block: value};
    }
  }
  return b;
}

/** Chains statements with `next`; returns the first. */
export function seq(...statements) {
  const list = statements.flat().filter(Boolean);
  for (let i = 0; i < list.length - 1; i++) list[i].next = {block: list[i + 1]};
  return list[0];
}

const shadow = (b) => ({__shadow: b});
/** A number typed into a grey default block. */
export const num = (n) => shadow(block('math_number', {fields: {NUM: n}}));
/** A text typed into a grey default block. */
export const txt = (s) => shadow(block('text', {fields: {TEXT: s}}));
/** A real (non-shadow) number or text block. */
export const numBlock = (n) => block('math_number', {fields: {NUM: n}});
export const txtBlock = (s) => block('text', {fields: {TEXT: s}});
export const bool = (v) => block('logic_boolean', {fields: {BOOL: v ? 'TRUE' : 'FALSE'}});

export const set = (name, v) => block('variables_set', {fields: {VAR: variable(name)}, inputs: {VALUE: v}});
export const get = (name) => block('variables_get', {fields: {VAR: variable(name)}});
export const change = (name, v) => block('math_change', {fields: {VAR: variable(name)}, inputs: {DELTA: v}});
export const print = (v) => block('text_print', {inputs: {TEXT: v}});
export const arith = (op, a, b) => block('math_arithmetic', {fields: {OP: op}, inputs: {A: a, B: b}});
export const compare = (op, a, b) => block('logic_compare', {fields: {OP: op}, inputs: {A: a, B: b}});
export const and = (a, b) => block('logic_operation', {fields: {OP: 'AND'}, inputs: {A: a, B: b}});
export const or = (a, b) => block('logic_operation', {fields: {OP: 'OR'}, inputs: {A: a, B: b}});
export const not = (a) => block('logic_negate', {inputs: {BOOL: a}});
export const repeat = (times, ...body) => block('controls_repeat_ext', {inputs: {TIMES: times, DO: seq(...body)}});
export const whileLoop = (cond, ...body) =>
  block('controls_whileUntil', {fields: {MODE: 'WHILE'}, inputs: {BOOL: cond, DO: seq(...body)}});
export const untilLoop = (cond, ...body) =>
  block('controls_whileUntil', {fields: {MODE: 'UNTIL'}, inputs: {BOOL: cond, DO: seq(...body)}});
export const forLoop = (name, from, to, by, ...body) =>
  block('controls_for', {fields: {VAR: variable(name)}, inputs: {FROM: from, TO: to, BY: by, DO: seq(...body)}});
export const forEach = (name, l, ...body) =>
  block('controls_forEach', {fields: {VAR: variable(name)}, inputs: {LIST: l, DO: seq(...body)}});
export const join = (...items) =>
  block('text_join', {
    extraState: {itemCount: items.length},
    inputs: Object.fromEntries(items.map((x, i) => [`ADD${i}`, x])),
  });
export const list = (...items) =>
  block('lists_create_with', {
    extraState: {itemCount: items.length},
    inputs: Object.fromEntries(items.map((x, i) => [`ADD${i}`, x])),
  });

/** ifs([cond, [body]], [cond, [body]], ..., elseBody?) */
export function ifs(branches, elseBody) {
  const inputs = {};
  branches.forEach(([c, body], i) => {
    inputs[`IF${i}`] = c;
    inputs[`DO${i}`] = Array.isArray(body) ? seq(...body) : body;
  });
  const extraState = {};
  if (branches.length > 1) extraState.elseIfCount = branches.length - 1;
  if (elseBody) {
    extraState.hasElse = true;
    inputs.ELSE = Array.isArray(elseBody) ? seq(...elseBody) : elseBody;
  }
  return block('controls_if', {extraState: Object.keys(extraState).length ? extraState : undefined, inputs});
}

const params = (names) => names.map((n) => ({name: n, id: variable(n).id}));
export const defNoReturn = (name, paramNames, ...body) =>
  block('procedures_defnoreturn', {
    fields: {NAME: name},
    extraState: paramNames.length ? {params: params(paramNames)} : undefined,
    inputs: {STACK: seq(...body)},
  });
export const defReturn = (name, paramNames, body, ret) =>
  block('procedures_defreturn', {
    fields: {NAME: name},
    extraState: paramNames.length ? {params: params(paramNames)} : undefined,
    inputs: {STACK: body ? seq(...[body].flat()) : undefined, RETURN: ret},
  });
const callArgs = (args) => Object.fromEntries(args.map((a, i) => [`ARG${i}`, a]));
export const call = (name, paramNames, ...args) =>
  block('procedures_callreturn', {extraState: paramNames.length ? {name, params: paramNames} : {name}, inputs: callArgs(args)});
export const callStatement = (name, paramNames, ...args) =>
  block('procedures_callnoreturn', {
    extraState: paramNames.length ? {name, params: paramNames} : {name},
    inputs: callArgs(args),
  });

/** A workspace from top-level stacks (each an array of statements or one block), placed top to bottom. */
export function workspace(...stacks) {
  const tops = stacks.map((s, i) => {
    const top = Array.isArray(s) ? seq(...s) : s;
    if (top.x === undefined) {
      top.x = 40;
      top.y = 40 + i * 220;
    }
    return top;
  });
  const ws = {blocks: {languageVersion: 0, blocks: tops}};
  if (variables.size) ws.variables = [...variables.entries()].map(([name, id]) => ({name, id}));
  return ws;
}
