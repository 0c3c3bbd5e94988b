import {
  SGA_FIELDS,
  SGA_KNOWN_STATUSES,
  isSgaFieldName,
} from '../normalize/sgaFields';
import { SGA_KIND_FORMATS } from '../normalize/sgaFormats';
import type { SgaRoute } from '../sga/routes';
import type { DriftItem } from './driftSummary';
import type { AnswerShape, ProbeDifference } from './probeTypes';

/**
 * The shapes the code assumes of each SGA route's answer, after the
 * contract. `parseListing` reads both listing shapes from every route; a
 * shape outside these is still news worth a look.
 */
export const SGA_ROUTE_SHAPES: Record<SgaRoute, readonly AnswerShape[]> = {
  products: ['object', 'numeric-keys object'],
  productTypes: ['object', 'numeric-keys object'],
  pageCount: ['object'],
  page: ['array'],
  listAll: ['numeric-keys object'],
  byPlate: ['numeric-keys object'],
  byChassis: ['numeric-keys object'],
  byCpf: ['numeric-keys object'],
};

/**
 * Above this share of records a missing field or a new format is a
 * change in SGA; below it, a few bad records.
 */
export const BROAD_SHARE = 0.1;

/** Routes whose answers are records. */
export const RECORD_ROUTES: readonly SgaRoute[] = [
  'page',
  'listAll',
  'byPlate',
  'byChassis',
  'byCpf',
];

function fieldAssumption(field: string): string {
  if (!isSgaFieldName(field)) return `no field ${field} assumed`;
  const { kind, required, certainty } = SGA_FIELDS[field];
  const formats = SGA_KIND_FORMATS[kind].map((f) => f.name).join(', ');
  return (
    `SGA_FIELDS.${field} (${certainty}, kind ${kind}` +
    `${required ? ', required' : ''}): on every record, as ` +
    `${formats} or empty (SGA_KIND_FORMATS.${kind})`
  );
}

/** A drift item seen by the probe, as a difference naming its assumption. */
export function differenceOfItem(
  item: DriftItem,
  route: string,
  records: number,
): ProbeDifference {
  const share = `on ${item.records} of ${records} records`;
  const base = { api: 'sga' as const, routes: [route] };
  // A few bad records are data, rejected one by one; a change is broad.
  const broad = item.records > records * BROAD_SHARE ? 'change' : 'notice';
  switch (item.kind) {
    case 'new field':
      return {
        ...base,
        severity: 'notice',
        found: `field ${item.field} ${share}`,
        assumption:
          'not in SGA_FIELDS nor SGA_UNREAD_FIELDS; the sync ignores it ' +
          '(unknown extra fields are normal)',
      };
    case 'missing field':
      return {
        ...base,
        severity: broad,
        found: `field ${item.field} absent${
          isSgaFieldName(item.field) && SGA_FIELDS[item.field].required
            ? ' or empty'
            : ''
        } ${share}`,
        assumption: fieldAssumption(item.field),
      };
    case 'new format':
      return {
        ...base,
        severity: broad,
        found: `${item.field} written as ${item.value} ${share}`,
        assumption: fieldAssumption(item.field),
      };
    default:
      return {
        ...base,
        severity: 'change',
        found: `status ${JSON.stringify(item.value)} ${share}`,
        assumption:
          `SGA_KNOWN_STATUSES: ${SGA_KNOWN_STATUSES.join(', ')}; ` +
          'a new status is not active unless the tenant names it',
      };
  }
}
