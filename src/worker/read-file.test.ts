import { describe, expect, it } from 'vitest';
import {
  FileReaderClient,
  PREVIEW_CHARS,
  readAddedFile,
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
    expect(r).toMatchObject({ count: 1, first: { text: 'Fighting near Sumy.', chars: 19 } });
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
    expect((await a).first?.text).toBe('Kupyansk');
    expect((await b).count).toBe(1);
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
    expect((await b).first?.text).toBe('Sumy');
  });

  it('keeps an unreadable file as a message', () => {
    expect(readFileBytes({ name: 'e.txt', bytes: new Uint8Array(), forced: null }).error).toBe(
      'e.txt: the file is empty.',
    );
  });
});

describe('readFileBytes / readAddedFile', () => {
  it('tells the page how many articles a file holds and how the first starts', () => {
    const long = 'Shelling was reported near Kupyansk. '.repeat(20);
    const jsonl = [long, 'Sumy', 'Sevsk']
      .map((text, i) => JSON.stringify({ id: `a${i}`, title: `T${i}`, text }))
      .join('\n');
    const r = readFileBytes({ name: 'c.jsonl', bytes: utf8(jsonl), forced: null });
    expect(r.count).toBe(3);
    expect(r.first).toEqual({
      title: 'T0',
      text: long.slice(0, PREVIEW_CHARS),
      chars: long.length,
    });
    expect(JSON.stringify(r)).not.toContain('Sevsk');
  });

  it('reads a file to add as the page read it, with the title, date and URL given', () => {
    const bytes = utf8('{"id":"x","text":"Sevsk"}\n{bad\n{"id":"y","text":"Sumy"}\n');
    expect(readAddedFile({ name: 'b.jsonl', bytes, forced: null })).toEqual([
      { id: 'x', text: 'Sevsk', source: 'b.jsonl:1' },
      { id: 'y', text: 'Sumy', source: 'b.jsonl:3' },
    ]);
    const meta = { title: 'Report', url: 'https://example.org/r' };
    expect(readAddedFile({ name: 'r.txt', bytes: utf8('Sumy.'), forced: null, meta })).toEqual([
      { id: 'r', text: 'Sumy.', source: 'r.txt', ...meta },
    ]);
    // Only a file of one article takes them.
    expect(readAddedFile({ name: 'b.jsonl', bytes, forced: null, meta })[0].title).toBeUndefined();
  });
});
