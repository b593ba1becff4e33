// What one pupil and one teacher do during a load run, through the real views (see vaadin-client.mjs).
import { BrowserSession, VaadinUi, VaadinError } from './vaadin-client.mjs';

export const EXPERIMENT = 'skildpadde-sekskant';
const BUSY = 'Der er travlt på serveren';
const STILL_RUNNING = 'Dit program kører stadig';

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Pupil login: class code, own name, secret words (PupilLoginView), then the pupil's home page. */
export async function pupilSignIn(session, classCode, name, code) {
  const login = await session.open('elev', 'login');
  await login.send([...VaadinUi.type(login.field('Klassekode'), classCode), VaadinUi.click(login.button('Videre'))],
    'login');
  await login.send([VaadinUi.click(login.button(name))], 'login');
  const executes = await login.send([...VaadinUi.type(login.field('Din hemmelige kode'), code),
    VaadinUi.click(login.button('Log ind'))], 'login');
  if (!executes.some(e => JSON.stringify(e).includes('mine-opgaver'))) {
    throw new VaadinError('login', `${name} in ${classCode} was not let in`);
  }
  await login.unload();
  const home = await session.open('mine-opgaver', 'login');
  if (!home.hasText('Mine opgaver')) {
    throw new VaadinError('login', `${name}: no home page after login`);
  }
  return home;
}

/** Staff login (LoginView's vaadin-login-form), as the browser sends it. */
export async function staffSignIn(session, username, password) {
  const login = await session.open('login', 'login');
  const form = login.need('login form', n => n.tag === 'vaadin-login-form');
  const executes = await login.send([{ type: 'mSync', node: form.id, feature: 1, property: 'disabled', value: true },
    VaadinUi.event(form, 'login', { 'event.detail.username': username, 'event.detail.password': password })], 'login');
  if (!executes.some(e => JSON.stringify(e).includes('mine-klasser'))) {
    throw new VaadinError('login', `${username} was not let in`);
  }
  await login.unload();
}

/** The lab page of the experiment: the Blockly editor, the world and Kør, with the workspace the server loaded. */
export async function openExperiment(session) {
  const ui = await session.open('eksperiment/' + EXPERIMENT, 'open');
  const editor = ui.need('Blockly editor', n => n.tag === 'opdag-blockly');
  const world = ui.need('world', n => n.listeners['opdag-replay-done'] !== undefined);
  const run = ui.button('Kør');
  const load = ui.executes.find(e => typeof e.at(-1) === 'string' && e.at(-1).includes('loadWorkspace'));
  if (!load) {
    throw new VaadinError('page', 'the experiment sent no workspace');
  }
  return { ui, editor, world, run, workspace: load[1], seq: 0 };
}

/**
 * An edit in Blockly: the number of repeats and the turn change (as a pupil trying 4, 5, 6... sides). The browser
 * sends the whole workspace JSON after a quiet moment; the server autosaves it and answers markSaved(seq).
 */
export async function edit(lab, sides) {
  const workspace = lab.workspace.includes('controls_repeat_ext') ? JSON.parse(lab.workspace) : square();
  setNumbers(workspace, sides);
  lab.workspace = JSON.stringify(workspace);
  lab.seq += 1;
  const executes = await lab.ui.send([VaadinUi.event(lab.editor, 'opdag-workspace-change',
    { 'event.detail.json': lab.workspace, 'event.detail.seq': lab.seq })], 'save');
  if (!executes.some(e => e.at(-1) === 'return $0.markSaved($1)' && e[1] === lab.seq)) {
    throw new VaadinError('save', `the save of change ${lab.seq} was not confirmed`);
  }
}

/** Kør: the server saves, runs every case of the level and shows the verdict; the world replays and says done. */
export async function run(lab) {
  const executes = await lab.ui.send([VaadinUi.click(lab.run)], 'run');
  const changed = JSON.stringify(lab.ui.lastChanges);
  if (changed.includes(BUSY) || changed.includes(STILL_RUNNING)) {
    throw new VaadinError('run', 'refused: ' + (changed.includes(BUSY) ? 'server busy' : 'still running'));
  }
  if (!executes.some(e => e.at(-1) === 'return $0.play($1)')) {
    throw new VaadinError('run', 'no replay after Kør');
  }
  await sleep(1500); // the replay on screen
  await lab.ui.send([VaadinUi.event(lab.world, 'opdag-replay-done')], 'replay');
}

/** The teacher's live grid of the class's assignment ("Følg klassen live"). */
export async function openDashboard(session, assignment, pupilName) {
  const ui = await session.open(`opgave/${assignment}/overblik`, 'open');
  if (!JSON.stringify(ui.executes).includes(`"${pupilName}, `)) {
    throw new VaadinError('page', `the grid of assignment ${assignment} shows no ${pupilName}`);
  }
  await confirmGridUpdates(ui, ui.executes);
  return ui;
}

/**
 * While a browser has the page open it answers the server; the grid's pushed changes reach this client on its next
 * request (the browser would get them over the push connection), so the teacher's page asks every few seconds.
 * Returns how many cells changed.
 */
export async function pollDashboard(ui) {
  const executes = await ui.send([], 'poll');
  await confirmGridUpdates(ui, executes);
  return executes.length;
}

/** vaadin-grid's data communicator waits for the browser's confirmUpdate before it sends more. */
async function confirmGridUpdates(ui, executes) {
  for (const e of executes) {
    if (e.at(-1) === 'return $0.$connector.confirm($1)' && e[0]?.['@v-node'] !== undefined) {
      await ui.send([{ type: 'publishedEventHandler', node: e[0]['@v-node'], templateEventMethodName: 'confirmUpdate',
        templateEventMethodArgs: [e[1]], promise: 0 }], 'poll');
    }
  }
}

/** The level's start program (a square), for a pupil whose saved blocks were cleared. */
function square() {
  const number = (id, value) => ({ shadow: { type: 'math_number', id, fields: { NUM: value } } });
  return { blocks: { languageVersion: 0, blocks: [{ type: 'controls_repeat_ext', id: 'load-repeat', x: 20, y: 20,
    inputs: { TIMES: number('load-times', 4), DO: { block: { type: 'turtle_forward', id: 'load-forward',
      inputs: { DISTANCE: number('load-distance', 60) }, next: { block: { type: 'turtle_turn_right', id: 'load-turn',
        inputs: { DEGREES: number('load-degrees', 90) } } } } } } }] } };
}

function setNumbers(node, sides) {
  if (Array.isArray(node)) {
    node.forEach(n => setNumbers(n, sides));
    return;
  }
  if (!node || typeof node !== 'object') {
    return;
  }
  if (node.type === 'controls_repeat_ext') {
    setNumber(node.inputs?.TIMES, sides);
  }
  if (node.type === 'turtle_turn_right' || node.type === 'turtle_turn_left') {
    for (const input of Object.values(node.inputs ?? {})) {
      setNumber(input, Math.round(360 / sides));
    }
  }
  Object.values(node).forEach(v => setNumbers(v, sides));
}

function setNumber(input, value) {
  const target = input?.block ?? input?.shadow;
  if (target?.type === 'math_number') {
    target.fields.NUM = value;
  }
}

export { BrowserSession, sleep };
