import { compactCnpj } from '../normalize/document';
import { SoftruckNotFoundError } from '../softruck/errors';
import type { SoftruckApi } from '../softruck/SoftruckApi';
import type { Tenant } from '../tenants/tenantSchema';

/**
 * Checks, before any write, that the tenant's Softruck enterprise is the
 * company of the tenant's CNPJ: records created in another customer's
 * enterprise are the worst failure the sync could have. Returns why not,
 * or undefined when it matches. Softruck trouble (429, 5xx, a refused
 * login) is thrown, to be retried: it says nothing about the enterprise.
 */
export async function checkEnterprise(
  api: SoftruckApi,
  tenant: Tenant,
): Promise<string | undefined> {
  const id = tenant.softruckEnterpriseId;
  let cnpj: string | undefined;
  try {
    const stated = (await api.enterprise(id)).cnpj;
    cnpj = stated === undefined ? undefined : compactCnpj(stated);
  } catch (error) {
    if (error instanceof SoftruckNotFoundError) {
      return `enterprise ${id} of tenant ${tenant.id} is not in Softruck`;
    }
    throw error;
  }
  if (!cnpj) return `enterprise ${id} has no CNPJ to check`;
  if (cnpj !== tenant.cnpj) {
    return (
      `enterprise ${id} belongs to another CNPJ than tenant ${tenant.id}; ` +
      'nothing was written: correct softruckEnterpriseId'
    );
  }
  return undefined;
}
