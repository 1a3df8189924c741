import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

/** The sentence texts, for readable expectations. */
function texts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

/** Checks the structural contract: order, indices, trimmed ends, full coverage. */
function checkInvariants(text: string): void {
  const sentences = splitSentences(text);
  let covered = 0;
  let prevEnd = 0;
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(/\s/.test(text[s.start])).toBe(false);
    expect(/\s/.test(text[s.end - 1])).toBe(false);
    // Only whitespace between sentences.
    expect(/\S/.test(text.slice(prevEnd, s.start))).toBe(false);
    covered += text.slice(s.start, s.end).replace(/\s/g, '').length;
    prevEnd = s.end;
  });
  expect(/\S/.test(text.slice(prevEnd))).toBe(false);
  expect(covered).toBe(text.replace(/\s/g, '').length);
}

describe('splitSentences', () => {
  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\r\n  ')).toEqual([]);
  });

  it('gives exact offsets without surrounding whitespace', () => {
    const text = '  Gen. Smith arrived.  Kyiv said no.\n\nTitle  ';
    expect(splitSentences(text)).toEqual([
      { index: 0, start: 2, end: 21 },
      { index: 1, start: 23, end: 36 },
      { index: 2, start: 38, end: 43 },
    ]);
  });

  it('splits after . ! ? and runs of them before a capital', () => {
    expect(texts('It fell. Troops left! Why? Nobody knows?! Maybe.')).toEqual([
      'It fell.',
      'Troops left!',
      'Why?',
      'Nobody knows?!',
      'Maybe.',
    ]);
  });

  it('splits before a digit or an opening quote', () => {
    expect(
      texts('It fell. 20 died. "We left," he said. ‘No,’ she said. «Da.» (Aside.) [Note.]'),
    ).toEqual([
      'It fell.',
      '20 died.',
      '"We left," he said.',
      '‘No,’ she said.',
      '«Da.»',
      '(Aside.)',
      '[Note.]',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence', () => {
    expect(texts('He said "go." Then left. She wrote ‘stop.’ They did (mostly.) Done.')).toEqual([
      'He said "go."',
      'Then left.',
      'She wrote ‘stop.’',
      'They did (mostly.)',
      'Done.',
    ]);
  });

  it('ends a sentence at an ellipsis followed by a capital, also inside quotes', () => {
    expect(
      texts('He waited... Nothing came. "We will see…" Then silence. It was over...’ Next'),
    ).toEqual([
      'He waited...',
      'Nothing came.',
      '"We will see…"',
      'Then silence.',
      'It was over...’',
      'Next',
    ]);
  });

  it('does not split at an ellipsis or a quoted period followed by a lower-case word', () => {
    expect(texts('He waited... and waited. "Stop." he said. “Go!” she shouted.')).toEqual([
      'He waited... and waited.',
      '"Stop." he said.',
      '“Go!” she shouted.',
    ]);
  });

  it('does not split after titles and other abbreviations', () => {
    for (const abbr of [
      'Mr.',
      'Mrs.',
      'Ms.',
      'Dr.',
      'Gen.',
      'Lt.',
      'Col.',
      'Maj.',
      'Capt.',
      'Sgt.',
      'Adm.',
      'Gov.',
      'Sen.',
      'Rep.',
      'Pres.',
      'Prof.',
      'St.',
      'Mt.',
      'Ft.',
      'vs.',
      'e.g.',
      'i.e.',
      'approx.',
      'Jan.',
      'Feb.',
      'Aug.',
      'Sept.',
      'Oct.',
      'Nov.',
      'Dec.',
    ]) {
      expect(texts(`He met ${abbr} Smith there. Then left.`), abbr).toEqual([
        `He met ${abbr} Smith there.`,
        'Then left.',
      ]);
    }
    expect(texts('Smith Jr. And Smith Sr. Were there.')).toEqual([
      'Smith Jr. And Smith Sr. Were there.',
    ]);
    expect(texts('It happened on Aug. 24. The war began.')).toEqual([
      'It happened on Aug. 24.',
      'The war began.',
    ]);
    expect(texts('Attacks rose approx. 30 percent.')).toEqual(['Attacks rose approx. 30 percent.']);
  });

  it('treats No. as an abbreviation only before a number', () => {
    expect(texts('Brigade No. 5 advanced. She said No. Then left.')).toEqual([
      'Brigade No. 5 advanced.',
      'She said No.',
      'Then left.',
    ]);
  });

  it('does not split after initials', () => {
    expect(texts('J. R. Smith met Vladimir V. Putin. Then A. B. Jones spoke.')).toEqual([
      'J. R. Smith met Vladimir V. Putin.',
      'Then A. B. Jones spoke.',
    ]);
  });

  it('keeps U.S., U.K., U.N., E.U., a.m. and p.m. inside a sentence unless a sentence starter follows', () => {
    expect(texts('The U.S. Army and U.K. Navy met U.N. Envoys and E.U. Officials.')).toEqual([
      'The U.S. Army and U.K. Navy met U.N. Envoys and E.U. Officials.',
    ]);
    expect(texts('At 5 a.m. Kyiv time and 3 p.m. Moscow time.')).toEqual([
      'At 5 a.m. Kyiv time and 3 p.m. Moscow time.',
    ]);
    expect(texts('Aid came from the U.S. The E.U. Followed.')).toEqual([
      'Aid came from the U.S.',
      'The E.U. Followed.',
    ]);
    expect(texts('It started at 5 a.m. The shelling lasted hours, etc. It ended.')).toEqual([
      'It started at 5 a.m.',
      'The shelling lasted hours, etc.',
      'It ended.',
    ]);
  });

  it('does not split inside decimal numbers or other tokens without a following space', () => {
    expect(texts('Inflation hit 3.5 percent. Prices rose 12.75%. See example.com.Ok')).toEqual([
      'Inflation hit 3.5 percent.',
      'Prices rose 12.75%.',
      'See example.com.Ok',
    ]);
  });

  it('splits after an ordinary word or year before a capital', () => {
    expect(texts('It began in 2022. The war goes on. It is big. It works.')).toEqual([
      'It began in 2022.',
      'The war goes on.',
      'It is big.',
      'It works.',
    ]);
  });

  it('keeps a list marker with its item', () => {
    expect(texts('1. The first point. 2. The second.')).toEqual([
      '1. The first point.',
      '2. The second.',
    ]);
  });

  it('ends a sentence at every line break (paragraph per line, titles without periods)', () => {
    expect(
      texts('Russian forces shell Kharkiv\nThe city was hit overnight. Two died\r\nMore later'),
    ).toEqual([
      'Russian forces shell Kharkiv',
      'The city was hit overnight.',
      'Two died',
      'More later',
    ]);
    expect(texts('a\u2028b\u2029c\r')).toEqual(['a', 'b', 'c']);
    expect(texts('First.\n\n\nSecond.')).toEqual(['First.', 'Second.']);
  });

  it('does not split before a lower-case word or other non-starting characters', () => {
    expect(texts('Forces left. and came back. - then more. ...and so on.')).toEqual([
      'Forces left. and came back. - then more. ...and so on.',
    ]);
  });

  it('handles non-Latin scripts', () => {
    expect(texts('Війська відійшли. Місто вистояло! Що далі? Невідомо.')).toEqual([
      'Війська відійшли.',
      'Місто вистояло!',
      'Що далі?',
      'Невідомо.',
    ]);
    expect(texts('戦闘が続いた。 東京')).toEqual(['戦闘が続いた。', '東京']);
  });

  it('does not throw on lone surrogates and control characters', () => {
    const text = 'Bad \ud800 char. \udc00Next \u0000 one.\u0007 \ud835\udc00 bold. End';
    expect(() => splitSentences(text)).not.toThrow();
    checkInvariants(text);
    expect(texts('word. \ud800b')).toEqual(['word. \ud800b']);
    expect(texts('word. \ud835\udc00b')).toEqual(['word.', '\ud835\udc00b']);
  });

  it('keeps the coverage invariants on varied text', () => {
    const samples = [
      'Gen. Smith arrived.  Kyiv said no.\n\nTitle  ',
      '...',
      ' . . . ',
      '?! ?! A',
      '"\'"\'.” ) ] A. B',
      'Mr. Mr. Mr. A. B. C. D.',
      '\n \n a \n',
      'x'.repeat(50) + '. ' + 'Y'.repeat(50),
    ];
    for (const s of samples) checkInvariants(s);
  });

  it('keeps the coverage invariants on random text', () => {
    const alphabet = [
      'a',
      'B',
      ' ',
      ' ',
      '.',
      '!',
      '?',
      '…',
      '"',
      '’',
      ')',
      '\n',
      '\r',
      '3',
      'Mr',
      'U.S',
      '\u00a0',
      'Я',
    ];
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let t = 0; t < 300; t++) {
      let s = '';
      const len = rand(60);
      for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
      checkInvariants(s);
    }
  });

  it('is linear on a 2 MB single paragraph', () => {
    const unit =
      'Gen. Smith met Vladimir V. Putin in the U.S. on Jan. 5 at 3.5 p.m. Then he left... and Kyiv said no! ';
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const t0 = performance.now();
    const sentences = splitSentences(text);
    const ms = performance.now() - t0;
    expect(sentences.length).toBe(2 * Math.ceil(2_000_000 / unit.length));
    expect(ms).toBeLessThan(1500);
  });

  it('is linear on 1 MB of one repeated character', () => {
    for (const ch of ['a', '.', ' ', '\n', 'A', '?']) {
      const text = ch.repeat(1_000_000);
      const t0 = performance.now();
      const sentences = splitSentences(text);
      expect(performance.now() - t0, JSON.stringify(ch)).toBeLessThan(1000);
      if (/\S/.test(ch)) expect(sentences.length).toBe(1);
    }
  });

  it('is linear on 1 MB of alternating dots and spaces or initials', () => {
    for (const unit of ['. ', 'A. ', 'a. B', '... ', 'Mr. ']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = performance.now();
      splitSentences(text);
      expect(performance.now() - t0, unit).toBeLessThan(1500);
    }
  });
});
