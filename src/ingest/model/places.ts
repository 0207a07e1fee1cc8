// World regions and demonyms that the country package does not carry. General geography only.

/** Continents, seas and broad regions: REGION entities. */
export const WORLD_REGIONS: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Europe', aliases: [] },
  { name: 'Asia', aliases: [] },
  { name: 'Africa', aliases: [] },
  { name: 'North America', aliases: [] },
  { name: 'South America', aliases: [] },
  { name: 'Latin America', aliases: [] },
  { name: 'Central Asia', aliases: [] },
  { name: 'South Asia', aliases: [] },
  { name: 'Southeast Asia', aliases: ['South-East Asia'] },
  { name: 'East Asia', aliases: [] },
  { name: 'Middle East', aliases: ['Mideast'] },
  { name: 'Near East', aliases: [] },
  { name: 'Caucasus', aliases: ['the Caucasus'] },
  { name: 'Balkans', aliases: ['the Balkans'] },
  { name: 'Scandinavia', aliases: [] },
  { name: 'Sahel', aliases: [] },
  { name: 'Horn of Africa', aliases: [] },
  { name: 'Persian Gulf', aliases: ['the Gulf'] },
  { name: 'Eastern Mediterranean', aliases: ['East Mediterranean'] },
  { name: 'Mediterranean', aliases: ['Mediterranean Sea'] },
  { name: 'Black Sea', aliases: [] },
  { name: 'Caspian Sea', aliases: [] },
  { name: 'Red Sea', aliases: [] },
  { name: 'South China Sea', aliases: [] },
  { name: 'Baltic', aliases: ['Baltic Sea'] },
  { name: 'Arctic', aliases: [] },
  { name: 'Gaza Strip', aliases: ['Gaza'] },
  { name: 'West Bank', aliases: [] },
  { name: 'Crimea', aliases: [] },
  { name: 'Donbas', aliases: ['Donbass'] },
  { name: 'Kashmir', aliases: [] },
  { name: 'Kurdistan', aliases: [] },
  { name: 'Siberia', aliases: [] },
];

/**
 * Adjectival forms of country names missing from the country package's demonyms
 * (which gives "Kazakhstani" but not "Kazakh"), keyed by cca3.
 */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['US', 'U.S.', 'American'],
  GBR: ['British', 'UK', 'U.K.'],
  KAZ: ['Kazakh'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  UZB: ['Uzbek'],
  TKM: ['Turkmen'],
  AFG: ['Afghan'],
  SAU: ['Saudi'],
  ARE: ['Emirati'],
  NLD: ['Dutch'],
  PHL: ['Filipino', 'Philippine'],
  CZE: ['Czech'],
  SVK: ['Slovak'],
  BLR: ['Belarusian', 'Belarussian'],
  IRN: ['Iranian', 'Persian'],
  CHN: ['Chinese'],
  KOR: ['South Korean'],
  PRK: ['North Korean'],
  RUS: ['Russian'],
  UKR: ['Ukrainian'],
  TUR: ['Turkish'],
  CYP: ['Cypriot', 'Greek Cypriot'],
  GRC: ['Greek', 'Hellenic'],
  ISR: ['Israeli'],
  PSE: ['Palestinian'],
  YEM: ['Yemeni'],
  SYR: ['Syrian'],
  IRQ: ['Iraqi'],
  LBY: ['Libyan'],
  EGY: ['Egyptian'],
  ARM: ['Armenian'],
  AZE: ['Azerbaijani', 'Azeri'],
  GEO: ['Georgian'],
  PRI: ['Puerto Rican'],
  HKG: ['Hongkonger'],
};

/** Adjectives of regions and peoples that name no one country: cues, never names. */
export const REGIONAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'middle eastern', 'european', 'asian', 'african', 'arab', 'western', 'eastern', 'latin american',
  'north american', 'south american', 'central asian', 'east asian', 'southeast asian', 'gulf',
  'mediterranean', 'scandinavian', 'balkan', 'caucasian', 'nordic', 'baltic', 'kurdish', 'sunni',
  'shia', 'shiite', 'muslim', 'christian', 'jewish', 'islamic', 'catholic',
]);

/** Capital cities under names the country package does not use, keyed by cca3. */
export const EXTRA_CAPITALS: Readonly<Record<string, readonly string[]>> = {
  KAZ: ['Nur-Sultan'],
  USA: ['Washington', 'Washington, D.C.'],
  MMR: ['Naypyidaw', 'Naypyitaw'],
  CIV: ['Yamoussoukro'],
};
