// Opens N real Vaadin sessions in Debian's Chromium and keeps them open until stdin closes or says "close":
//   pupil:   Asta (5.B) signs in and opens the experiment "Skildpadden tegner" (Blockly workbench)
//   teacher: Bo signs in and opens the live grid of 5.B's turtle assignment ("Følg klassen live")
// Each session is a browser context of its own (its own cookie, so its own HTTP session and UI).
// Usage: node open-sessions.mjs BASE_URL pupil|teacher N    Prints "open N" when all are open.
import { chromium } from 'playwright-core';
import { createInterface } from 'node:readline';

const [base = 'http://localhost:8080', kind = 'pupil', countArg = '100'] = process.argv.slice(2);
const count = Number(countArg);
const browser = await chromium.launch({
  executablePath: process.env.OPDAG_CHROMIUM ?? '/usr/bin/chromium',
  // A few shared renderer processes, so 100 open pages fit beside the server on a small machine. With 4 the browser
  // died at the 97th Blockly page (some 25 pages to a renderer); with 8 the 120 pages of a pupil run stayed open.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--renderer-process-limit=8', '--disable-extensions'],
});

// A page left before Vaadin has started in it cannot tell the server it is gone (the unload beacon comes from
// Vaadin's client), so its UI stays in the session until its heartbeats are missed (15 minutes): a heap dump of 60
// teacher sessions that went to the grid the moment the start page's address showed held 49 such UIs. A teacher or
// pupil waits for a page before clicking on, so the script does too.
async function settled(page) {
  await page.waitForFunction(() => window.Vaadin?.Flow?.clients
      && Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && !c.isActive()));
  await page.waitForLoadState('networkidle');
}

async function pupil(page) {
  await page.goto(base + '/elev');
  await page.getByLabel('Klassekode').fill('DEMO5B');
  await page.getByText('Videre').click();
  await page.getByRole('button', { name: 'Asta', exact: true }).click();
  await page.getByLabel('Din hemmelige kode').fill('kage tog 7');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(/mine-opgaver/);
  await settled(page); // leaving a page before Vaadin has started in it leaves its UI behind (see settled)
  await page.goto(base + '/eksperiment/skildpadde-sekskant');
  await page.getByRole('button', { name: 'Kør', exact: true }).waitFor();
  await page.locator('opdag-blockly .blocklyWorkspace').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('opdag-blockly')?.ready === true);
}

let grid = null;
async function teacher(page) {
  await page.goto(base + '/login');
  await page.fill("vaadin-login-form input[name='username']", 'bo');
  await page.fill("vaadin-login-form input[name='password']", 'opdag-demo-1');
  await page.press("vaadin-login-form input[name='password']", 'Enter');
  await page.waitForURL(url => !url.pathname.startsWith('/login'));
  await settled(page);
  if (!grid) { // the first teacher finds the grid through the menus; the others go straight there
    await page.getByText('Opgaver i 5.B').first().click();
    await page.getByText('Følg klassen live').first().click();
    await page.waitForURL(/\/overblik/);
    grid = new URL(page.url()).pathname;
  } else {
    await page.goto(base + grid);
  }
  await page.getByRole('button', { name: /^Asta, / }).first().waitFor();
}

const open = kind === 'teacher' ? teacher : pupil;
const contexts = [];
for (let i = 0; i < count; i++) {
  const context = await browser.newContext();
  context.setDefaultTimeout(120_000); // a busy machine
  const page = await context.newPage();
  try {
    await open(page);
    // Freeze only a page that has finished loading: with a response still on its way, the server's copy of it
    // would be counted as the session's heap.
    await page.waitForLoadState('networkidle');
    // An open page keeps its session and push socket; frozen, it stops using the processor (Blockly and the
    // world redraw on their own), so 100 pages fit on a small machine. Its server side is what is measured.
    if (process.env.FREEZE !== '0') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    }
  } catch (e) {
    console.error(`session ${i + 1}: ${e.message.split('\n')[0]}`);
    process.exitCode = 1;
  }
  contexts.push(context);
  if ((i + 1) % 10 === 0) console.error(`${kind}: ${i + 1} sessions open`);
}
console.log(`open ${contexts.length}`);
const input = createInterface({ input: process.stdin });
for await (const line of input) {
  if (line.trim() === 'close') break;
}
await browser.close();
