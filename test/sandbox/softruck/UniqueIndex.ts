/**
 * Ids by a normalized key, as a unique index on a column would hold them.
 * The store keeps it current on every add and update, so a uniqueness check
 * costs one map lookup instead of a scan of every record.
 */
export class UniqueIndex {
  private readonly ids = new Map<string, Set<string>>();

  add(key: string | null, id: string): void {
    if (key === null) return;
    const holders = this.ids.get(key) ?? new Set<string>();
    holders.add(id);
    this.ids.set(key, holders);
  }

  remove(key: string | null, id: string): void {
    if (key === null) return;
    const holders = this.ids.get(key);
    holders?.delete(id);
    if (holders?.size === 0) this.ids.delete(key);
  }

  /** An id holding `key` other than `exceptId`, if any. */
  holder(key: string, exceptId?: string): string | undefined {
    for (const id of this.ids.get(key) ?? []) {
      if (id !== exceptId) return id;
    }
    return undefined;
  }
}
