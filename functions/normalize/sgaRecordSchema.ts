import { z } from 'zod';
import { SGA_FIELDS, SGA_FIELD_NAMES, type SgaFieldName } from './sgaFields';

/**
 * Any scalar SGA sends: its types drift between associations (a code is a
 * string in one and a number in another), so the schema only rules out
 * shapes no reader could use, and the field readers do the rest.
 */
export const sgaScalarSchema = z
  .union([z.string(), z.number(), z.null()])
  .optional();

/**
 * Products are `{ "<code>": "<name>" }`; a PHP backend encodes an empty map
 * as `[]`, so an array is accepted too.
 */
export const sgaProductsSchema = z
  .union([z.record(z.string(), z.unknown()), z.array(z.unknown()), z.null()])
  .optional();

type SgaRecordShape = {
  [K in SgaFieldName]: (typeof SGA_FIELDS)[K]['kind'] extends 'products'
    ? typeof sgaProductsSchema
    : typeof sgaScalarSchema;
};

function schemaOf(name: SgaFieldName) {
  return SGA_FIELDS[name].kind === 'products'
    ? sgaProductsSchema
    : sgaScalarSchema;
}

const shape = Object.fromEntries(
  SGA_FIELD_NAMES.map((name) => [name, schemaOf(name)]),
) as SgaRecordShape;

/**
 * One raw SGA record. Loose: fields the sync does not know are kept as they
 * are and never fail a record, since every association adds its own.
 */
export const sgaRecordSchema = z.looseObject(shape);

/** A raw SGA record whose known fields have a usable type. */
export type SgaRecord = z.infer<typeof sgaRecordSchema>;
