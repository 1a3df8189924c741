import { describe, expect, it } from 'vitest';
import { detectCyrillicLanguage, transliterate, type TranslitScheme } from './transliterate.ts';
import { foldKey } from './fold-key.ts';

function check(scheme: TranslitScheme, cases: [string, string][]): void {
  for (const [input, expected] of cases) expect(transliterate(input, scheme), input).toBe(expected);
}

describe('transliterate: bgn-pcgn-ru', () => {
  it('romanises Russian names', () => {
    check('bgn-pcgn-ru', [
      ['Москва', 'Moskva'],
      ['Белгород', 'Belgorod'],
      ['Воронеж', 'Voronezh'],
      ['Харьков', "Khar'kov"],
      ['Щёлково', 'Shchelkovo'],
      ['Цимлянск', 'Tsimlyansk'],
      ['Чусовой', 'Chusovoy'],
      ['Купянск', 'Kupyansk'],
      ['Северодонецк', 'Severodonetsk'],
      ['Шахты', 'Shakhty'],
      ['Элиста', 'Elista'],
      ['Юрга', 'Yurga'],
    ]);
  });

  it('writes е (and ё without diaeresis) as ye initially and after vowels, й, ъ, ь', () => {
    check('bgn-pcgn-ru', [
      ['Елец', 'Yelets'],
      ['Ёлкино', 'Yelkino'],
      ['Орёл', 'Orel'],
      ['Киев', 'Kiyev'],
      ['Николаев', 'Nikolayev'],
      ['Юрьев', "Yur'yev"],
      ['Объезд', 'Ob"yezd'],
      ['Айеро', 'Ayyero'],
      ['Енакиево', 'Yenakiyevo'],
    ]);
  });

  it('writes ы and й as y, ъ and ь as " and \'', () => {
    check('bgn-pcgn-ru', [
      ['Красный Лиман', 'Krasnyy Liman'],
      ['Подъячево', 'Pod"yachevo'],
      ['Тверь', "Tver'"],
      ['Узловой', 'Uzlovoy'],
    ]);
  });

  it('has fallbacks for Ukrainian and Belarusian letters', () => {
    check('bgn-pcgn-ru', [
      ['Київ', 'Kiyiv'],
      ['Ґава', 'Gava'],
      ['Єва', 'Yeva'],
      ['Магілёў', 'Magilew'],
    ]);
  });
});

describe('transliterate: bgn-pcgn-uk', () => {
  it('romanises Ukrainian names (BGN/PCGN 1965)', () => {
    check('bgn-pcgn-uk', [
      ['Харків', 'Kharkiv'],
      ['Київ', 'Kyyiv'],
      ['Миколаїв', 'Mykolayiv'],
      ['Запоріжжя', 'Zaporizhzhya'],
      ['Чернігів', 'Chernihiv'],
      ['Гуляйполе', 'Hulyaypole'],
      ['Єнакієве', 'Yenakiyeve'],
      ['Ґалаґан', 'Galagan'],
      ['Щастя', 'Shchastya'],
      ['Юріївка', 'Yuriyivka'],
    ]);
  });

  it("writes ь as ' and keeps the source apostrophe", () => {
    check('bgn-pcgn-uk', [
      ['Краматорськ', "Kramators'k"],
      ["Слов'янськ", "Slov'yans'k"],
      ['Куп’янськ', "Kup’yans'k"],
    ]);
    expect(foldKey(transliterate('Куп’янськ', 'bgn-pcgn-uk'))).toBe('kupyansk');
  });
});

describe('transliterate: ua-national', () => {
  // Examples from the 2010 resolution's table.
  it('romanises Ukrainian names (national 2010)', () => {
    check('ua-national', [
      ['Харків', 'Kharkiv'],
      ['Київ', 'Kyiv'],
      ['Запоріжжя', 'Zaporizhzhia'],
      ['Алушта', 'Alushta'],
      ['Борщагівка', 'Borshchahivka'],
      ['Вінниця', 'Vinnytsia'],
      ['Житомир', 'Zhytomyr'],
      ['Знам’янка', 'Znamianka'],
      ['Гайворон', 'Haivoron'],
      ['Стрий', 'Stryi'],
      ['Олексій', 'Oleksii'],
      ['Кадиївка', 'Kadyivka'],
      ['Марія', 'Mariia'],
      ['Костянтин', 'Kostiantyn'],
      ['Феодосія', 'Feodosiia'],
      ['Короп’є', 'Koropie'],
      ['Юрій', 'Yurii'],
      ['Рівне', 'Rivne'],
    ]);
  });

  it('uses ye yi y yu ya only at the start of a word', () => {
    check('ua-national', [
      ['Єнакієве', 'Yenakiieve'],
      ['Їжакевич', 'Yizhakevych'],
      ['Йосипівка', 'Yosypivka'],
      ['Юрій', 'Yurii'],
      ['Яготин', 'Yahotyn'],
      ['Мала Ялта', 'Mala Yalta'],
      ['Кам’янське-Ясне', 'Kamianske-Yasne'],
    ]);
  });

  it('writes зг as zgh and drops ь and the apostrophe', () => {
    check('ua-national', [
      ['Згурівка', 'Zghurivka'],
      ['Розгон', 'Rozghon'],
      ['Краматорськ', 'Kramatorsk'],
      ["Слов'янськ", 'Sloviansk'],
      ['Куп’янськ-Вузловий', 'Kupiansk-Vuzlovyi'],
    ]);
  });

  it('has fallbacks for Russian letters', () => {
    check('ua-national', [
      ['Красный', 'Krasnyi'],
      ['Эльтон', 'Elton'],
      ['Подъезд', 'Podezd'],
    ]);
  });
});

describe('transliterate: scholarly', () => {
  it('uses scholarly letters, with Ukrainian г и as h y', () => {
    check('scholarly', [
      ['Харків', 'Xarkiv'],
      ['Чернігів', 'Černihiv'],
      ['Запоріжжя', 'Zaporižžja'],
      ['Київ', 'Kyjiv'],
      ['Єнакієве', 'Jenakijeve'],
      ['Щастя', 'Ščastja'],
      ['Краматорськ', 'Kramatorsʹk'],
      ['Гірник', 'Hirnyk'],
    ]);
  });

  it('reads Russian and undetermined text with г и as g i', () => {
    expect(transliterate('Гуляйполе', 'scholarly')).toBe('Guljajpole');
    check('scholarly', [
      ['Харьков', 'Xarʹkov'],
      ['Щёлково', 'Ščëlkovo'],
      ['Подъячево', 'Podʺjačevo'],
      ['Элиста', 'Èlista'],
      ['Красный', 'Krasnyj'],
      ['Москва', 'Moskva'],
    ]);
  });

  it('reads Belarusian г ў as h ŭ', () => {
    check('scholarly', [
      ['Магілёў', 'Mahilëŭ'],
      ['Гомель Магілёў', 'Homelʹ Mahilëŭ'],
    ]);
  });

  it('folds to the keys a caller expects', () => {
    expect(foldKey(transliterate('Харків', 'scholarly'))).toBe('xarkiv');
    expect(foldKey(transliterate('Запоріжжя', 'scholarly'))).toBe('zaporizzja');
  });
});

describe('transliterate: case and other characters', () => {
  it('keeps Title case, all caps and lower case', () => {
    expect(transliterate('Харків ХАРКІВ харків', 'ua-national')).toBe('Kharkiv KHARKIV kharkiv');
    expect(transliterate('Щука ЩУКА щука Щ', 'bgn-pcgn-ru')).toBe('Shchuka SHCHUKA shchuka Shch');
    expect(transliterate('ЖИТОМИР', 'ua-national')).toBe('ZHYTOMYR');
    expect(transliterate('ЄНАКІЄВЕ', 'ua-national')).toBe('YENAKIIEVE');
    expect(transliterate('Ж', 'ua-national')).toBe('Zh');
    expect(transliterate('ЮЖНЕ', 'ua-national')).toBe('YUZHNE');
  });

  it('copies Latin text, digits, punctuation and mixed scripts', () => {
    expect(transliterate('Kyiv, 2022: Покровsk!', 'ua-national')).toBe('Kyiv, 2022: Pokrovsk!');
    expect(transliterate('', 'bgn-pcgn-ru')).toBe('');
  });

  it('does not throw on lone surrogates and control characters', () => {
    const s = 'Х\ud800а\u0000р\udc00';
    for (const scheme of ['bgn-pcgn-ru', 'bgn-pcgn-uk', 'ua-national', 'scholarly'] as const) {
      expect(() => transliterate(s, scheme)).not.toThrow();
    }
    expect(transliterate(s, 'ua-national')).toBe('Kh\ud800a\u0000r\udc00');
  });

  it('leaves combining marks and rare Cyrillic letters as they are', () => {
    expect(transliterate('Ѐ\u0301', 'bgn-pcgn-ru')).toBe('Ѐ\u0301');
  });
});

describe('detectCyrillicLanguage', () => {
  it('detects Ukrainian from і ї є ґ', () => {
    expect(detectCyrillicLanguage('Харків')).toBe('uk');
    expect(detectCyrillicLanguage('Київ')).toBe('uk');
    expect(detectCyrillicLanguage('Єнакієве')).toBe('uk');
    expect(detectCyrillicLanguage('Ґалаґан')).toBe('uk');
    expect(detectCyrillicLanguage('ЄВРОПА')).toBe('uk');
  });

  it('detects Russian from ы э ъ ё', () => {
    expect(detectCyrillicLanguage('Красный')).toBe('ru');
    expect(detectCyrillicLanguage('Элиста')).toBe('ru');
    expect(detectCyrillicLanguage('Подъячево')).toBe('ru');
    expect(detectCyrillicLanguage('Орёл')).toBe('ru');
  });

  it('detects Belarusian from ў, or і with ы/э/ё', () => {
    expect(detectCyrillicLanguage('Магілёў')).toBe('be');
    expect(detectCyrillicLanguage('Віцебск і Мазыр')).toBe('be');
  });

  it('returns unknown without distinguishing letters', () => {
    expect(detectCyrillicLanguage('Москва')).toBe('unknown');
    expect(detectCyrillicLanguage('Kharkiv')).toBe('unknown');
    expect(detectCyrillicLanguage('')).toBe('unknown');
    expect(detectCyrillicLanguage('Київ Подъячево')).toBe('uk');
    expect(detectCyrillicLanguage('Віцебск Подъячево')).toBe('unknown');
  });
});
