// ALLIED_WITH: "allies such as A", "A and B are allies", "A, B's closest ally", "aligned with A", "supporting A".
import { ruleTable } from './table.js';

ruleTable('allied-with', {
  reads: [
    // A partner "with" or "of", said of the subject.
    ['The Tarsk Unity Movement is a coalition partner with the Coastal Freedom Party.', 'Tarsk Unity Movement', 'ALLIED_WITH', 'Coastal Freedom Party'],
    ['Chile remains a strategic partner of Peru.', 'Chile', 'ALLIED_WITH', 'Peru'],
    // "an ally of", a possessed ally, an alliance formed with.
    ['Russia is a close ally of Syria.', 'Russia', 'ALLIED_WITH', 'Syria'],
    ['Russia, a key military ally of Syria, sent jets.', 'Russia', 'ALLIED_WITH', 'Syria'],
    ["Syria's ally Russia sent jets.", 'Russia', 'ALLIED_WITH', 'Syria'],
    ['The Tarsk Unity Party formed a coalition with the Velmar Front.', 'Tarsk Unity Party', 'ALLIED_WITH', 'Velmar Front'],
    ['Kenya signed a pact with Uganda on Monday.', 'Kenya', 'ALLIED_WITH', 'Uganda'],
    ['Chile urged allies such as Peru and Bolivia to act.', 'Chile', 'ALLIED_WITH', 'Bolivia'],
    ['Cuba and Venezuela are close allies.', 'Cuba', 'ALLIED_WITH', 'Venezuela'],
    ["Russia, Mongolia's closest military ally, said nothing.", 'Russia', 'ALLIED_WITH', 'Mongolia'],
    ['The Civic Renewal Movement is aligned with the National Concord Party.', 'Civic Renewal Movement', 'ALLIED_WITH', 'National Concord Party'],
    ['Chad has been supporting the Restoration Council since May.', 'Chad', 'ALLIED_WITH', 'Restoration Council'],
    ['Chad is supporting the Velmar Liberation Front in the north.', 'Chad', 'ALLIED_WITH', 'Velmar Liberation Front'],
  ],
  misses: [
    ['Germany is the largest trading partner of China.', 'Germany', 'ALLIED_WITH', 'China'],
    ['Chile met a close partner of Peru on Monday.', 'Chile', 'ALLIED_WITH', 'Peru'],
    ['Russia warned the allies of Syria.', 'Russia', 'ALLIED_WITH', 'Syria'],
    ["Syria's ally said Russia would act.", 'Russia', 'ALLIED_WITH', 'Syria'],
    ['The Tarsk Unity Party broke its coalition with the Velmar Front.', 'Tarsk Unity Party', 'ALLIED_WITH', 'Velmar Front'],
    ['Kenya is an ally, of sorts, of Uganda.', 'Kenya', 'ALLIED_WITH', 'Uganda'],
    ['Chile criticised Peru and Bolivia, its former allies.', 'Chile', 'ALLIED_WITH', 'Bolivia'],
    ['Cuba said Venezuela is a market for its sugar.', 'Cuba', 'ALLIED_WITH', 'Venezuela'],
    ['Russia said Mongolia is not an ally.', 'Russia', 'ALLIED_WITH', 'Mongolia'],
    [
      '"We are aligned with the National Concord Party," the Civic Renewal Movement claimed.',
      'Civic Renewal Movement',
      'ALLIED_WITH',
      'National Concord Party',
    ],
    ['Chad voted in support of a Restoration Council inquiry.', 'Chad', 'ALLIED_WITH', 'Restoration Council'],
    ["Tarsk will send 250 troops to Velmar to support the UN's peacekeeping operation there.", 'Tarsk', 'ALLIED_WITH', 'United Nations'],
    ["Chad has been supporting the Restoration Council's inquiry since May.", 'Chad', 'ALLIED_WITH', 'Restoration Council'],
    ["Chad has been supporting the Velmar Patriotic Forces' offensive since May.", 'Chad', 'ALLIED_WITH', 'Velmar Patriotic Forces'],
  ],
});
