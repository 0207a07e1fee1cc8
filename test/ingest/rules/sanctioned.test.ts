// SANCTIONED: "X banned Y", "X sanctions on Y", "A and B imposed sanctions on Y", "Y was sanctioned by X".
import { ruleTable } from './table.js';

ruleTable('sanctioned', {
  reads: [
    // A bloc suspending a member state.
    ['The African Union suspended Guinea following the coup.', 'African Union', 'SANCTIONED', 'Guinea'],
    // An asset freeze sanctions the owner of the assets.
    ['Britain froze the assets of Oleg Varnov on Monday.', 'Britain', 'SANCTIONED', 'Oleg Varnov'],
    ['The European Union froze the assets of Ivo Brenn and the Velk Group.', 'European Union', 'SANCTIONED', 'Velk Group'],
    ["The United States froze Ivo Brenn's assets on Monday.", 'United States', 'SANCTIONED', 'Ivo Brenn'],
    ['Germany banned Nordhavn Airlines from its airports.', 'Germany', 'SANCTIONED', 'Nordhavn Airlines'],
    ['New United States sanctions on Venezuela took effect on Monday.', 'United States', 'SANCTIONED', 'Venezuela'],
    ['The European Union and Canada on Thursday imposed sanctions on the Veld Group.', 'Canada', 'SANCTIONED', 'Veld Group'],
    ['The Veld Group was sanctioned by Canada in May.', 'Canada', 'SANCTIONED', 'Veld Group'],
    ['The European Union added the Veld Group and Tarvex Systems to its sanctions list.', 'European Union', 'SANCTIONED', 'Tarvex Systems'],
    // Each coordinated subject, each listed object; an article that belongs to a name keeps it in the list.
    ['The United States and the European Union sanctioned the Veld Group.', 'European Union', 'SANCTIONED', 'Veld Group'],
    ['Canada sanctioned the Veld Group and Tarvex Systems.', 'Canada', 'SANCTIONED', 'Tarvex Systems'],
  ],
  misses: [
    ['The African Union suspended the Nigerian delegation.', 'African Union', 'SANCTIONED', 'Nigeria'],
    ["The World Bank suspended Kenya's loan programme.", 'World Bank', 'SANCTIONED', 'Kenya'],
    ['The court suspended the minister of Guinea.', 'Guinea', 'SANCTIONED', 'Guinea'],
    ['Guinea was suspended by the league.', 'African Union', 'SANCTIONED', 'Guinea'],
    ['Ivo Brenn froze the project on Monday.', 'Ivo Brenn', 'SANCTIONED', 'project'],
    ["Britain's assets were frozen by the Velk Group.", 'Velk Group', 'SANCTIONED', 'Britain'],
    ['Germany praised Nordhavn Airlines for its safety record.', 'Germany', 'SANCTIONED', 'Nordhavn Airlines'],
    ['The United States said sanctions would not help Venezuela.', 'United States', 'SANCTIONED', 'Venezuela'],
    ['"Canada sanctioned the Veld Group," the lawyer claimed.', 'Canada', 'SANCTIONED', 'Veld Group'],
    ['The Veld Group lobbied Canada against sanctions.', 'Canada', 'SANCTIONED', 'Veld Group'],
    ['The European Union added Tarvex Systems to its list of partners.', 'European Union', 'SANCTIONED', 'Tarvex Systems'],
    ['Talks with Norway ended before Canada sanctioned the Veld Group.', 'Norway', 'SANCTIONED', 'Veld Group'],
  ],
});
