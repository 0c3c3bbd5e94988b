#!/usr/bin/env node
// The command line runs the TypeScript sources directly through tsx.
require('tsx/cjs');
const { main } = require('./cli.ts');

main(process.argv.slice(2)).then((code) => process.exit(code));
