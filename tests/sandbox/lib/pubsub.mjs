// In-process publish/subscribe feeding graphql-js subscriptions.
//
// Each subscriber gets its own unbounded-looking queue exposed as an async
// iterator. A subscriber that falls too far behind (a stuck client) is cut off
// through onOverflow instead of letting the queue eat the heap: for a client
// that follows the "refetch after reconnect" rule this is always safe, while
// silently dropping events would not be.

const MAX_QUEUE = 250_000;

export class PubSub {
  constructor() {
    this.topics = new Map(); // topic -> Set<Subscriber>
    this.published = 0;
  }

  publish(topic, payload) {
    this.published++;
    const subs = this.topics.get(topic);
    if (!subs) return;
    for (const sub of subs) sub.push(payload);
  }

  subscriberCount(topic) {
    return this.topics.get(topic)?.size ?? 0;
  }

  /**
   * An async iterator of the topic's payloads for which filter(payload) is
   * true (all when filter is null). onOverflow is called once if the consumer
   * falls MAX_QUEUE events behind; the iterator then ends.
   */
  subscribe(topic, filter = null, onOverflow = null) {
    let subs = this.topics.get(topic);
    if (!subs) this.topics.set(topic, (subs = new Set()));
    const queue = [];
    let head = 0;
    let waiting = null; // resolve function of a pending next()
    let done = false;

    const finish = () => {
      if (done) return;
      done = true;
      subs.delete(sub);
      queue.length = 0;
      head = 0;
      if (waiting) { const w = waiting; waiting = null; w({ value: undefined, done: true }); }
    };

    const sub = {
      push(payload) {
        if (done || (filter && !filter(payload))) return;
        if (waiting) { const w = waiting; waiting = null; w({ value: payload, done: false }); return; }
        queue.push(payload);
        if (queue.length - head > MAX_QUEUE) {
          finish();
          onOverflow?.();
        }
      },
    };
    subs.add(sub);

    return {
      next() {
        if (head < queue.length) {
          const value = queue[head];
          queue[head++] = undefined;
          // Compact now and then so the array does not grow forever.
          if (head > 4096 && head * 2 > queue.length) { queue.splice(0, head); head = 0; }
          return Promise.resolve({ value, done: false });
        }
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { waiting = resolve; });
      },
      return() { finish(); return Promise.resolve({ value: undefined, done: true }); },
      throw(error) { finish(); return Promise.reject(error); },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}
