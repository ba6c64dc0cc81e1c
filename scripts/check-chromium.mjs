// Playwright drives Debian's Chromium (it cannot download browsers here). Say exactly how
// to get it when it is missing, instead of failing later with a cryptic launch error.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Chromium was not found at ${path}.
The end-to-end tests and the benchmark drive Debian's Chromium. Install it with:
  sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at another Chromium binary.`);
  process.exit(1);
}
