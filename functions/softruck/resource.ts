/** A Softruck record as the API answers it, JSON:API style. */
export interface Resource<A> {
  id: string;
  attributes: A & { deactivated_at?: string | null };
  relationships?: {
    enterprise?: { data?: { id?: string }; id?: string };
  };
}

/** The enterprise id a record belongs to, whichever nesting is used. */
export function enterpriseOf(resource: Resource<unknown>): string | undefined {
  const rel = resource.relationships?.enterprise;
  return rel?.data?.id ?? rel?.id;
}

/**
 * The record of `candidates` that belongs to `enterpriseId`: the only kind
 * the sync may adopt, since writing into another customer's enterprise is
 * the worst failure it could have.
 */
export function inEnterprise<A>(
  candidates: Resource<A>[],
  enterpriseId: string,
): Resource<A> | undefined {
  return candidates.find((r) => enterpriseOf(r) === enterpriseId);
}
