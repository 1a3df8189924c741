import { describe, expect, it } from 'vitest';
import { foldKey, isWordCode } from './fold-key.ts';

describe('foldKey', () => {
  it('lower-cases, strips Latin diacritics and maps special letters', () => {
    expect(foldKey('Mykolaïv')).toBe('mykolaiv');
    expect(foldKey('Łódź')).toBe('lodz');
    expect(foldKey('Ñandú')).toBe('nandu');
    expect(foldKey('Straße')).toBe('strasse');
    expect(foldKey('ÆØ')).toBe('aeo');
    expect(foldKey('İstanbul')).toBe('istanbul');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(foldKey('Kupyansk-Uzlovoy')).toBe('kupyansk uzlovoy');
    expect(foldKey('  Saint-Pétersbourg. ')).toBe('saint petersbourg');
    expect(foldKey('“Kyiv”')).toBe('kyiv');
    expect(foldKey('N.Y.')).toBe('n y');
    expect(foldKey('---')).toBe('');
    expect(foldKey('')).toBe('');
  });

  it('drops apostrophes', () => {
    expect(foldKey("Kramators'k")).toBe('kramatorsk');
    expect(foldKey('Kramators’k')).toBe('kramatorsk');
    expect(foldKey('Slovʼiansk')).toBe('sloviansk');
  });

  it('transliterates Russian-looking Cyrillic with the Russian table', () => {
    expect(foldKey('Москва')).toBe('moskva');
    expect(foldKey('Щёлково')).toBe('shchelkovo');
    expect(foldKey('Подъячево')).toBe('podyachevo');
    expect(foldKey('Красный Лиман')).toBe('krasnyy liman');
  });

  it('switches to the Ukrainian table when і ї є ґ occur, without word-initial forms', () => {
    expect(foldKey('Харків')).toBe('kharkiv');
    expect(foldKey('Київ')).toBe('kyiv');
    expect(foldKey('Запоріжжя')).toBe('zaporizhzhia');
    expect(foldKey('Кривий Ріг')).toBe('kryvyi rih');
    expect(foldKey('Єнакієве')).toBe('ienakiieve');
  });

  it('meets mixed-script spellings on one key', () => {
    expect(foldKey('Покровsk')).toBe('pokrovsk');
    expect(foldKey('Pokrovsk')).toBe(foldKey('Покровськ'));
  });

  it('treats lone surrogates as separators without throwing', () => {
    expect(foldKey('a\ud800b')).toBe('a b');
  });
});

describe('isWordCode', () => {
  it('is true for letters and digits foldKey keeps', () => {
    for (const c of ['a', 'Z', '5', 'я', 'é', 'Ł'])
      expect(isWordCode(c.charCodeAt(0)), c).toBe(true);
  });

  it('is false for spaces, punctuation, apostrophes, marks and surrogates', () => {
    for (const c of [' ', '-', "'", '’', '.', '\u0301', '\ud800']) {
      expect(isWordCode(c.charCodeAt(0)), JSON.stringify(c)).toBe(false);
    }
  });
});
