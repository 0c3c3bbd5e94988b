import {
  SgaClient,
  type SgaClientOptions,
} from '../../../functions/sga/SgaClient';
import {
  sampleRecords,
  startSgaSandbox,
  type SgaBehaviour,
  type SgaSandbox,
} from '../../sandbox/sga';

export const TOKEN = 'sga-token-client-0001';

/** The samples' 13 records, 5 a page: pages 1 and 2 full, page 3 short. */
export const PAGE_SIZE = 5;

/** A sandbox serving the sample records to `TOKEN`, answering at once. */
export function sandboxWithSamples(
  behaviour: Partial<SgaBehaviour> = {},
): Promise<SgaSandbox> {
  return startSgaSandbox({
    associations: {
      [TOKEN]: { records: sampleRecords(), pageSize: PAGE_SIZE },
    },
    behaviour: { latencyMs: 0, ...behaviour },
  });
}

/** A client of `baseUrl` without pacing and with quick retries. */
export function clientFor(
  baseUrl: string,
  options: Partial<SgaClientOptions> = {},
): SgaClient {
  return new SgaClient({
    baseUrl,
    token: TOKEN,
    pace: async () => undefined,
    timeoutMs: 2000,
    retryBaseMs: 10,
    ...options,
  });
}
