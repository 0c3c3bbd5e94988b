import { SoftruckApi } from '../../functions/softruck/SoftruckApi';
import { checkEnterprise } from '../../functions/sync/checkEnterprise';
import { tenantSchema } from '../../functions/tenants/tenantSchema';
import { clientOf, ENTERPRISE, OTHER_ENTERPRISE, useSoftruck } from './harness';

const open = useSoftruck();
const tenant = (softruckEnterpriseId: string) =>
  tenantSchema.parse({
    id: 'alfa',
    company: 'Associação Alfa',
    cnpj: '11.222.333/0001-81',
    softruckEnterpriseId,
    sync: 'both',
    deactivateNonActive: true,
  });

describe('checkEnterprise', () => {
  it('matches a CNPJ with letters, however either side writes it', async () => {
    // Prepare
    const enterprise = {
      id: 'EntNova00000001',
      name: 'Associação Nova',
      cnpj: '12.ABC.345/01DE-35',
    };
    const sandbox = await open({ enterprises: [enterprise] });
    const api = new SoftruckApi(clientOf(sandbox), 'driver');
    const nova = tenantSchema.parse({
      ...tenant(enterprise.id),
      cnpj: '12abc34501de35',
    });

    // Act
    const mismatch = await checkEnterprise(api, nova);

    // Assess
    expect(nova.cnpj).toBe('12ABC34501DE35');
    expect(mismatch).toBeUndefined();
  });

  it('accepts the enterprise of the tenant CNPJ', async () => {
    // Prepare
    const sandbox = await open();
    const api = new SoftruckApi(clientOf(sandbox), 'driver');

    // Act
    const mismatch = await checkEnterprise(api, tenant(ENTERPRISE.id));

    // Assess
    expect(mismatch).toBeUndefined();
  });

  it('refuses the enterprise of another CNPJ, naming it', async () => {
    // Prepare
    const sandbox = await open();
    const api = new SoftruckApi(clientOf(sandbox), 'driver');

    // Act
    const mismatch = await checkEnterprise(api, tenant(OTHER_ENTERPRISE.id));

    // Assess
    expect(mismatch).toBe(
      `enterprise ${OTHER_ENTERPRISE.id} belongs to another CNPJ than ` +
        'tenant alfa; nothing was written: correct softruckEnterpriseId',
    );
  });

  it('refuses an enterprise Softruck does not have', async () => {
    // Prepare
    const sandbox = await open();
    const api = new SoftruckApi(clientOf(sandbox), 'driver');

    // Act
    const mismatch = await checkEnterprise(api, tenant('EntNone00000001'));

    // Assess
    expect(mismatch).toBe(
      'enterprise EntNone00000001 of tenant alfa is not in Softruck',
    );
  });

  it('lets Softruck trouble through, to be retried', async () => {
    // Prepare
    const sandbox = await open({ faults: { failRate: 1 } });
    const api = new SoftruckApi(clientOf(sandbox, { attempts: 2 }), 'driver');

    // Act
    const checking = checkEnterprise(api, tenant(ENTERPRISE.id));

    // Assess
    await expect(checking).rejects.toThrow('POST /auth/login: HTTP 503');
  });
});
