// Unit tests of the load tool's parts: node --test tools/load/
// (The whole tool against a real app: tools/load/run.sh --quick, see README.md.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assertLoopback, BrowserSession, VaadinUi, VaadinError } from './vaadin-client.mjs';
import { edit, run } from './scenario.mjs';

test('only loopback targets are accepted', () => {
  for (const ok of ['http://127.0.0.1:8080', 'http://localhost:1', 'http://[::1]:8080/', 'http://127.0.0.2']) {
    assert.doesNotThrow(() => assertLoopback(ok), ok);
  }
  for (const bad of ['http://example.org', 'http://10.0.0.5:8080', 'https://opdag.skolen.dk', 'http://127.0.0.1.nip.io']) {
    assert.throws(() => assertLoopback(bad), /only drives a server on this machine/, bad);
  }
  assert.throws(() => new BrowserSession('http://192.168.1.10:8080'), /loopback/);
});

test('the driver refuses a non-loopback base and unbounded sizes before sending anything', () => {
  const driver = fileURLToPath(new URL('./load.mjs', import.meta.url));
  const remote = spawnSync(process.execPath, [driver, '--base', 'http://example.org', '--logins', '/dev/null']);
  assert.equal(remote.status, 2);
  assert.match(remote.stderr.toString(), /refusing http:\/\/example.org/);
  const huge = spawnSync(process.execPath, [driver, '--base', 'http://127.0.0.1:9', '--pupils', '5000',
    '--logins', '/dev/null']);
  assert.equal(huge.status, 2);
  assert.match(huge.stderr.toString(), /--pupils must be between 0 and 1000/);
});

test('the state tree follows the server: attach, tag, text, listeners, splice, detach', () => {
  const ui = new VaadinUi(null);
  ui.apply({ syncId: 2, clientId: 3, changes: [
    { node: 9, type: 'attach' }, { node: 9, type: 'put', key: 'tag', feat: 0, value: 'div' },
    { node: 18, type: 'attach' }, { node: 18, type: 'put', key: 'text', feat: 7, value: 'Sara' },
    { node: 19, type: 'attach' }, { node: 19, type: 'put', key: 'tag', feat: 0, value: 'vaadin-button' },
    { node: 19, type: 'clear', feat: 2 }, { node: 19, type: 'splice', feat: 2, index: 0, addNodes: [18] },
    { node: 19, type: 'splice', feat: 11, index: 0, add: ['opdag-name'] },
    { node: 19, type: 'put', key: 'click', feat: 4, value: 'F8oCtNArLiI=' },
    { node: 9, type: 'splice', feat: 2, index: 0, addNodes: [19] },
    { node: 20, type: 'attach' }, { node: 20, type: 'put', key: 'label', feat: 1, value: 'Klassekode' },
  ] });
  assert.equal(ui.syncId, 2);
  assert.equal(ui.clientId, 3);
  assert.equal(ui.textOf(ui.nodes.get(9)), 'Sara');
  assert.equal(ui.button('Sara').id, 19);
  assert.deepEqual(ui.button('Sara').classes, ['opdag-name']);
  assert.equal(ui.field('Klassekode').id, 20);
  assert.deepEqual(VaadinUi.type(ui.field('Klassekode'), 'DEMO5B'), [
    { type: 'mSync', node: 20, feature: 1, property: 'value', value: 'DEMO5B' },
    { type: 'event', node: 20, event: 'change', data: {} }]);
  ui.apply({ changes: [{ node: 19, type: 'detach' }, { node: 9, type: 'splice', feat: 2, index: 0, remove: 1 }] });
  assert.throws(() => ui.button('Sara'), VaadinError);
  assert.deepEqual(ui.nodes.get(9).children, []);
});

function fakeLab(answer) {
  const sent = [];
  return { sent, lab: { editor: { id: 35 }, world: { id: 31 }, run: { id: 56 }, workspace: '{}', seq: 0,
    ui: { lastChanges: [], send: async rpc => { sent.push(rpc); return answer(rpc); } } } };
}

test('an edit sends the whole workspace with the next sequence and needs the server to confirm the save', async () => {
  const { sent, lab } = fakeLab(rpc => [[{ '@v-node': 35 }, rpc[0].data['event.detail.seq'], 'return $0.markSaved($1)']]);
  await edit(lab, 6);
  assert.equal(sent[0][0].event, 'opdag-workspace-change');
  assert.equal(sent[0][0].data['event.detail.seq'], 1);
  const blocks = JSON.parse(sent[0][0].data['event.detail.json']).blocks.blocks;
  assert.equal(blocks[0].type, 'controls_repeat_ext');
  assert.equal(blocks[0].inputs.TIMES.shadow.fields.NUM, 6);
  assert.equal(blocks[0].inputs.DO.block.next.block.inputs.DEGREES.shadow.fields.NUM, 60);
  await edit(lab, 5);
  assert.equal(JSON.parse(lab.workspace).blocks.blocks[0].inputs.TIMES.shadow.fields.NUM, 5);

  const refused = fakeLab(() => []).lab;
  await assert.rejects(edit(refused, 4), e => e.kind === 'save');
});

test('Kør counts only when the server replays a run, and a busy server is an error', async () => {
  const busy = fakeLab(() => []).lab;
  busy.ui.send = async () => {
    busy.ui.lastChanges = [{ node: 60, type: 'put', key: 'text', feat: 7,
      value: 'Der er travlt på serveren lige nu. Dit program er gemt – tryk Kør igen om et øjeblik.' }];
    return [];
  };
  await assert.rejects(run(busy), e => e.kind === 'run' && /server busy/.test(e.message));
  const silent = fakeLab(() => []).lab;
  await assert.rejects(run(silent), e => e.kind === 'run' && /no replay/.test(e.message));
});
