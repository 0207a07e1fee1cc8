// Lists of members: "an alliance consisting of A and B", "the bloc's member states, A and B", "of which A is a member".
import { ruleTable } from './table.js';

ruleTable('membership-list', {
  reads: [
    // "A and other members of B", "A and other B member states".
    ['China and other members of the Shanghai Cooperation Organisation refused.', 'China', 'MEMBER_OF', 'Shanghai Cooperation Organisation'],
    ['Italy and other EU member states protested on Monday.', 'Italy', 'MEMBER_OF', 'European Union'],
    // A body's name before "members" or "member states" and the countries right after; the countries listed after its members.
    ['NATO members Turkey and Greece held talks on Monday.', 'Greece', 'MEMBER_OF', 'NATO'],
    ['EU member states France and Germany objected.', 'France', 'MEMBER_OF', 'European Union'],
    ['Fellow NATO member Turkey objected.', 'Turkey', 'MEMBER_OF', 'NATO'],
    ['Member states of the African Union, including Kenya and Ghana, voted.', 'Ghana', 'MEMBER_OF', 'African Union'],
    // "which includes" lists the members; a body's name before "member" says who belongs.
    ['The Tarsk Security Pact, which includes Russia, Belarus and Armenia, sent troops.', 'Belarus', 'MEMBER_OF', 'Tarsk Security Pact'],
    ["Sweden became NATO's 32nd member in March.", 'Sweden', 'MEMBER_OF', 'NATO'],
    ['Turkey, a NATO member, objected to the plan.', 'Turkey', 'MEMBER_OF', 'NATO'],
    ['Norway, a founding NATO member, objected.', 'Norway', 'MEMBER_OF', 'NATO'],
    ['Ivo Brenn is a Tarsk Unity Party member.', 'Ivo Brenn', 'MEMBER_OF', 'Tarsk Unity Party'],
    [
      'The Northern Defence Alliance, a military alliance consisting of Sweden, Iceland and Latvia, met on Monday.',
      'Iceland',
      'MEMBER_OF',
      'Northern Defence Alliance',
    ],
    [
      'The Northern Defence Alliance, a military alliance consisting of Sweden, Iceland and Latvia, met on Monday.',
      'Latvia',
      'MEMBER_OF',
      'Northern Defence Alliance',
    ],
    ["The Baltic Trade Union's other member states, Estonia and Lithuania, objected.", 'Estonia', 'MEMBER_OF', 'Baltic Trade Union'],
    ['The Andean Economic Community, whose members are Peru and Bolivia, met in Lima.', 'Bolivia', 'MEMBER_OF', 'Andean Economic Community'],
    ['The ruling came from the Andean Economic Community, of which Peru is a member.', 'Peru', 'MEMBER_OF', 'Andean Economic Community'],
  ],
  misses: [
    ['Italy and other countries criticised the EU member states.', 'Italy', 'MEMBER_OF', 'European Union'],
    ['NATO members met Turkey and Greece on Monday.', 'Turkey', 'MEMBER_OF', 'NATO'],
    ['NATO members, Turkey said, must pay more.', 'Turkey', 'MEMBER_OF', 'NATO'],
    // Talk of a membership says nothing of it held; a former member is none.
    ["Ukraine's membership of NATO is not on the table.", 'Ukraine', 'MEMBER_OF', 'NATO'],
    ["The EU discussed Turkey's membership.", 'Turkey', 'MEMBER_OF', 'European Union'],
    ['Former NATO member France rejoined the talks.', 'France', 'MEMBER_OF', 'NATO'],
    ['Members of the African Union met Kenya and Ghana.', 'Kenya', 'MEMBER_OF', 'African Union'],
    ['France sent a NATO member to the talks.', 'France', 'MEMBER_OF', 'NATO'],
    ['The NATO member states met in Brussels, and Ukraine attended.', 'Ukraine', 'MEMBER_OF', 'NATO'],
    ['Ukraine, which is not a NATO member, asked for arms.', 'Ukraine', 'MEMBER_OF', 'NATO'],
    ['The Tarsk Security Pact, which includes talks with Russia, ended.', 'Russia', 'MEMBER_OF', 'Tarsk Security Pact'],
    ['The Northern Defence Alliance met Sweden, Iceland and Latvia on Monday.', 'Iceland', 'MEMBER_OF', 'Northern Defence Alliance'],
    ['A delegation consisting of officials met the Northern Defence Alliance, then Latvia.', 'Latvia', 'MEMBER_OF', 'Northern Defence Alliance'],
    ["The Baltic Trade Union's member states met, while Estonia and Lithuania watched.", 'Estonia', 'MEMBER_OF', 'Baltic Trade Union'],
    ['The Andean Economic Community, whose members are angry, met Bolivia in Lima.', 'Bolivia', 'MEMBER_OF', 'Andean Economic Community'],
    ['The ruling came from the Andean Economic Community, of which Peru is a critic.', 'Peru', 'MEMBER_OF', 'Andean Economic Community'],
  ],
});
