/** What the probe saw of one field, over the records of a route. */
export interface FieldObservation {
  /** Records carrying the field. */
  records: number;
  /** JSON types seen, with their counts. */
  types: Record<string, number>;
  /** Formats seen (`YYYY-MM-DD`, `#.###,##`, `text A+`), with counts. */
  formats: Record<string, number>;
}

/** The shape of an answer: how its records came. */
export type AnswerShape =
  'array' | 'numeric-keys object' | 'object' | 'empty' | 'other';

/** How one route answered the probe. */
export interface RouteObservation {
  api: 'sga' | 'softruck';
  route: string;
  /** The call, with its argument named rather than shown. */
  call: string;
  /** HTTP status; absent when no answer came. */
  status?: number;
  outcome:
    'answered' | 'nothing found' | 'refused' | 'blocked' | 'failed' | 'skipped';
  /** Why it failed, without any value of the answer. */
  detail?: string;
  shape?: AnswerShape;
  /** Records (or resources) the answer held. */
  records?: number;
  /** Keys beside the records of a numeric-keys object. */
  otherKeys?: string[];
  fields?: Record<string, FieldObservation>;
  /** A few records, every personal value replaced by its shape. */
  samples?: unknown[];
}

/** One way an API answered differently from what the code assumes. */
export interface ProbeDifference {
  api: 'sga' | 'softruck';
  /** The routes where it was seen. */
  routes: string[];
  /** `change` needs a look; `notice` is expected to happen (extra fields). */
  severity: 'change' | 'notice';
  /** What was seen, without values. */
  found: string;
  /** The assumption, named where it lives in the code. */
  assumption: string;
}

/** Everything one probe of one tenant saw. */
export interface ProbeResult {
  tenantId: string;
  at: string;
  routes: RouteObservation[];
  differences: ProbeDifference[];
}
