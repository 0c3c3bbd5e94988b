#!/usr/bin/env node
// The command line runs the TypeScript sources directly through tsx.
// The AWS SDK warns on Node.js 20 that later releases need 22; Lambda runs
// 22, and on this machine the SDK only talks to local stand-ins.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
require('tsx/cjs');
const { main } = require('./cli.ts');

main(process.argv.slice(2)).then((code) => process.exit(code));
