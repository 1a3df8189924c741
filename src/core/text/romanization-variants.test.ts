import { describe, expect, it } from 'vitest';
import { isGeneratedVariantOf, romanizationVariants } from './romanization-variants.ts';

/** [Ukrainian-style key, Russian-style key]: each must generate the other. */
const REQUIRED: [string, string][] = [
  ['kurylivka', 'kurilovka'],
  ['myropillia', 'miropolye'],
  ['kupiansk', 'kupyansk'],
  ['vovchansk', 'volchansk'],
  ['kupiansk vuzlovyi', 'kupyansk uzlovoy'],
  ['sievierodonetsk', 'severodonetsk'],
  ['myrnohrad', 'mirnograd'],
  ['kindrativka', 'kondratovka'],
  ['siversk', 'seversk'],
  ['kharkiv', 'kharkov'],
];

describe('romanizationVariants', () => {
  it.each(REQUIRED)('%s -> %s', (uk, ru) => {
    expect(romanizationVariants(uk)).toContain(ru);
  });

  it.each(REQUIRED)('%s <- %s (reverse)', (uk, ru) => {
    expect(romanizationVariants(ru)).toContain(uk);
  });

  it('ranks the systematic counterpart first where there is one', () => {
    expect(romanizationVariants('kharkiv')[0]).toBe('kharkov');
    expect(romanizationVariants('kharkov')[0]).toBe('kharkiv');
    expect(romanizationVariants('kurylivka')[0]).toBe('kurilovka');
    expect(romanizationVariants('kurilovka')[0]).toBe('kurylivka');
    expect(romanizationVariants('myrnohrad')[0]).toBe('mirnograd');
    expect(romanizationVariants('sievierodonetsk')[0]).toBe('severodonetsk');
    expect(romanizationVariants('kupiansk')[0]).toBe('kupyansk');
    expect(romanizationVariants('vovchansk')[0]).toBe('volchansk');
    expect(romanizationVariants('myropillia')[0]).toBe('miropolye');
    expect(romanizationVariants('kupiansk vuzlovyi').slice(0, 2)).toContain('kupyansk uzlovoy');
  });

  describe('rules, one example each', () => {
    const cases: [string, string, string][] = [
      ['-ivka -> -ovka', 'pokrovka', 'pokrivka'],
      ['-ivka -> -evka', 'andriivka', 'andreyevka'],
      ['-ivka -> -evka (plain)', 'hryhorivka', 'grigorevka'],
      ['final iv -> ov', 'lviv', 'lvov'],
      ['pre-consonant iv -> ov', 'kharkivskyi', 'kharkovskiy'],
      ['-yiv -> -iev', 'kyiv', 'kiev'],
      ['-aiv -> -ayev', 'mykolaiv', 'mykolayev'],
      ['i -> o in a closed syllable', 'myropil', 'miropol'],
      ['i -> e', 'dnipro', 'dnepro'],
      ['h -> g', 'vuhledar', 'ugledar'],
      ['h -> g twice', 'chernihiv', 'chernigov'],
      ['zgh -> zg', 'zghurivka', 'zgurovka'],
      ['y -> i', 'lyman', 'liman'],
      ['-yi -> -yy', 'kryvyi rih', 'krivyy rig'],
      ['-yi -> -oy', 'kryvyi rih', 'krivoy rog'],
      ['-skyi -> -skiy', 'pervomaiskyi', 'pervomayskiy'],
      ['ie -> e', 'dnipropetrovsk', 'dnepropetrovsk'],
      ['iie -> iye', 'yenakiieve', 'yenakiyevo'],
      ['ia -> ya', 'kostiantynivka', 'kostyantinovka'],
      ['iu -> yu', 'izium', 'izyum'],
      ['final ia -> ye', 'shchastia', 'shchastye'],
      ['doubled consonant + ia -> ye', 'zaporizhzhia', 'zaporozhye'],
      ['doubled consonant -> single', 'zaporizhzhia', 'zaporizhia'],
      ['-ske -> -skoye', 'slovianske', 'slovyanskoye'],
      ['-ske -> -skoe', 'slovianske', 'slovyanskoe'],
      ['-ske -> -skoje', 'slovianske', 'slovyanskoje'],
      ['-ska -> -skaya', 'oleksandrivska', 'oleksandrovskaya'],
      ['-nna -> -nnaya', 'kreminna', 'kremennaya'],
      ['-ne -> -noye', 'pivdenne', 'pivdennoye'],
      ['-ove -> -ovo', 'ivanove', 'ivanovo'],
      ['-illia -> -olie', 'myropillia', 'miropolie'],
      ['prothetic v before u', 'vuzlove', 'uzlovoye'],
      ['prothetic v before o (low)', 'vozdvyzhenka', 'ozdvyzhenka'],
      ['v -> l before ch', 'vovchansk', 'volchansk'],
      ['ts -> tz', 'donetsk', 'donetzk'],
      ['shch -> sch', 'shchastia', 'schastia'],
      ['kh -> h (low)', 'kharkiv', 'harkov'],
      ['-iivka -> -eyevka', 'avdiivka', 'avdeyevka'],
      ['initial ie -> ye (foldKey of Є)', 'ienakiieve', 'yenakiyevo'],
      ['vowel + i -> y', 'pervomaiskyi', 'pervomayskyi'],
    ];
    it.each(cases)('%s: %s -> %s', (_rule, from, to) => {
      expect(romanizationVariants(from)).toContain(to);
    });

    const reverse: [string, string, string][] = [
      ['-ovka -> -ivka', 'pokrovka', 'pokrivka'],
      ['-evka -> -ivka', 'grigorevka', 'grigorivka'],
      ['-ov -> -iv', 'lvov', 'lviv'],
      ['-iev -> -yiv', 'kiev', 'kyiv'],
      ['-ayev -> -aiv', 'nikolayev', 'nikolaiv'],
      ['o -> i in a closed syllable', 'miropol', 'myropil'],
      ['e -> i', 'dnepr', 'dnipr'],
      ['g -> h', 'ugledar', 'uhledar'],
      ['zg -> zgh', 'zgurovka', 'zghurivka'],
      ['i -> y', 'liman', 'lyman'],
      ['-oy -> -yi', 'krivoy rog', 'kryvyi rih'],
      ['-iy -> -yi', 'pervomayskiy', 'pervomaiskyi'],
      ['-yy -> -yi', 'krasnyy liman', 'krasnyi lyman'],
      ['ya -> ia', 'kostyantinovka', 'kostiantynivka'],
      ['yu -> iu', 'izyum', 'izium'],
      ['ye -> ie', 'yenakiyevo', 'yenakiieve'],
      ['consonant + final ye -> doubled + ia', 'zaporozhye', 'zaporizhzhia'],
      ['-skoye -> -ske', 'slavyanskoye', 'slavianske'],
      ['-skoe -> -ske', 'slavyanskoe', 'slavianske'],
      ['-aya -> -a', 'kremennaya', 'kremenna'],
      ['-noye -> -ne', 'yuzhnoye', 'yuzhne'],
      ['-ovo -> -ove', 'ivanovo', 'ivanove'],
      ['-olye -> -illia', 'podolye', 'podillia'],
      ['-olye -> -illya', 'miropolye', 'myropillya'],
      ['u -> vu', 'ugledar', 'vuhledar'],
      ['lch -> vch', 'volchansk', 'vovchansk'],
      ['tz -> ts', 'donetzk', 'donetsk'],
      ['sch -> shch', 'schastye', 'shchastia'],
      ['h -> kh (low)', 'harkov', 'kharkiv'],
      ['-eyevka -> -iivka', 'avdeyevka', 'avdiivka'],
    ];
    it.each(reverse)('%s: %s -> %s', (_rule, from, to) => {
      expect(romanizationVariants(from)).toContain(to);
    });
  });

  it('does not treat the h of kh, zh, sh, ch as Ukrainian h', () => {
    for (const v of romanizationVariants('kharkiv', 100)) expect(v.startsWith('kg')).toBe(false);
    for (const v of romanizationVariants('zhytomyr', 100)) expect(v).not.toMatch(/zg/);
    for (const v of romanizationVariants('shostka', 100)) expect(v).not.toMatch(/sg/);
    for (const v of romanizationVariants('chernihiv', 100)) expect(v).not.toMatch(/cg/);
    for (const v of romanizationVariants('vyshhorod', 100)) expect(v).not.toMatch(/sg/);
    expect(romanizationVariants('vyshhorod')).toContain('vyshgorod');
  });

  it('strips a prothetic v only before u or o and keeps vovchansk first as volchansk', () => {
    const v = romanizationVariants('vovchansk');
    expect(v[0]).toBe('volchansk');
    expect(v.indexOf('ovchansk')).toBeGreaterThan(0);
    expect(romanizationVariants('vinnytsia', 100).some((x) => x.startsWith('in'))).toBe(false);
  });

  it('leaves -ka endings alone', () => {
    for (const v of romanizationVariants('horlivka', 100)) expect(v.endsWith('ka')).toBe(true);
    for (const v of romanizationVariants('bucha', 100)) expect(v.endsWith('a')).toBe(true);
  });

  it('offers the other Russian adjectival spellings and single/double consonants', () => {
    expect(romanizationVariants('uzlovoy')).toContain('uzlovyy');
    expect(romanizationVariants('uzlovyy')).toContain('uzlovoy');
    expect(romanizationVariants('vuzlovyi')).toContain('uzlovyy');
    expect(romanizationVariants('zaporizhia')).toContain('zaporizhzhia');
    expect(romanizationVariants('zaporizhzhia')).toContain('zaporizhia');
    expect(romanizationVariants('severodonnetsk')).toContain('severodonetsk');
  });

  it('combines rules across the words of a key consistently', () => {
    expect(romanizationVariants('kryvyi rih')).toContain('krivoy rog');
    expect(romanizationVariants('krivoy rog')).toContain('kryvyi rih');
    expect(romanizationVariants('velyka novosilka')).toContain('velika novoselka');
  });

  it('excludes the input, deduplicates and returns folded keys', () => {
    for (const key of ['kharkiv', 'kupiansk vuzlovyi', 'severodonetsk', 'yy', 'sumy', 'a b']) {
      const v = romanizationVariants(key, 100);
      expect(v).not.toContain(key);
      expect(new Set(v).size).toBe(v.length);
      for (const x of v) expect(x).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
    }
  });

  it('respects the limit and is deterministic', () => {
    expect(romanizationVariants('sievierodonetsk', 3)).toHaveLength(3);
    expect(romanizationVariants('sievierodonetsk', 0)).toEqual([]);
    expect(romanizationVariants('kupiansk vuzlovyi').length).toBeLessThanOrEqual(24);
    expect(romanizationVariants('kupiansk vuzlovyi')).toEqual(
      romanizationVariants('kupiansk vuzlovyi'),
    );
    expect(romanizationVariants('sievierodonetsk', 5)).toEqual(
      romanizationVariants('sievierodonetsk', 24).slice(0, 5),
    );
  });

  it('returns few or no variants where no rule applies', () => {
    expect(romanizationVariants('')).toEqual([]);
    expect(romanizationVariants('bucha')).toEqual([]);
    expect(romanizationVariants('sumy')).toEqual(['sumi']);
    expect(romanizationVariants('123')).toEqual([]);
  });

  it('stays bounded on long keys (speed is measured by npm run bench, not here)', () => {
    const long = 'kurylivka sievierodonetsk myropillia '.repeat(20).trim();
    const v = romanizationVariants(long);
    expect(v).toHaveLength(24);
    expect(new Set(v).size).toBe(24);
    for (const x of v) expect(x.split(' ')).toHaveLength(60);
  });
});

describe('isGeneratedVariantOf', () => {
  it('is true for generated variants and false otherwise', () => {
    expect(isGeneratedVariantOf('kharkov', 'kharkiv')).toBe(true);
    expect(isGeneratedVariantOf('kurylivka', 'kurilovka')).toBe(true);
    expect(isGeneratedVariantOf('kharkiv', 'kharkiv')).toBe(false);
    expect(isGeneratedVariantOf('kyiv', 'kharkiv')).toBe(false);
  });
});
