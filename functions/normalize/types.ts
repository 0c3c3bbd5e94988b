/**
 * The sync's own vocabulary for what SGA says. Nothing here carries SGA's
 * Portuguese field names: those stay in the schema that parses a record.
 */

/** One SGA vehicle, as the sync understands it. */
export interface Vehicle {
  /** SGA's vehicle code: the vehicle's identity within a tenant. */
  code: string;
  /** SGA's associate code, when present. */
  associateCode?: string;
  /** Upper-case letters and digits, old (`ABC1234`) or Mercosul (`ABC1D23`). */
  plate?: string;
  /** Upper-case, no spaces. */
  chassis?: string;
  /** Digits only; absent when SGA sends none or all zeros. */
  renavam?: string;
  manufactureYear?: number;
  modelYear?: number;
  /** Reais, as a number. */
  fipeValue?: number;
  fipeCode?: string;
  /** SGA's type text, upper-cased without accents (`AUTOMOVEL`). */
  type?: string;
  brand?: string;
  modelCode?: string;
  model?: string;
  color?: string;
  /** Status text, upper-cased, accents removed, trimmed (`ATIVO`). */
  status: string;
  /** `YYYY-MM-DD` of the vehicle's contract, when known. */
  contractDate?: string;
  /** Digits of the owner's CPF or CNPJ when it is valid. */
  ownerDocument?: string;
}

/** One associate (a Softruck user), keyed by the digits of CPF or CNPJ. */
export interface Associate {
  /** 11 digits (CPF) or 14 digits (CNPJ), check digits verified. */
  document: string;
  code?: string;
  name: string;
  /** Free text, as SGA has it, trimmed. */
  rg?: string;
  /** `YYYY-MM-DD`. */
  birthDate?: string;
  email?: string;
  /** Digits only, area code first. */
  phone?: string;
}

/** Why a record, or part of it, was not accepted. Never holds the value. */
export interface Rejection {
  /** SGA's field name, for the operator reading a report. */
  field: string;
  reason: string;
}

/** The outcome of normalizing one SGA record. */
export type NormalizedRecord =
  | {
      ok: true;
      vehicle: Vehicle;
      /** Absent when the associate part was rejected; see `problems`. */
      associate?: Associate;
      /** Parts rejected while the vehicle itself was kept. */
      problems: Rejection[];
    }
  | { ok: false; rejections: Rejection[] };
