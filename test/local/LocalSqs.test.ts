import { LocalSqs } from '../../bin/local/LocalSqs';

function queues() {
  const sqs = new LocalSqs();
  sqs.createQueue('dlq', { fifo: false, visibilityTimeoutS: 30 });
  sqs.createQueue('work', {
    fifo: false,
    visibilityTimeoutS: 0.05,
    deadLetter: { queue: 'dlq', maxReceiveCount: 2 },
  });
  sqs.createQueue('pages.fifo', { fifo: true, visibilityTimeoutS: 0.05 });
  return sqs;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LocalSqs', () => {
  it('hides a received message until its visibility timeout ends', async () => {
    const sqs = queues();
    sqs.send('work', 'a');

    const first = sqs.receive('work', 10);
    const during = sqs.receive('work', 10);
    await wait(80);
    const after = sqs.receive('work', 10);

    expect(first.map((m) => m.body)).toEqual(['a']);
    expect(during).toEqual([]);
    expect(after.map((m) => m.receiveCount)).toEqual([2]);
  });

  it('forgets a deleted message', async () => {
    const sqs = queues();
    sqs.send('work', 'a');
    const [m] = sqs.receive('work', 1);

    sqs.delete('work', m.receipt);
    await wait(80);

    expect(sqs.receive('work', 10)).toEqual([]);
  });

  it('moves a message to the dead-letter queue after maxReceiveCount', async () => {
    const sqs = queues();
    sqs.send('work', 'poison');
    sqs.receive('work', 1);
    await wait(80);
    sqs.receive('work', 1);
    await wait(80);

    const third = sqs.receive('work', 1);

    expect(third).toEqual([]);
    expect(sqs.bodies('dlq')).toEqual(['poison']);
  });

  it('delivers one message per FIFO group at a time, in order', async () => {
    const sqs = queues();
    sqs.send('pages.fifo', 'alfa-1', { groupId: 'alfa', dedupId: 'a1' });
    sqs.send('pages.fifo', 'alfa-2', { groupId: 'alfa', dedupId: 'a2' });
    sqs.send('pages.fifo', 'beta-1', { groupId: 'beta', dedupId: 'b1' });

    const first = sqs.receive('pages.fifo', 10).map((m) => m.body);
    const blocked = sqs.receive('pages.fifo', 10).map((m) => m.body);

    expect(first).toEqual(['alfa-1', 'beta-1']);
    expect(blocked).toEqual([]);
  });

  it('releases the group once the message in flight is deleted', () => {
    const sqs = queues();
    sqs.send('pages.fifo', 'alfa-1', { groupId: 'alfa', dedupId: 'a1' });
    sqs.send('pages.fifo', 'alfa-2', { groupId: 'alfa', dedupId: 'a2' });
    const [m] = sqs.receive('pages.fifo', 1);

    sqs.delete('pages.fifo', m.receipt);

    expect(sqs.receive('pages.fifo', 10).map((x) => x.body)).toEqual([
      'alfa-2',
    ]);
  });

  it('drops a FIFO duplicate within the deduplication window', () => {
    const sqs = queues();
    sqs.send('pages.fifo', 'p1', { groupId: 'alfa', dedupId: 'same' });
    sqs.send('pages.fifo', 'p1 again', { groupId: 'alfa', dedupId: 'same' });

    expect(sqs.counts('pages.fifo').visible).toBe(1);
  });

  it('counts a delayed message apart until its delay ends', () => {
    const sqs = queues();

    sqs.send('work', 'later', { delayS: 60 });

    expect(sqs.counts('work')).toEqual({ visible: 0, inFlight: 0, delayed: 1 });
    expect(sqs.receive('work', 10)).toEqual([]);
  });
});
