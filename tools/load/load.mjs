// The load driver: N pupils and T teachers against a running Opdag (loopback only), for a bounded time.
//   node load.mjs --base URL --logins fixture.json --pupils 300 --teachers 10 --minutes 10 \
//        [--pids 123,456] [--logs a.log:OFFSET,b.log:OFFSET] [--out report.json]
// Pupils sign in (spread over the first fifth of the run), open the experiment, and then edit (autosave), press
// Kør and now and then open the experiment again, with a pause between actions as a pupil thinks. Teachers sign in
// and keep their class's live grid open, asking the server every 2 s (the browser gets the same changes by push).
// Server-side times of save and Kør come from the app's own timing log (dk.opdag.lab.timing, see LabTimings);
// the client's round trips are reported beside them.
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import * as s from './scenario.mjs';
import { assertLoopback } from './vaadin-client.mjs';

const LIMITS = { pupils: 1000, teachers: 50, minutes: 60 };
const args = parseArgs(process.argv.slice(2));
const base = args.base ?? 'http://127.0.0.1:8080';
try {
  assertLoopback(base);
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
const pupils = bounded('pupils', Number(args.pupils ?? 300));
const teachers = bounded('teachers', Number(args.teachers ?? 10));
const minutes = bounded('minutes', Number(args.minutes ?? 10));
const logins = JSON.parse(fs.readFileSync(args.logins, 'utf8'));
const pids = (args.pids ?? '').split(',').filter(Boolean).map(Number);
const thinkMs = [Number(args['think-min'] ?? 4000), Number(args['think-max'] ?? 12000)];

const started = Date.now();
const cpuAtStart = serverCpuSeconds();
const driverCpuAtStart = process.cpuUsage();
const loadAtStart = os.loadavg().map(x => Math.round(x * 10) / 10); // the machine is shared: say how busy it was
let endAt = started + minutes * 60_000;
// Ctrl-C or kill: every simulated browser stops after its current request, and the report is still written.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.log(`${signal}: stopping early`);
    endAt = Date.now();
  });
}
const rampMs = Math.min(120_000, minutes * 60_000 / 5);
const client = new Map(); // request kind -> durations (ms)
const counts = { logins: 0, opens: 0, saves: 0, runs: 0, dashboardPolls: 0, dashboardChanges: 0 };
const errors = [];
const retries = [];
let signedIn = 0;
let rssAtAllSignedIn = null;
const rssSamples = [];

function bounded(name, value) {
  if (!Number.isFinite(value) || value < 0 || value > LIMITS[name]) {
    console.error(`--${name} must be between 0 and ${LIMITS[name]}`);
    process.exit(2);
  }
  return value;
}

function parseArgs(list) {
  const out = {};
  for (let i = 0; i < list.length; i++) {
    if (list[i].startsWith('--')) {
      out[list[i].slice(2)] = list[i + 1]?.startsWith('--') || list[i + 1] === undefined ? 'true' : list[++i];
    }
  }
  return out;
}

function session() {
  return new s.BrowserSession(base, { onRequest: (kind, ms) => {
    if (!client.has(kind)) {
      client.set(kind, []);
    }
    client.get(kind).push(ms);
  }, onRetry: (kind, message) => retries.push({ at: Math.round((Date.now() - started) / 1000), kind, message }) });
}

function error(who, e) {
  errors.push({ at: Math.round((Date.now() - started) / 1000), who, kind: e.kind ?? 'client', message: e.message });
}

const think = () => s.sleep(thinkMs[0] + Math.random() * (thinkMs[1] - thinkMs[0]));
const running = () => Date.now() < endAt;

async function pupil(index) {
  const klass = logins.classes[index % logins.classes.length];
  const who = klass.pupils[Math.floor(index / logins.classes.length) % klass.pupils.length];
  const name = `${who.name}@${klass.classCode}`;
  await s.sleep(rampMs * index / Math.max(1, pupils));
  let browser;
  let lab = null;
  while (lab === null) { // a pupil whose login fails tries again a little later, as long as the lesson lasts
    if (!running()) {
      return;
    }
    try {
      browser = session();
      await s.pupilSignIn(browser, klass.classCode, who.name, who.code);
      counts.logins++;
      lab = await s.openExperiment(browser);
      counts.opens++;
    } catch (e) {
      error(name, e);
      lab = null;
      await s.sleep(10_000);
    }
  }
  if (++signedIn === pupils) {
    rssAtAllSignedIn = rss();
  }
  let actions = 0;
  let sides = 3 + (index % 4);
  while (running()) {
    await think();
    if (!running()) {
      break;
    }
    try {
      actions++;
      if (actions % 12 === 0) { // back to the assignment and into the experiment again (a new page)
        await lab.ui.unload();
        lab = await s.openExperiment(browser);
        counts.opens++;
      } else if (actions % 3 === 0) {
        await s.run(lab);
        counts.runs++;
      } else {
        sides = sides >= 8 ? 3 : sides + 1;
        await s.edit(lab, sides);
        counts.saves++;
      }
    } catch (e) {
      error(name, e);
      try { // as a pupil would: reload the page
        lab = await s.openExperiment(browser);
      } catch (again) {
        error(name, again);
        await s.sleep(10_000);
      }
    }
  }
}

async function teacher(index) {
  const klass = logins.classes[index % logins.classes.length];
  let grid = null;
  while (grid === null) {
    if (!running()) {
      return;
    }
    try {
      const browser = session();
      await s.staffSignIn(browser, klass.teacher, logins.password);
      grid = await s.openDashboard(browser, klass.assignment, klass.pupils[0].name);
      grid.browser = browser;
    } catch (e) {
      error(klass.teacher, e);
      await s.sleep(10_000);
    }
  }
  while (running()) {
    await s.sleep(2000);
    try {
      counts.dashboardChanges += await s.pollDashboard(grid);
      counts.dashboardPolls++;
    } catch (e) {
      error(klass.teacher, e);
      try {
        const browser = grid.browser;
        grid = await s.openDashboard(browser, klass.assignment, klass.pupils[0].name);
        grid.browser = browser;
      } catch (again) {
        error(klass.teacher, again);
        await s.sleep(10_000);
      }
    }
  }
}

function rss() {
  const per = pids.map(pid => {
    try {
      const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      return m ? Math.round(Number(m[1]) / 1024) : null;
    } catch {
      return null;
    }
  });
  return { at: Math.round((Date.now() - started) / 1000), mb: per };
}

/** Heap in use after a full GC (jcmd GC.run, then GC.heap_info), per instance; null without --jcmd. */
function liveHeapMb() {
  if (!args.jcmd) {
    return null;
  }
  return pids.map(pid => {
    try {
      execFileSync(args.jcmd, [String(pid), 'GC.run'], { timeout: 60_000 });
      const info = execFileSync(args.jcmd, [String(pid), 'GC.heap_info'], { timeout: 60_000 }).toString();
      const m = info.match(/used (\d+)K/);
      return m ? Math.round(Number(m[1]) / 1024) : null;
    } catch {
      return null;
    }
  });
}

/** Processor time the instances used so far (utime + stime from /proc, in seconds). */
function serverCpuSeconds() {
  return pids.map(pid => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return null;
    }
  });
}

function percentiles(values) {
  if (values.length === 0) {
    return { n: 0 };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const at = p => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const round = v => Math.round(v * 10) / 10;
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)),
    max: round(sorted.at(-1)) };
}

/** The app's timing lines (LabTimings) written during this run, from every instance's log. */
function serverTimings() {
  const out = { save: { ok: [], other: {} }, run: { ok: [], other: {} } };
  const logErrors = [];
  for (const spec of (args.logs ?? '').split(',').filter(Boolean)) {
    const [file, offset] = spec.split(':');
    const text = fs.readFileSync(file).subarray(Number(offset ?? 0)).toString('utf8');
    for (const line of text.split('\n')) {
      const m = line.match(/lab-timing action=(\w+) outcome=(\w+) micros=(\d+)/);
      if (m) {
        const bucket = out[m[1]];
        if (m[2] === 'ok') {
          bucket.ok.push(Number(m[3]) / 1000);
        } else {
          bucket.other[m[2]] = (bucket.other[m[2]] ?? 0) + 1;
        }
      } else if (/^\S+\s+(ERROR|WARN)\s/.test(line)) {
        logErrors.push(`${file.split('/').at(-1)}: ${line.slice(0, 240)}`);
      }
    }
  }
  return { save: { ...percentiles(out.save.ok), notOk: out.save.other },
    run: { ...percentiles(out.run.ok), notOk: out.run.other }, logErrors };
}

const sampler = setInterval(() => rssSamples.push(rss()), 5000);
const progress = setInterval(() => {
  console.log(`[${Math.round((Date.now() - started) / 1000)} s] signed in ${signedIn}/${pupils}, saves ${counts.saves}, `
    + `runs ${counts.runs}, opens ${counts.opens}, grid polls ${counts.dashboardPolls}, errors ${errors.length}`
    + (pids.length ? `, RSS ${rss().mb.join('+')} MB` : ''));
}, 30_000);

console.log(`load: ${pupils} pupils, ${teachers} teachers, ${minutes} min against ${base}`);
await Promise.all([...Array(teachers).keys()].map(teacher).concat([...Array(pupils).keys()].map(pupil)));
clearInterval(sampler);
clearInterval(progress);

const server = serverTimings();
const rssAtEnd = rss();
const liveHeap = liveHeapMb(); // with every pupil's and teacher's session still open
const report = {
  base, pupils, teachers, minutes, finishedSeconds: Math.round((Date.now() - started) / 1000), counts,
  server: { saveMs: server.save, runMs: server.run, logWarningsAndErrors: server.logErrors.length },
  client: Object.fromEntries([...client].map(([k, v]) => [k + 'Ms', percentiles(v)])),
  errors: errors.length,
  retriedConnections: retries.length,
  cpuSeconds: { instances: serverCpuSeconds().map((v, i) => Math.round(v - cpuAtStart[i])),
    driver: Math.round((process.cpuUsage(driverCpuAtStart).user + process.cpuUsage(driverCpuAtStart).system) / 1e6) },
  machine: { cpus: os.cpus().length, loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: os.loadavg().map(x => Math.round(x * 10) / 10) },
  errorKinds: errors.reduce((m, e) => ({ ...m, [e.kind]: (m[e.kind] ?? 0) + 1 }), {}),
  rssMb: pids.length ? { allSignedIn: rssAtAllSignedIn, max: pids.map((_, i) => Math.max(
    ...rssSamples.map(x => x.mb[i] ?? 0))), end: rssAtEnd, liveHeapAfterFullGcAtEnd: liveHeap } : null,
};
if (args.out) {
  fs.writeFileSync(args.out, JSON.stringify({ ...report, errorList: errors.slice(0, 200), retryList: retries.slice(0, 200),
    logLines: server.logErrors.slice(0, 200) }, null, 2));
}
console.log(JSON.stringify(report, null, 2));
for (const e of errors.slice(0, 10)) {
  console.log(`error at ${e.at} s, ${e.who}: ${e.message}`);
}
for (const line of server.logErrors.slice(0, 10)) {
  console.log(`server log: ${line}`);
}
process.exit(errors.length === 0 && server.save.n > 0 && server.run.n > 0 ? 0 : 1);
