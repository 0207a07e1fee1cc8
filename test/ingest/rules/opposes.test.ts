// OPPOSES: "His main rival, X", "accusing the commission of ...", "demanded the minister's resignation",
// "voted to remove the mayor", "X condemned Y".
import { ruleTable } from './table.js';

ruleTable('opposes', {
  reads: [
    // A body's rival after "its", and "the rival X" of the clause's subject.
    [
      'The Tarsk Unity Movement accused its main political rival, the Coastal Freedom Party, of supporting militants.',
      'Tarsk Unity Movement',
      'OPPOSES',
      'Coastal Freedom Party',
    ],
    ['Tavo Renn lost control of the city to the rival Coastal Freedom Party last year.', 'Tavo Renn', 'OPPOSES', 'Coastal Freedom Party'],
    // Condemning an act condemns its author.
    ['Egypt condemned the attack by Israel on Monday.', 'Egypt', 'OPPOSES', 'Israel'],
    ['Norway condemned the strikes carried out by the Tarsk Liberation Front.', 'Norway', 'OPPOSES', 'Tarsk Liberation Front'],
    // The subject of a relative clause is the name before "which".
    ['The Tarsk Liberation Front, which attacked the Velorian Army on Monday, denied it.', 'Tarsk Liberation Front', 'OPPOSES', 'Velorian Army'],
    ['Anna Kestrup won the first round. Her main rival, Peter Dalgaard, conceded.', 'Peter Dalgaard', 'OPPOSES', 'Anna Kestrup'],
    ['The Civic Renewal Movement accused the National Concord Party of fraud.', 'Civic Renewal Movement', 'OPPOSES', 'National Concord Party'],
    ["The Harbour Workers Union demanded John Brandholm's resignation.", 'Harbour Workers Union', 'OPPOSES', 'John Brandholm'],
    ['The City Council voted to remove Maria Osterlund from office.', 'City Council', 'OPPOSES', 'Maria Osterlund'],
    ['Chile condemned the Popular Liberation Front on Monday.', 'Chile', 'OPPOSES', 'Popular Liberation Front'],
    ['The opposition Lindor Party criticised the ruling Unity Party.', 'Lindor Party', 'OPPOSES', 'Unity Party'],
    ['The Tarsk Front fought the Velorian Army for a decade.', 'Tarsk Front', 'OPPOSES', 'Velorian Army'],
    // A critic or opponent of someone, in apposition or after a copula; an accused person past the title.
    ['Jana Okafor, a fierce critic of President Tavo Renn, was arrested.', 'Jana Okafor', 'OPPOSES', 'Tavo Renn'],
    ['Ivo Marsk is a leading opponent of the Velk Group.', 'Ivo Marsk', 'OPPOSES', 'Velk Group'],
    ['The Coastal Unity Party accused President Tavo Renn of fraud.', 'Coastal Unity Party', 'OPPOSES', 'Tavo Renn'],
  ],
  misses: [
    ['Tavo Renn watched the rival teams play in Oslo.', 'Tavo Renn', 'OPPOSES', 'Oslo'],
    ['Egypt condemned the attack in Israel by unknown gunmen.', 'Egypt', 'OPPOSES', 'Israel'],
    ['Egypt praised the talks hosted by Israel.', 'Egypt', 'OPPOSES', 'Israel'],
    // A later clause with its own common-noun subject: "he" is not who tried to unseat.
    [
      'Ivo Brenn arrived on Monday. He said he would resign after a coalition of opposition parties failed to unseat Peter Dalgaard.',
      'Ivo Brenn',
      'OPPOSES',
      'Peter Dalgaard',
    ],
    ['Jana Okafor, a friend of President Tavo Renn, was arrested.', 'Jana Okafor', 'OPPOSES', 'Tavo Renn'],
    ['Critics of the Velk Group met Ivo Marsk.', 'Ivo Marsk', 'OPPOSES', 'Velk Group'],
    ['Mira Selt said a critic of Tavo Renn had called.', 'Mira Selt', 'OPPOSES', 'Tavo Renn'],
    // "a bomber who attacked": the bomber, no name, attacked; not the place the media are in.
    [
      'Media in the United States says a bomber who attacked a Velorian Intelligence Agency base last week was a doctor.',
      'United States',
      'OPPOSES',
      'Velorian Intelligence Agency',
    ],
    ['The Lindor Party praised the ruling Unity Party.', 'Lindor Party', 'OPPOSES', 'Unity Party'],
    ['Anna Kestrup won the first round. Her running mate, Peter Dalgaard, celebrated.', 'Peter Dalgaard', 'OPPOSES', 'Anna Kestrup'],
    ['"The National Concord Party accused us," said the Civic Renewal Movement.', 'Civic Renewal Movement', 'OPPOSES', 'National Concord Party'],
    ["The Harbour Workers Union praised John Brandholm's resignation speech.", 'Harbour Workers Union', 'OPPOSES', 'John Brandholm'],
    ['The City Council voted to keep Maria Osterlund in office.', 'City Council', 'OPPOSES', 'Maria Osterlund'],
    ['Chile was condemned by nobody, and the Popular Liberation Front agreed.', 'Chile', 'OPPOSES', 'Popular Liberation Front'],
  ],
});
