import type { SoftruckApi } from '../softruck/SoftruckApi';
import type { Tenant } from '../tenants/tenantSchema';

/**
 * Checks, before any write, that the tenant's Softruck enterprise is the
 * company of the tenant's CNPJ: records created in another customer's
 * enterprise are the worst failure the sync could have. Returns why not,
 * or undefined when it matches.
 */
export async function checkEnterprise(
  api: SoftruckApi,
  tenant: Tenant,
): Promise<string | undefined> {
  const enterprise = await api.enterprise(tenant.softruckEnterpriseId);
  const cnpj = enterprise.cnpj?.replace(/\D/g, '');
  if (!cnpj) {
    return `enterprise ${tenant.softruckEnterpriseId} has no CNPJ to check`;
  }
  if (cnpj !== tenant.cnpj) {
    return (
      `enterprise ${tenant.softruckEnterpriseId} belongs to another CNPJ ` +
      `than tenant ${tenant.id}`
    );
  }
  return undefined;
}
