/**
 * Small closed word classes that recognition and claim extraction key on. They are English
 * grammar (prepositions, region words, speech verbs), not place names: no list here names a
 * place, so nothing is special-cased for any article.
 */

/** Words after a name that make it an admin-1 region: "Kharkiv region", "Sumy Oblast". */
export const REGION_WORDS = new Set([
  'region', 'regions', 'oblast', 'oblasts', 'province', 'krai', 'kray', 'governorate',
  'voivodeship', 'county', 'state', 'republic', 'territory', 'okrug', 'side', 'border',
]);

/** Words after a name that make it a front sector: "the Sumy direction", "the Kupiansk axis". */
export const DIRECTION_WORDS = new Set(['direction', 'front', 'axis', 'sector', 'salient', 'bridgehead']);

/** Organisation heads that follow a place name: "The New York Times", "Kyiv Independent". */
export const ORG_SUFFIXES = new Set([
  'times', 'post', 'journal', 'herald', 'tribune', 'independent', 'telegraph', 'gazette', 'news',
  'press', 'review', 'university', 'college', 'institute', 'airlines', 'airport', 'company',
  'corporation', 'inc', 'ltd', 'fc', 'club', 'stadium', 'agency', 'dynamo', 'dynamos', 'television',
  'radio', 'tv', 'daily', 'weekly', 'observer', 'standard', 'chronicle', 'bank', 'group', 'council',
  'school', 'academy', 'museum', 'theatre', 'theater', 'orchestra', 'conservatory', 'patriarchate',
]);

/** Event heads after a place name: "the Maidan protests", "the Minsk agreements". */
export const EVENT_SUFFIXES = new Set([
  'protest', 'protests', 'revolution', 'uprising', 'massacre', 'agreement', 'agreements', 'accords',
  'accord', 'protocol', 'protocols', 'memorandum', 'format', 'declaration', 'treaty', 'process',
  'tragedy', 'events', 'riots', 'pogrom', 'trials', 'syndrome', 'talks', 'summit', 'convention',
]);

/** Words before "of X" that make X part of an organisation name ("Armed Forces of Ukraine"). */
export const ORG_OF_HEADS = new Set([
  'forces', 'ministry', 'service', 'guard', 'bank', 'church', 'army', 'navy', 'command',
  'committee', 'office', 'parliament', 'embassy', 'consulate', 'university', 'academy', 'staff',
  'court', 'prosecutor', 'mission', 'department', 'government', 'administration', 'council',
]);

/** Titles before a personal name: "President Zelensky", "Gen. Syrskyi". */
export const PERSON_TITLES = new Set([
  'president', 'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major',
  'capt', 'captain', 'sgt', 'adm', 'admiral', 'gov', 'governor', 'sen', 'senator', 'rep', 'prof',
  'minister', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'commander', 'mayor', 'journalist', 'analyst', 'correspondent', 'advisor', 'adviser', 'pope',
  'patriarch', 'king', 'queen', 'prince', 'princess', 'sir', 'lady', 'lord', 'marshal', 'ambassador',
  'blogger', 'deputy', 'chief', 'head', 'leader', 'officer', 'colonel-general', 'saint',
]);

/** Verbs that make a preceding capital an actor: "Kyiv said", "Moscow insists". */
export const ACTOR_VERBS = new Set([
  'said', 'says', 'say', 'claimed', 'claims', 'claim', 'insisted', 'insists', 'insist', 'announced',
  'announces', 'denied', 'denies', 'deny', 'accused', 'accuses', 'warned', 'warns', 'hailed',
  'hails', 'acknowledged', 'acknowledges', 'responded', 'responds', 'rejected', 'rejects',
  'condemned', 'condemns', 'wants', 'want', 'demanded', 'demands', 'demand', 'refused', 'refuses',
  'agreed', 'agrees', 'signed', 'signs', 'stated', 'states', 'argued', 'argues', 'believes',
  'believed', 'hopes', 'hoped', 'fears', 'feared', 'seeks', 'sought', 'threatened', 'threatens',
  'ordered', 'orders', 'approved', 'approves', 'vowed', 'vows', 'pledged', 'pledges', 'urged',
  'urges', 'called', 'calls', 'asked', 'asks', 'confirmed', 'confirms', 'reported', 'reports',
  'admitted', 'admits', 'sees', 'saw', 'has', 'had', 'is', 'was', 'will', 'would', 'could', 'may',
  'might', 'must', 'should', 'can', 'does', 'did', 'continues', 'continued', 'maintains',
  'maintained', 'views', 'viewed', 'considers', 'considered', 'plans', 'planned', 'expects',
  'expected', 'sent', 'sends', 'launched', 'launches', 'described', 'describes', 'framed', 'frames',
  'emphasized', 'emphasises', 'emphasizes', 'repeatedly', 'also', 'still', 'now', 'never',
  'officially', 'reacted', 'reacts', 'retaliated', 'blamed', 'blames', 'responded', 'negotiated',
  'recognized', 'recognised', 'recognizes', 'recognises',
]);

/** Prepositions before a capital that make it an actor: "hailed by Moscow", "talks with Kyiv". */
export const ACTOR_PREPOSITIONS = new Set(['by', 'for', 'with', 'against', 'between', 'and']);

/** Nouns after a possessive or adjectival capital that make it an actor: "Kyiv's government". */
export const ACTOR_NOUNS = new Set([
  'government', 'leadership', 'authorities', 'officials', 'regime', 'position', 'claims',
  'decision', 'decisions', 'strategy', 'policy', 'allies', 'establishment', 'defense', 'defence',
  'forces', 'military', 'command', 'administration', 'diplomats', 'negotiators', 'narrative',
  'response', 'stance', 'demands', 'plan', 'plans', 'officials', 'side', 'elite', 'backers',
  'propaganda', 'statement', 'rhetoric', 'interests',
]);

/** Nouns before "in X" that make X an actor: "the corridors of power in Kyiv". */
export const POWER_IN_HEADS = new Set([
  'power', 'government', 'authorities', 'officials', 'leadership', 'politicians', 'regime',
  'diplomats', 'policymakers', 'lawmakers',
]);

/** Words before a name that make it a location: "the city of X", "near X", "in X". */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'near', 'at', 'from', 'outside', 'to', 'into', 'around', 'towards', 'toward', 'of',
  'across', 'through', 'inside', 'within', 'beyond', 'on', 'off', 'captured', 'liberated',
  'seized', 'took', 'shelled', 'struck', 'hit', 'attacked', 'bombed', 'entered', 'left',
]);

/** Settlement nouns: "the town of X", "X, a village in Y". */
export const SETTLEMENT_NOUNS = new Set([
  'city', 'town', 'village', 'settlement', 'hamlet', 'township', 'locality', 'suburb', 'capital',
  'port', 'outskirts', 'hub', 'stronghold', 'district', 'municipality', 'villages', 'towns',
  'cities', 'settlements', 'localities', 'areas', 'area',
]);

/** Joining words allowed inside multi-word names: "Rostov-on-Don", "Frankfurt am Main". */
export const NAME_CONNECTORS = new Set([
  'on', 'upon', 'am', 'an', 'der', 'de', 'del', 'la', 'le', 'les', 'na', 'nad', 'pod', 'sur',
  'en', 'di', 'da', 'do', 'dos', 'das', 'el', 'al', 'of', 'y', 'i', 'u', 'im', 'bei', 'the',
]);

/** Word endings typical of East Slavic settlement names; an unknown capitalised word with one
 * of them, in a place context, is taken for a settlement missing from the gazetteer. */
export const SETTLEMENT_ENDINGS = [
  'ivka', 'ovka', 'evka', 'ivske', 'ovske', 'ivske', 'ske', 'skoye', 'skoe', 'sk', 'ovo', 'evo',
  'ino', 'yne', 'ine', 'ove', 'eve', 'grad', 'hrad', 'pol', 'pil', 'polye', 'pillia', 'ivtsi',
  'ovtsi', 'ychi', 'ichi', 'yshche', 'ishche', 'ovychi', 'yany', 'any', 'ivka', 'ino', 'ivsk',
  'nyky', 'niki', 'nyk', 'nik', 'hirsk', 'gorsk', 'dar', 'ivo', 'sko', 'kove', 'kovo',
];
