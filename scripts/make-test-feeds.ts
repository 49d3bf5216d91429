// Converts the real files in ../shared/data into feeds under .tmp/feeds/ for the browser tests.
// When ../shared/data is absent (a user's machine), it writes nothing and says so in one line;
// the browser tests that need these feeds then skip.
// (Filled in by the adapters work: see issue 4.)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const data = resolve('..', 'shared', 'data');
if (!existsSync(data)) console.log(`make-test-feeds: shared data not found at ${data}; real-data browser tests will skip.`);
