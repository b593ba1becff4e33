// Logs a teacher and a pupil in through the real UI with Debian's Chromium, so the server holds real sessions.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:8080';
const browser = await chromium.launch({
  executablePath: process.env.OPDAG_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
await page.goto(base + '/login');
await page.fill("vaadin-login-form input[name='username']", 'anne');
await page.fill("vaadin-login-form input[name='password']", 'opdag-demo-1');
await page.press("vaadin-login-form input[name='password']", 'Enter');
await page.waitForSelector('h1:has-text("Mine klasser")');
const pupil = await browser.newPage();
await pupil.goto(base + '/elev');
await pupil.getByLabel('Klassekode').fill('DEMO2A');
await pupil.getByText('Videre').click();
await pupil.getByRole('button', { name: 'Alma', exact: true }).click();
await pupil.getByRole('button', { name: 'Hund', exact: true }).click();
await pupil.getByRole('button', { name: 'Sol', exact: true }).click();
await pupil.waitForSelector('h1:has-text("Mine opgaver")');
console.log('logged in: teacher anne and pupil Alma');
await browser.close();
