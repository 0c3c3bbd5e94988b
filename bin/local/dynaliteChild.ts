import type { AddressInfo } from 'node:net';

// dynalite ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: object) => {
  listen(port: number, host: string, cb: () => void): void;
  address(): AddressInfo;
};

/**
 * dynalite in a process of its own, for a pipeline heavy enough to need
 * a second core: it takes its options from the parent, answers with its
 * port, and ends when the parent lets go of it.
 */
const options = JSON.parse(process.env.DYNALITE_OPTIONS ?? '{}') as object;
const db = dynalite(options);
db.listen(0, '127.0.0.1', () => {
  process.send?.({ port: db.address().port });
});
process.on('disconnect', () => process.exit(0));
