import { SoftruckTransientError } from '../../functions/softruck/errors';
import { SoftruckApi } from '../../functions/softruck/SoftruckApi';
import { clientOf, ENTERPRISE, useSoftruck } from './harness';

const open = useSoftruck();
const ENTERPRISE_PATH = `/enterprises/${ENTERPRISE.id}`;

describe('SoftruckClient retries', () => {
  it('retries a 5xx answer and returns the answer that follows', async () => {
    // Prepare
    const sandbox = await open({ faults: { failNext: 2, status5xx: 502 } });
    const client = clientOf(sandbox);

    // Act
    const out = await client.request<{ data: { id: string } }>(
      'GET',
      ENTERPRISE_PATH,
    );

    // Assess
    expect(out.data.id).toBe(ENTERPRISE.id);
    expect(sandbox.requests.map((r) => r.status)).toEqual([502, 502, 200, 200]);
  });

  it('waits at least what Retry-After asks before retrying a 429', async () => {
    // Prepare
    const sandbox = await open();
    const client = clientOf(sandbox);
    await client.request('GET', ENTERPRISE_PATH);
    sandbox.setFaults({ rate429Next: 1 });

    // Act
    await client.request('GET', ENTERPRISE_PATH);

    // Assess
    const [refused, retried] = sandbox.requests.slice(-2);
    expect([refused.status, retried.status]).toEqual([429, 200]);
    expect(retried.at - refused.at).toBeGreaterThanOrEqual(990);
  });

  it('creates once a vehicle whose first try the rate limit refused', async () => {
    // Prepare
    const sandbox = await open({ ratePerMinute: 2, windowMs: 1200 });
    const api = new SoftruckApi(clientOf(sandbox), 'driver');
    await api.enterprise(ENTERPRISE.id);

    // Act
    await api.createVehicles(ENTERPRISE.id, [{ plate: 'QWE4F21' }]);

    // Assess
    expect(sandbox.count429()).toBe(1);
    expect(sandbox.vehicles().map((v) => v.attributes.plate)).toEqual([
      'QWE4F21',
    ]);
    expect(sandbox.maxAcceptedInAnyWindow()).toBeLessThanOrEqual(2);
  });

  it('retries a network error', async () => {
    // Prepare
    const sandbox = await open();
    let broken = 1;
    const client = clientOf(sandbox, {
      fetchImpl: async (url, init) => {
        if (broken-- > 0) throw new TypeError('fetch failed');
        return fetch(url, init);
      },
    });

    // Act
    const out = await client.request<{ data: { id: string } }>(
      'GET',
      ENTERPRISE_PATH,
    );

    // Assess
    expect(out.data.id).toBe(ENTERPRISE.id);
    expect(client.calls).toBe(3);
  });

  it('retries a call that outlasts its timeout', async () => {
    // Prepare
    const sandbox = await open();
    let slow = 1;
    const client = clientOf(sandbox, {
      timeoutMs: 100,
      fetchImpl: (url, init) => {
        if (slow-- <= 0) return fetch(url, init);
        return new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(init.signal?.reason),
          ),
        );
      },
    });

    // Act
    const out = await client.request<{ data: { id: string } }>(
      'GET',
      ENTERPRISE_PATH,
    );

    // Assess
    expect(out.data.id).toBe(ENTERPRISE.id);
  });

  it('gives up after the set number of tries, naming the call', async () => {
    // Prepare
    const sandbox = await open();
    const client = clientOf(sandbox, { attempts: 3 });
    await client.request('GET', ENTERPRISE_PATH);
    sandbox.setFaults({ failRate: 1 });

    // Act
    const calling = client.request('GET', `/vehicles/ABCDEFGHIJ12345`);

    // Assess
    await expect(calling).rejects.toThrow(
      new SoftruckTransientError('GET /vehicles/:id: HTTP 503'),
    );
    const tries = sandbox.requests.filter((r) => r.path.includes('vehicles'));
    expect(tries.map((r) => r.status)).toEqual([503, 503, 503]);
  });

  it('takes a slot of the budget before every request, logins included', async () => {
    // Prepare
    const sandbox = await open({ faults: { failNext: 1 } });
    let slots = 0;
    const client = clientOf(sandbox, { pace: async () => void slots++ });

    // Act
    await client.request('GET', ENTERPRISE_PATH);

    // Assess
    expect(sandbox.requests).toHaveLength(3);
    expect(slots).toBe(3);
  });
});
