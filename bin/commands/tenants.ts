import { parseArgs } from 'node:util';
import { ConfigError } from '../../functions/config/formatIssues';
import {
  formatRouteCheck,
  isReadyForSync,
} from '../../functions/sga/formatRouteCheck';
import {
  tenantSchema,
  type TenantWithToken,
} from '../../functions/tenants/tenantSchema';
import { checkTenants } from './check';
import { loadTenantsFile } from '../local/loadTenantsFile';
import { openState, type OpenState } from '../local/openState';
import type { Command } from './command';

const OPTIONS = {
  file: { type: 'string' },
  tenant: { type: 'string' },
  'state-dir': { type: 'string' },
  aws: { type: 'boolean', default: false },
  'skip-check': { type: 'boolean', default: false },
} as const;

/** Prints the route check of tenants whose token cannot serve the sync. */
async function routesReady(tenants: TenantWithToken[]): Promise<boolean> {
  const checks = await checkTenants(tenants);
  let ready = true;
  tenants.forEach((tenant, i) => {
    if (isReadyForSync(checks[i])) return;
    ready = false;
    console.error(formatRouteCheck(tenant.id, checks[i]));
  });
  if (!ready) console.error('nothing saved: fix the tokens, or --skip-check');
  return ready;
}

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS }>
>['values'];

const ACTIONS: Record<
  string,
  (state: OpenState, v: Values) => Promise<number>
> = {
  /** Validates every tenant of the file, then saves settings and tokens. */
  async add(state, values) {
    const tenants = loadTenantsFile(values.file ?? '');
    for (const { sgaToken, ...settings } of tenants) {
      await state.secrets.putSgaToken(settings.id, sgaToken);
      await state.services.tenants.put(tenantSchema.parse(settings));
      console.log(`saved tenant ${settings.id} (${settings.company})`);
    }
    return 0;
  },
  async list(state) {
    const tenants = await state.services.tenants.list();
    if (tenants.length === 0) console.log(`no tenants in ${state.where}`);
    for (const t of tenants) {
      console.log(
        [
          t.id.padEnd(24),
          (t.enabled ? 'enabled' : 'disabled').padEnd(9),
          `sync ${t.sync}`.padEnd(14),
          t.deactivateNonActive ? 'deactivates' : 'never deactivates',
          `CNPJ ${t.cnpj}`,
          t.company,
        ].join('  '),
      );
    }
    return 0;
  },
  /** Stops scheduling a tenant; its state and Softruck records stay. */
  async disable(state, values) {
    if (!values.tenant) throw new ConfigError('--tenant ID is required');
    const tenant = await state.services.tenants.get(values.tenant);
    if (!tenant) throw new ConfigError(`--tenant: no tenant ${values.tenant}`);
    await state.services.tenants.put({ ...tenant, enabled: false });
    console.log(`disabled tenant ${tenant.id}`);
    return 0;
  },
};

/** `sga-sync tenants`: register, list and disable tenants. */
export const tenantsCommand: Command = {
  usage:
    'tenants add --file TENANTS.json [--skip-check] | list |\n' +
    '      disable --tenant ID\n' +
    '      (--state-dir DIR | --aws)',
  async run(argv) {
    const [action, ...rest] = argv;
    const handler = action ? ACTIONS[action] : undefined;
    if (!handler) throw new ConfigError('tenants: add, list or disable');
    const { values } = parseArgs({ args: rest, options: OPTIONS });
    if (action === 'add') {
      // Everything is validated, and every token checked against SGA,
      // before anything is opened or saved.
      if (!values.file) throw new ConfigError('--file FILE is required');
      const tenants = loadTenantsFile(values.file);
      if (!values['skip-check'] && !(await routesReady(tenants))) return 1;
    }
    const state = await openState({
      stateDir: values['state-dir'],
      aws: values.aws ?? false,
    });
    try {
      return await handler(state, values);
    } finally {
      await state.close();
    }
  },
};
