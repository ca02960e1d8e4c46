/**
 * The server as `npm run serve` runs it (the environment read by server/config.ts, the seats and
 * records plugins), with the prototypes a pollution attack writes to frozen once it listens: any
 * write to Object.prototype, Array.prototype or Function.prototype then fails (throws in strict
 * code, which the server would answer with a 5xx), instead of silently changing every object.
 * Usage: node --import tsx frozen-server.ts (PORT, DATA_DIR... in the environment)
 */
import { startServer } from '../../../server/app.js';
import { optionsFromEnv } from '../../../server/config.js';
import { recordsPlugin } from '../../../server/records/index.js';
import { seatsPlugin } from '../../../server/seats/index.js';

await startServer({ ...optionsFromEnv(process.env), plugins: [seatsPlugin, recordsPlugin] });
// Before any request is read: the listening line is written, but no I/O callback runs before this.
for (const prototype of [Object.prototype, Array.prototype, Function.prototype]) Object.freeze(prototype);
