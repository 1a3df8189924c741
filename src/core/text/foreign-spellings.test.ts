import { describe, expect, it } from 'vitest';
import { foreignSpellings } from './foreign-spellings.ts';

describe('foreignSpellings', () => {
  it('rewrites German, Dutch and Polish romanisations into English-style keys', () => {
    expect(foreignSpellings('mykolajiw')).toEqual(['mykolayiv']);
    expect(foreignSpellings('lysytsjansk')).toEqual(['lysychansk']);
    expect(foreignSpellings('dniprodzerzjynsk')).toEqual(['dniprodzerzhynsk']);
    expect(foreignSpellings('szczastja')).toEqual(['shchastya']);
  });
  it('reads the ch of German and Polish as kh too', () => {
    expect(foreignSpellings('charkiw')).toEqual(['charkiv', 'kharkiv']);
  });
  it('leaves English-style keys alone', () => {
    expect(foreignSpellings('kharkiv')).toEqual([]);
    expect(foreignSpellings('pokrovsk')).toEqual([]);
  });
});
