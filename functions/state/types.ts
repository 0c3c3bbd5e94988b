import type { DriftCounts } from '../drift/driftKeys';
import type { DriftSummary } from '../drift/driftSummary';
import type { Associate, Rejection, Vehicle } from '../normalize/types';
import type { UserAttributes, VehicleAttributes } from '../softruck/attributes';

/**
 * A run's life: READING pages (PAUSED while SGA blocks the token), READ
 * once every page is in (or once the missing pages are given up as dead
 * letters), RECONCILING while writing, then DONE. A DONE run whose pages
 * are not all in can be reopened (READING) by redriving them. FAILED and
 * SUPERSEDED runs wrote no deactivation.
 */
export type RunStatus =
  | 'READING'
  | 'PAUSED'
  | 'READ'
  | 'RECONCILING'
  | 'DONE'
  | 'FAILED'
  | 'SUPERSEDED';

/** What a run reads: the whole association or the records of one key. */
export type RunScope =
  | { kind: 'all' }
  | { kind: 'lookup'; by: 'plate' | 'chassis' | 'cpf'; value: string };

export interface Run {
  tenantId: string;
  runId: string;
  status: RunStatus;
  scope: RunScope;
  dryRun: boolean;
  pageCount: number;
  totalRecords?: number;
  pagesDone: number[];
  /** Reasons the read is not complete; any one forbids deactivations. */
  anomalies: string[];
  startedAt: string;
  readAt?: string;
  finishedAt?: string;
  pausedUntil?: string;
  /** Epoch ms of the last page marked done: how stalled runs are found. */
  progressAt?: number;
  /**
   * When a reconcile of the run last ended its turn (epoch ms): how long
   * the run has gone without one, should its continuation be lost.
   */
  reconciledAt?: number;
  /** When the missing pages were given up and what was read applied. */
  settledAt?: string;
  /** An operator released the deactivations the brake held in this run. */
  releaseHeld?: boolean;
  /**
   * The Softruck enterprise found to be the tenant's company in this run;
   * continuations that write to the same one need not ask again.
   */
  enterpriseChecked?: string;
  /**
   * The outcomes of what the run leaves alone, holds or has yet to write
   * are stored: once per run, since each later outcome of a record
   * replaces its pending one, and rewriting every remaining record at
   * every continuation would cost a write per record per hand-over.
   */
  passiveRecorded?: boolean;
  error?: string;
  report?: RunReport;
  sgaCalls: number;
  softruckCalls?: number;
  /** How the records read differ from what the sync assumes of SGA. */
  drift?: DriftCounts;
  /** Sudden changes seen on single pages; any one refuses the writes. */
  driftSudden?: string[];
}

/** One record as read from a page, normalized. */
export interface ReadRecord {
  page: number;
  index: number;
  vehicle: Vehicle;
  associate?: Associate;
  problems: Rejection[];
}

/** A record of a page that was not accepted, and why. */
export interface ReadRejection {
  page: number;
  index: number;
  /** The vehicle code, when the record had a usable one. */
  code?: string;
  rejections: Rejection[];
}

/** What the sync last wrote to Softruck for one vehicle. */
export interface VehicleState {
  code: string;
  softruckId: string;
  attributes: VehicleAttributes;
  active: boolean;
  /** Document of the user the vehicle is linked to, when linked. */
  linkedUserDocument?: string;
  linkedUserId?: string;
  lastRunId: string;
}

/** What the sync last wrote to Softruck for one user. */
export interface UserState {
  document: string;
  /** The report label (associate code), so reports never need the CPF. */
  label: string;
  softruckId: string;
  attributes: UserAttributes;
  active: boolean;
  lastRunId: string;
}

/** Counts of one kind of record in a run. */
export interface KindCounts {
  created: number;
  updated: number;
  deactivated: number;
  reactivated: number;
  unchanged: number;
  failed: number;
  held: number;
  pending: number;
}

export interface RunReport {
  tenantId: string;
  runId: string;
  status: RunStatus;
  dryRun: boolean;
  complete: boolean;
  anomalies: string[];
  /** Pages of the count that were never read (dead letters, a stop). */
  missingPages: number[];
  recordsRead: number;
  recordsRejected: number;
  vehicles: KindCounts;
  users: KindCounts;
  links: { linked: number; unlinked: number; failed: number };
  held: { reason: string; count: number } | null;
  failures: { key: string; reason: string }[];
  conflicts: { key: string; reason: string }[];
  calls: { sga: number; softruck: number };
  /** Fields, formats and statuses of the read the sync did not assume. */
  drift?: DriftSummary;
  startedAt: string;
  finishedAt?: string;
  durationMs?: number;
}
