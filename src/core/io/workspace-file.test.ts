import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseWorkspace,
  serializeWorkspace,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  WorkspaceFileError,
  type Workspace,
} from './workspace-file.ts';

const WS: Workspace = {
  articles: [
    {
      id: '003_6b3a87b4a55c3f04',
      origin: 'sample',
      text: 'Troops left SevSk in the DPR.',
      source: 'data/articles/003_6b3a87b4a55c3f04.txt',
      corrections: [{ start: 12, end: 17, placeId: 707753, text: 'SevSk', placeName: 'Siversk' }],
    },
    {
      id: '<img src=x onerror=alert(1)>',
      origin: 'user',
      text: '=HYPERLINK("http://x") near Kyiv\u0000\ud800',
      title: '<script>alert(1)</script>',
      date: '2024-05-01',
      url: 'javascript:alert(1)',
      corrections: [
        {
          start: 1,
          end: 10,
          placeId: null,
          text: 'HYPERLINK',
          placeName: null,
          point: { lat: -33.5, lon: -70.25 },
          tagged: true,
        },
        { start: 28, end: 32, placeId: null, text: 'Kyiv', placeName: null },
      ],
    },
  ],
  reviews: [
    {
      key: '["003_6b3a87b4a55c3f04",12,17,"in-region","the DPR"]',
      articleId: '003_6b3a87b4a55c3f04',
      status: 'dismissed',
      note: 'Checked with the author: <b>typo</b>.',
      updatedAt: '2024-06-01T10:00:00.000Z',
      label: 'SevSk: in region Donetsk Oblast',
    },
  ],
};

function errorOf(text: string): string {
  try {
    parseWorkspace(text, 'ws.json');
  } catch (e) {
    expect(e).toBeInstanceOf(WorkspaceFileError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('workspace file', () => {
  it('round-trips: parse(serialize(ws)) reproduces the workspace exactly', () => {
    const text = serializeWorkspace(WS, new Date('2024-06-02T00:00:00Z'));
    const doc = JSON.parse(text);
    expect(doc.format).toBe(WORKSPACE_FORMAT);
    expect(doc.version).toBe(WORKSPACE_VERSION);
    expect(doc.exportedAt).toBe('2024-06-02T00:00:00.000Z');
    expect(parseWorkspace(text, 'ws.json')).toEqual(WS);
    // And again: an export of an import is the same file.
    expect(serializeWorkspace(parseWorkspace(text, 'ws.json'), new Date('2024-06-02'))).toBe(text);
  });

  it('round-trips any article text, metadata and note (property)', () => {
    const article = fc.record({
      text: fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
      title: fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
      url: fc.option(fc.string({ unit: 'binary' }), { nil: undefined }),
      note: fc.string({ unit: 'binary' }),
    });
    fc.assert(
      fc.property(fc.array(article, { maxLength: 5 }), (list) => {
        const ws: Workspace = {
          articles: list.map((a, i) => ({
            id: `a${i}`,
            origin: 'user',
            text: a.text,
            ...(a.title !== undefined ? { title: a.title } : {}),
            ...(a.url !== undefined ? { url: a.url } : {}),
            corrections: [
              { start: 0, end: a.text.length, placeId: null, text: a.text, placeName: null },
            ],
          })),
          reviews: list.map((a, i) => ({
            key: `k${i}`,
            articleId: `a${i}`,
            status: 'reviewed',
            note: a.note,
            updatedAt: '2024-01-01T00:00:00.000Z',
            label: a.note,
          })),
        };
        expect(parseWorkspace(serializeWorkspace(ws), 'p.json')).toEqual(ws);
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('refuses a file from a future version, saying so', () => {
    const doc = JSON.parse(serializeWorkspace(WS));
    doc.version = WORKSPACE_VERSION + 1;
    expect(errorOf(JSON.stringify(doc))).toBe(
      `ws.json: made by a newer version of Claim map (workspace format version ${WORKSPACE_VERSION + 1}; this app reads version ${WORKSPACE_VERSION}). Update the app to open it.`,
    );
  });

  it('refuses corrupted files, naming the field', () => {
    const good = serializeWorkspace(WS);
    expect(errorOf('')).toBe('ws.json: the file is empty.');
    expect(errorOf(good.slice(0, good.length / 2))).toMatch(/^ws\.json: not a valid JSON file/);
    expect(errorOf('{"articles":[]}')).toMatch(/not a Claim map workspace export/);
    type Doc = {
      version?: unknown;
      articles: { id: unknown; text: unknown; corrections: { end: unknown }[] }[];
      reviews: { status: unknown; articleId: unknown }[];
    };
    const edit = (f: (d: Doc) => void) => {
      const d = JSON.parse(good);
      f(d);
      return errorOf(JSON.stringify(d));
    };
    expect(edit((d) => (d.articles[1].text = 5))).toBe(
      'ws.json: articles[1].text: missing or not a string.',
    );
    expect(edit((d) => (d.articles[0].corrections[0].end = 999))).toMatch(
      /^ws\.json: articles\[0\]\.corrections\[0\]\.end: not a whole number after "start" and within the text/,
    );
    expect(edit((d) => (d.articles[1].id = d.articles[0].id))).toMatch(/appears twice/);
    expect(edit((d) => (d.reviews[0].status = 'maybe'))).toMatch(/reviews\[0\]\.status/);
    expect(edit((d) => (d.reviews[0].articleId = 'gone'))).toMatch(/no article "gone"/);
    expect(edit((d) => delete d.version)).toBe('ws.json: version: missing or not a whole number.');
  });

  it('refuses tagged places and points that do not fit the article', () => {
    const good = serializeWorkspace(WS);
    type Tag = { start: number; text: string; point?: unknown; placeId: unknown; tagged: unknown };
    const edit = (f: (c: Tag) => void) => {
      const d = JSON.parse(good);
      f(d.articles[1].corrections[0]);
      return errorOf(JSON.stringify(d));
    };
    expect(edit((c) => (c.text = 'HYPERLINX'))).toBe(
      'ws.json: articles[1].corrections[0].text: the article reads "HYPERLINK" at characters 1-10, not "HYPERLINX".',
    );
    expect(edit((c) => (c.start = 2))).toMatch(/reads "YPERLINK" at characters 2-10/);
    expect(edit((c) => (c.point = { lat: 95, lon: 0 }))).toMatch(
      /corrections\[0\]\.point: must be/,
    );
    expect(edit((c) => (c.point = { lat: '1', lon: 0 }))).toMatch(/\.point: must be/);
    expect(edit((c) => (c.placeId = 5))).toMatch(/a point with a place id/);
    expect(edit((c) => delete c.point)).toMatch(/needs a place id or a point/);
    expect(edit((c) => (c.tagged = 'yes'))).toMatch(/tagged: must be true/);
  });
});
