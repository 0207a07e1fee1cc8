// Well-known international bodies, armed groups, companies and platforms, with their usual short
// forms. General world knowledge, as a gazetteer would carry it; no article's names.
import { type EntityType } from '../../domain/entity-type.js';

export interface KnownOrganisation {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** Country code (cca3) of the seat, when the body belongs to one country. */
  readonly country?: string;
}

export const KNOWN_ORGANISATIONS: readonly KnownOrganisation[] = [
  { name: 'United Nations', type: 'ORGANIZATION', aliases: ['UN', 'U.N.'] },
  { name: 'United Nations Security Council', type: 'GOVERNMENT_BODY', aliases: ['UN Security Council', 'UNSC', 'U.N. Security Council'] },
  { name: 'United Nations General Assembly', type: 'GOVERNMENT_BODY', aliases: ['UN General Assembly'] },
  { name: 'European Union', type: 'ALLIANCE', aliases: ['EU', 'E.U.'] },
  { name: 'European Commission', type: 'GOVERNMENT_BODY', aliases: [] },
  { name: 'European Parliament', type: 'GOVERNMENT_BODY', aliases: [] },
  { name: 'North Atlantic Treaty Organization', type: 'ALLIANCE', aliases: ['NATO', 'Nato'] },
  { name: 'African Union', type: 'ALLIANCE', aliases: ['AU'] },
  { name: 'Arab League', type: 'ALLIANCE', aliases: ['League of Arab States'] },
  { name: 'Association of Southeast Asian Nations', type: 'ALLIANCE', aliases: ['ASEAN'] },
  { name: 'Shanghai Cooperation Organisation', type: 'ALLIANCE', aliases: ['SCO', 'Shanghai Cooperation Organization'] },
  { name: 'Commonwealth of Independent States', type: 'ALLIANCE', aliases: ['CIS'] },
  { name: 'Eurasian Economic Union', type: 'ALLIANCE', aliases: ['EAEU'] },
  { name: 'Gulf Cooperation Council', type: 'ALLIANCE', aliases: ['GCC'] },
  { name: 'Organization of American States', type: 'ALLIANCE', aliases: ['OAS'] },
  { name: 'Organization of Petroleum Exporting Countries', type: 'ALLIANCE', aliases: ['OPEC'] },
  { name: 'Group of Seven', type: 'ALLIANCE', aliases: ['G7', 'G-7'] },
  { name: 'Group of Twenty', type: 'ALLIANCE', aliases: ['G20', 'G-20'] },
  { name: 'World Health Organization', type: 'ORGANIZATION', aliases: ['WHO'] },
  { name: 'World Trade Organization', type: 'ORGANIZATION', aliases: ['WTO'] },
  { name: 'World Bank', type: 'ORGANIZATION', aliases: [] },
  { name: 'International Monetary Fund', type: 'ORGANIZATION', aliases: ['IMF'] },
  { name: 'International Atomic Energy Agency', type: 'ORGANIZATION', aliases: ['IAEA'] },
  { name: 'International Criminal Court', type: 'ORGANIZATION', aliases: ['ICC'] },
  { name: 'International Court of Justice', type: 'ORGANIZATION', aliases: ['ICJ'] },
  { name: 'International Committee of the Red Cross', type: 'ORGANIZATION', aliases: ['ICRC', 'Red Cross'] },
  { name: 'Organization for Security and Co-operation in Europe', type: 'ORGANIZATION', aliases: ['OSCE'] },
  { name: 'UNICEF', type: 'ORGANIZATION', aliases: [] },
  { name: 'UNESCO', type: 'ORGANIZATION', aliases: [] },
  { name: 'Amnesty International', type: 'ORGANIZATION', aliases: ['Amnesty'] },
  { name: 'Human Rights Watch', type: 'ORGANIZATION', aliases: ['HRW'] },
  { name: 'Doctors Without Borders', type: 'ORGANIZATION', aliases: ['MSF', 'Médecins Sans Frontières'] },
  { name: 'Greenpeace', type: 'ORGANIZATION', aliases: [] },
  { name: 'Interpol', type: 'ORGANIZATION', aliases: ['INTERPOL'] },
  { name: 'Europol', type: 'ORGANIZATION', aliases: [] },
  { name: 'Taliban', type: 'ORGANIZATION', aliases: ['the Taliban'] },
  { name: 'Al-Qaeda', type: 'ORGANIZATION', aliases: ['al-Qaeda', 'Al Qaeda', 'al Qaeda', 'al-Qaida', 'Al-Qaida'] },
  { name: 'Islamic State', type: 'ORGANIZATION', aliases: ['ISIS', 'ISIL', 'Daesh', 'IS'] },
  { name: 'Hezbollah', type: 'ORGANIZATION', aliases: ['Hizbollah', 'Hizballah'] },
  { name: 'Hamas', type: 'ORGANIZATION', aliases: [] },
  { name: 'Boko Haram', type: 'ORGANIZATION', aliases: [] },
  { name: 'Al-Shabaab', type: 'ORGANIZATION', aliases: ['al-Shabaab', 'Al Shabaab'] },
  { name: 'Wagner Group', type: 'ORGANIZATION', aliases: ['Wagner'] },
  { name: 'Central Intelligence Agency', type: 'GOVERNMENT_BODY', aliases: ['CIA'], country: 'USA' },
  { name: 'Federal Bureau of Investigation', type: 'GOVERNMENT_BODY', aliases: ['FBI'], country: 'USA' },
  { name: 'Pentagon', type: 'GOVERNMENT_BODY', aliases: ['the Pentagon'], country: 'USA' },
  { name: 'White House', type: 'GOVERNMENT_BODY', aliases: ['the White House'], country: 'USA' },
  { name: 'Kremlin', type: 'GOVERNMENT_BODY', aliases: ['the Kremlin'], country: 'RUS' },
  { name: 'Twitter', type: 'ORGANIZATION', aliases: [] },
  { name: 'Facebook', type: 'ORGANIZATION', aliases: [] },
  { name: 'YouTube', type: 'ORGANIZATION', aliases: [] },
  { name: 'Instagram', type: 'ORGANIZATION', aliases: [] },
  { name: 'Telegram', type: 'ORGANIZATION', aliases: [] },
  { name: 'Google', type: 'ORGANIZATION', aliases: [] },
  { name: 'Microsoft', type: 'ORGANIZATION', aliases: [] },
  { name: 'Apple', type: 'ORGANIZATION', aliases: [] },
  { name: 'Amazon', type: 'ORGANIZATION', aliases: [] },
];
