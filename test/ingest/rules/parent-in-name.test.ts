// Bodies named after their parent: "NTC Defence Council" is part of the NTC.
import { ruleTable } from './table.js';

ruleTable('parent-in-name', {
  reads: [
    ['The Nordic Trade Council (NTC) met. The NTC Defence Council approved the plan.', 'NTC Defence Council', 'PART_OF', 'Nordic Trade Council'],
    ['The Andean Union met in Lima. The Andean Union Commission proposed a budget.', 'Andean Union Commission', 'PART_OF', 'Andean Union'],
    ['The Harbour Workers Union (HWU) voted. The HWU Strike Committee set a date.', 'HWU Strike Committee', 'PART_OF', 'Harbour Workers Union'],
    [
      'The Civic Renewal Movement won. The Civic Renewal Movement Youth Council celebrated.',
      'Civic Renewal Movement Youth Council',
      'PART_OF',
      'Civic Renewal Movement',
    ],
    ['The Baltic Trade Union (BTU) met. The BTU Court ruled on Friday.', 'BTU Court', 'PART_OF', 'Baltic Trade Union'],
  ],
  misses: [
    ['The Nordic Trade Council met. The Defence Council approved the plan.', 'Defence Council', 'PART_OF', 'Nordic Trade Council'],
    ['The Andean Union met in Lima. The Pacific Union Commission proposed a budget.', 'Pacific Union Commission', 'PART_OF', 'Andean Union'],
    ['The Harbour Workers Union voted. The Strike Committee set a date.', 'Strike Committee', 'PART_OF', 'Harbour Workers Union'],
    ['The Civic Renewal Movement won. The Youth Council celebrated.', 'Youth Council', 'PART_OF', 'Civic Renewal Movement'],
    ['The Baltic Trade Union met. The Supreme Court ruled on Friday.', 'Supreme Court', 'PART_OF', 'Baltic Trade Union'],
  ],
});
