import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { csvCell } from './format-output.ts';

describe('parseCsv', () => {
  it('reads back what csvCell writes: commas, quotes, newlines, neutralised formulas', () => {
    const cells = ['plain', 'a,b', 'say "hi"', 'two\nlines', '=SUM(A1)', ''];
    const text = cells.map(csvCell).join(',') + '\n';
    expect(parseCsv(text)).toEqual([['plain', 'a,b', 'say "hi"', 'two\nlines', "'=SUM(A1)", '']]);
  });
});
