// "the Aldra town of Telvin", "Kesh, the main town of Aldra province", "a territory of the United
// States", "Swedish firms including A and B".
import { ruleTable } from './table.js';

ruleTable('place-kind-of', {
  reads: [
    // "the X province of Y": the place before the noun lies in the country after it.
    ['Fighting spread to the Helmand province of Afghanistan.', 'Helmand', 'LOCATED_IN', 'Afghanistan'],
    ['Rebels reached the Ituri region of Congo on Monday.', 'Ituri', 'LOCATED_IN', 'Congo'],
    ['Rebels marched on the Kenyan city of Nairobi on Monday.', 'Nairobi', 'LOCATED_IN', 'Kenya'],
    ['Kesh, the main town of Aldra province, was flooded.', 'Kesh', 'LOCATED_IN', 'Aldra'],
    ['Guam is a territory of the United States.', 'Guam', 'LOCATED_IN', 'United States'],
    ['Swedish firms including Nordhavn Lines and the Veld Group signed the deal.', 'Nordhavn Lines', 'LOCATED_IN', 'Sweden'],
    ['Swedish firms including Nordhavn Lines and the Veld Group signed the deal.', 'Veld Group', 'LOCATED_IN', 'Sweden'],
  ],
  misses: [
    ['Fighting spread to the Helmand province of Afghanistan.', 'Afghanistan', 'LOCATED_IN', 'Helmand'],
    ['Rebels left the city of Lima and fled to Kenya.', 'Lima', 'LOCATED_IN', 'Kenya'],
    ['Kesh, the main rival of Aldra province, was flooded.', 'Kesh', 'LOCATED_IN', 'Aldra'],
    ['Guam is a partner of the United States.', 'Guam', 'LOCATED_IN', 'United States'],
    ['Firms including Nordhavn Lines signed a Swedish deal.', 'Nordhavn Lines', 'LOCATED_IN', 'Sweden'],
    ['"Swedish firms including Nordhavn Lines signed," she said.', 'Nordhavn Lines', 'LOCATED_IN', 'Sweden'],
  ],
});
