// Screenshots of the built app for the README and for looking at it:
//   node scripts/screenshot.mjs "<query>" out.png [width] [height]     (WAIT=ms, FULL=1 for the whole page)
// Expects `npm run preview` (or any server) on http://127.0.0.1:4173 (PORT=… for another).
import { chromium } from '@playwright/test';

const [query = '', out = 'screenshot.png', w = '1280', h = '800'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
await page.goto(`http://127.0.0.1:${process.env.PORT || 4173}/${query}`);
await page.waitForSelector('[data-testid=app][data-ready=true]', { timeout: 60000 });
await page.waitForTimeout(Number(process.env.WAIT || 300)); // WAIT=ms: e.g. for basins, which do not hold data-ready
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
