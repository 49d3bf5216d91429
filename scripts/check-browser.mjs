// Fails with one clear line when no Chrome/Chromium can be found for the browser tests.
import { findChrome } from './find-chrome.mjs';

if (!findChrome()) {
  const where = process.env.CHROME_PATH ? ` (CHROME_PATH=${process.env.CHROME_PATH} does not exist)` : '';
  console.error(
    `No Chrome or Chromium found${where}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH=/path/to/chrome.`,
  );
  process.exit(1);
}
