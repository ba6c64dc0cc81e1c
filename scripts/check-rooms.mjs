// The checks in other rooms (npm run test:rooms) drive Debian's firefox-esr, and Chromium on
// Mesa's llvmpipe under Xvfb. Say exactly how to get them when they are missing.
import { existsSync } from 'node:fs';

const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const missing = [];
if (!existsSync(firefox)) missing.push('firefox-esr');
if (!existsSync('/usr/bin/xvfb-run')) missing.push('xvfb');
if (missing.length) {
  console.error(`Not found: ${missing.join(', ')}.
npm run test:rooms checks the app in Firefox and on Mesa's llvmpipe (Chromium under Xvfb).
Install them with:
  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}
or point FIREFOX_PATH at another Firefox binary.`);
  process.exit(1);
}
