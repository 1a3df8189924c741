import { describe, expect, it } from 'vitest';
import {
  FileReaderClient,
  readFileBytes,
  type ReadFileRequest,
  type ReadFileResponse,
} from './read-file.ts';

const utf8 = (s: string) => new Uint8Array(new TextEncoder().encode(s));

/** A stand-in for the reading worker: answers each request later, out of order. */
class FakeWorker {
  onmessage: ((e: MessageEvent<ReadFileResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly transfers: Transferable[][] = [];
  private readonly queue: ReadFileRequest[] = [];
  postMessage(request: ReadFileRequest, transfer: Transferable[]): void {
    this.transfers.push(transfer);
    this.queue.push(request);
  }
  /** Answers the queued requests, last first. */
  answerAll(): void {
    for (const r of this.queue.reverse())
      this.onmessage?.({
        data: { id: r.id, ...readFileBytes(r) },
      } as MessageEvent<ReadFileResponse>);
    this.queue.length = 0;
  }
  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
  terminate(): void {}
}

describe('FileReaderClient', () => {
  it('reads in place where there are no workers', async () => {
    const r = await new FileReaderClient(null).read('a.txt', utf8('Fighting near Sumy.'), null);
    expect(r.articles).toEqual([{ id: 'a', text: 'Fighting near Sumy.', source: 'a.txt' }]);
  });

  it('matches answers to requests and transfers the bytes', async () => {
    const worker = new FakeWorker();
    let started = 0;
    const client = new FileReaderClient(() => {
      started++;
      return worker as unknown as Worker;
    });
    const a = client.read('a.txt', utf8('Kupyansk'), null);
    const b = client.read('b.jsonl', utf8('{"id":"x","text":"Sevsk"}\n{bad\n'), null);
    worker.answerAll();
    expect((await a).articles[0].text).toBe('Kupyansk');
    expect((await b).articles.map((x) => x.id)).toEqual(['x']);
    expect((await b).problems).toHaveLength(1);
    expect(started).toBe(1);
    expect(worker.transfers.every((t) => t.length === 1 && t[0] instanceof ArrayBuffer)).toBe(true);
  });

  it('reports each waiting file when the worker fails, and starts a new one after', async () => {
    const workers: FakeWorker[] = [];
    const client = new FileReaderClient(() => {
      workers.push(new FakeWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const a = client.read('a.txt', utf8('x'), null);
    workers[0].fail('out of memory');
    expect((await a).error).toBe(
      'a.txt: the file could not be read (out of memory); choose it again.',
    );
    const b = client.read('b.txt', utf8('Sumy'), null);
    workers[1].answerAll();
    expect((await b).articles[0].text).toBe('Sumy');
  });

  it('keeps an unreadable file as a message', () => {
    expect(readFileBytes({ name: 'e.txt', bytes: new Uint8Array(), forced: null }).error).toBe(
      'e.txt: the file is empty.',
    );
  });
});
