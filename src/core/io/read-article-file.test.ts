import { describe, expect, it } from 'vitest';
import { readArticleFile } from './read-article-file.ts';
import { encodeWindows1251 } from './test-encodings.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readArticleFile', () => {
  it('reads .txt and .md as one article named after the file', () => {
    expect(readArticleFile(utf8('Shelling near Kharkiv.'), 'notes/report.txt')).toEqual({
      articles: [{ id: 'report', text: 'Shelling near Kharkiv.', source: 'report.txt' }],
      problems: [],
      encoding: 'utf-8',
      guessed: false,
    });
    expect(readArticleFile(utf8('# Title\nText'), 'a.MD').articles[0].id).toBe('a');
  });

  it('extracts the text and title of HTML without its scripts', () => {
    const html =
      '<html><head><title>Front &amp; rear</title><script>alert(1)</script></head><body><p>Fighting near <b>Pokrovsk</b>.</p><img src=x onerror=alert(2)></body></html>';
    const { articles } = readArticleFile(utf8(html), 'page.html');
    expect(articles).toEqual([
      { id: 'page', text: 'Fighting near Pokrovsk .', title: 'Front & rear', source: 'page.html' },
    ]);
  });

  it('reads JSONL line by line, listing broken lines with their numbers', () => {
    const jsonl = [
      '{"id":"a","text":"One","title":"T","date":"2024-01-02","url":"https://x.org/a"}',
      '{"id":"b","text":',
      '',
      '["not an object"]',
      '{"id":"c","text":"  "}',
      '{"id":"d","text":"Two"}',
    ].join('\n');
    const r = readArticleFile(utf8(jsonl), 'corpus.jsonl');
    expect(r.articles.map((a) => [a.id, a.source])).toEqual([
      ['a', 'corpus.jsonl:1'],
      ['d', 'corpus.jsonl:6'],
    ]);
    expect(r.articles[0]).toMatchObject({ title: 'T', date: '2024-01-02', url: 'https://x.org/a' });
    expect(r.problems.map((p) => p.line)).toEqual([2, 4, 5]);
    expect(r.problems[0].message).toMatch(/not valid JSON/);
    expect(r.problems[2].message).toBe('"text" is empty');
  });

  it('guesses Windows-1251 and lets the user override the encoding', () => {
    const bytes = encodeWindows1251('Бои под Покровском в Донецкой области.');
    const guessed = readArticleFile(bytes, 'cp.txt');
    expect(guessed).toMatchObject({ encoding: 'windows-1251', guessed: true });
    expect(guessed.articles[0].text).toBe('Бои под Покровском в Донецкой области.');
    expect(readArticleFile(bytes, 'cp.txt', 'utf-8')).toMatchObject({ encoding: 'utf-8' });
  });

  it('refuses what it cannot read, naming the file and the problem', () => {
    expect(() => readArticleFile(utf8('x'), 'photo.png')).toThrow(
      'photo.png: unsupported file type ".png"; use .txt, .md, .html or .jsonl.',
    );
    expect(() => readArticleFile(new Uint8Array(), 'empty.txt')).toThrow(
      'empty.txt: the file is empty.',
    );
    expect(() => readArticleFile(utf8(' \n\t '), 'blank.txt')).toThrow(/only white space/);
    expect(() => readArticleFile(utf8('<script>x()</script>'), 'p.html')).toThrow(
      /no article text/,
    );
    expect(() => readArticleFile(utf8('\n\n'), 'n.jsonl')).toThrow(/no lines with articles/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => readArticleFile(png, 'image.txt')).toThrow(/binary file/);
  });
});
