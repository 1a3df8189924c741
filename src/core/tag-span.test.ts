import { describe, expect, it } from 'vitest';
import { MAX_TAG_CHARS, tagTextProblem, trimSelection } from './tag-span.ts';

describe('a selection to tag', () => {
  it('loses the spaces, quotes and punctuation a drag takes along', () => {
    const text = 'Shelling hit “Storm Hill”. Then Kupiansk, again.';
    expect(trimSelection(text, 12, 27)).toEqual({ start: 14, end: 24 });
    expect(text.slice(14, 24)).toBe('Storm Hill');
    expect(trimSelection(text, 31, 41)).toEqual({ start: 32, end: 40 });
    expect(trimSelection(text, 25, 27)).toBeNull();
    // Hyphens and apostrophes inside a name stay.
    expect(trimSelection("in Kam'yanka-Dniprovska.", 3, 24)).toEqual({ start: 3, end: 23 });
  });

  it('is a place name only when short, on one line and not blank', () => {
    expect(tagTextProblem('Storm Hill')).toBeNull();
    expect(tagTextProblem('   ')).toMatch(/blank/);
    expect(tagTextProblem(' Storm')).toMatch(/starts or ends with a space/);
    expect(tagTextProblem('Storm\nHill')).toMatch(/a passage/);
    expect(tagTextProblem('x'.repeat(MAX_TAG_CHARS))).toBeNull();
    expect(tagTextProblem('x'.repeat(MAX_TAG_CHARS + 1))).toMatch(/a passage/);
  });
});
