import type { Vehicle } from '../normalize/types';
import { fit, type VehicleAttributes } from './attributes';

/** SGA vehicle types (upper-cased, no accents) to Softruck's `type`. */
const TYPES: Record<string, string> = {
  AUTOMOVEL: 'car',
  CAMIONETA: 'car',
  CAMINHONETE: 'car',
  UTILITARIO: 'van',
  VAN: 'van',
  FURGAO: 'van',
  MOTOCICLETA: 'motorcycle',
  MOTONETA: 'motorcycle',
  CICLOMOTOR: 'motorcycle',
  TRICICLO: 'motorcycle',
  QUADRICICLO: 'motorcycle',
  CAMINHAO: 'truck',
  'CAMINHAO TRATOR': 'truck',
  CAVALO: 'truck',
  'CAVALO MECANICO': 'truck',
  REBOQUE: 'truck',
  'SEMI-REBOQUE': 'truck',
  SEMIRREBOQUE: 'truck',
  ONIBUS: 'bus',
  MICROONIBUS: 'bus',
  'MICRO-ONIBUS': 'bus',
};
const DEFAULT_TYPE = 'car';
const PLACEHOLDER_PREFIX = 'SP';

/**
 * Softruck's `plate` for a vehicle: its plate, or, for a vehicle SGA has
 * not plated yet, `SP` and the last 14 characters of its chassis (or
 * `SPC` and the last 13 of its SGA code): 16 characters at most, unique
 * within a tenant as chassis and codes are, and replaced by the real
 * plate once SGA has one.
 */
export function plateFor(vehicle: Vehicle): string {
  if (vehicle.plate) return vehicle.plate;
  if (vehicle.chassis) {
    return `${PLACEHOLDER_PREFIX}${vehicle.chassis.slice(-14)}`;
  }
  return `${PLACEHOLDER_PREFIX}C${vehicle.code.slice(-13)}`;
}

/** Formats reais as `R$ 1.234,56`. */
/** Made once: `toLocaleString` with options builds a formatter per call. */
const REAIS = new Intl.NumberFormat('pt-BR', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

function formatMoney(value: number): string {
  return `R$ ${REAIS.format(value)}`;
}

/** The `description`: the whole model name, model code and FIPE data. */
function describe(vehicle: Vehicle): string | undefined {
  const parts = [
    vehicle.model,
    vehicle.modelCode && `modelo ${vehicle.modelCode}`,
    vehicle.fipeCode && `FIPE ${vehicle.fipeCode}`,
    vehicle.fipeValue !== undefined && formatMoney(vehicle.fipeValue),
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' | ') : undefined;
}

function yearOf(vehicle: Vehicle): string | undefined {
  const { manufactureYear: made, modelYear: model } = vehicle;
  if (made && model) return `${made}/${model}`;
  const one = made ?? model;
  return one ? String(one) : undefined;
}

/**
 * Maps a vehicle to the attributes written to Softruck. Every text is fit
 * to Softruck's limits; nothing here can make a create fail on length.
 */
export function mapVehicle(vehicle: Vehicle): VehicleAttributes {
  const optional = (name: string, value: string | undefined) =>
    value === undefined ? undefined : fit(name, value);
  return {
    plate: fit('plate', plateFor(vehicle)),
    vin: optional('vin', vehicle.chassis),
    type: TYPES[vehicle.type ?? ''] ?? DEFAULT_TYPE,
    code: optional('code', vehicle.code),
    brand: optional('brand', vehicle.brand),
    model: optional('model', vehicle.model),
    year: optional('year', yearOf(vehicle)),
    description: optional('description', describe(vehicle)),
    color: optional('color', vehicle.color),
    registration_number: optional('registration_number', vehicle.renavam),
  };
}
