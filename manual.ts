import { writeFileSync } from 'node:fs';
import { startSandboxes, TENANTS } from './test/support/sandboxes';
(async () => {
  const s = await startSandboxes({ tenants: TENANTS, vehicles: [120, 60] });
  writeFileSync('/tmp/tenants.json', JSON.stringify({ tenants: TENANTS }));
  writeFileSync(
    '/tmp/env.sh',
    Object.entries(s.env)
      .map(([k, v]) => `export ${k}=${v}`)
      .join('\n'),
  );
  console.log('ready');
})();
