/// <reference lib="webworker" />
/**
 * Reads dropped or chosen files off the main thread: decoding a 40 MB JSONL and parsing its
 * lines takes a third of a second, which would freeze the page. The bytes come in and go back
 * out as transfers (no copies); the articles come back as data.
 */
import { readFileBytes, type ReadFileRequest, type ReadFileResponse } from './read-file.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<ReadFileRequest>) => {
  const response: ReadFileResponse = { id: e.data.id, ...readFileBytes(e.data) };
  self.postMessage(response, [response.bytes.buffer]);
};
