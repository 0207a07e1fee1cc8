// "Jordanian forces in Afghanistan": a country's troops where they serve abroad; its forces at home,
// or in a town of no known country, are sent nowhere.
import { ruleTable } from './table.js';

ruleTable('troops-stationed', {
  reads: [
    // A peacekeeping mission or force of a body, in a country.
    ['Gunmen attacked a meeting between officials and the African Union peacekeeping mission in Somalia.', 'African Union', 'SENT_TROOPS_TO', 'Somalia'],
    ['The United Nations peacekeeping force in Mali lost two soldiers.', 'United Nations', 'SENT_TROOPS_TO', 'Mali'],
    // Troops killed, serving with an alliance or present abroad; a coalition's leader; a relative clause's country.
    ['Three Canadian soldiers were killed in Afghanistan on Monday.', 'Canada', 'SENT_TROOPS_TO', 'Afghanistan'],
    ['Two British soldiers serving with NATO in Afghanistan died.', 'United Kingdom', 'SENT_TROOPS_TO', 'Afghanistan'],
    ['American troops have been in Afghanistan since 2001.', 'United States', 'SENT_TROOPS_TO', 'Afghanistan'],
    ['US-led forces in Iraq detained two men.', 'United States', 'SENT_TROOPS_TO', 'Iraq'],
    ['Kenya, which has troops in Somalia, condemned the attack.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    // An alliance's or an international body's forces abroad.
    ['NATO forces in Afghanistan killed two militants.', 'NATO', 'SENT_TROOPS_TO', 'Afghanistan'],
    ['The UN has 17,000 peacekeepers in the Congo.', 'United Nations', 'SENT_TROOPS_TO', 'Congo'],
    // A passive of moving troops: "were flown to", "have been stationed in".
    ['About 2,500 Russian paratroopers were flown to Kazakhstan on Thursday.', 'Russia', 'SENT_TROOPS_TO', 'Kazakhstan'],
    ['Jordanian soldiers have been stationed in Afghanistan since 2003.', 'Jordan', 'SENT_TROOPS_TO', 'Afghanistan'],
    ['He praised the sacred duty of Jordanian forces in Afghanistan.', 'Jordan', 'SENT_TROOPS_TO', 'Afghanistan'],
    ['The United States has 30,000 troops stationed in Afghanistan.', 'United States', 'SENT_TROOPS_TO', 'Afghanistan'],
    ['Rwandan troops entered Congo on Monday.', 'Rwanda', 'SENT_TROOPS_TO', 'Congo'],
    ['Turkish soldiers crossed into Syria before dawn.', 'Turkey', 'SENT_TROOPS_TO', 'Syria'],
    ["Chad's peacekeepers in Mali were attacked on Friday.", 'Chad', 'SENT_TROOPS_TO', 'Mali'],
  ],
  misses: [
    // A mission that is not said to keep the peace may be political.
    ['The United Nations mission in Mali held talks with the rebels.', 'United Nations', 'SENT_TROOPS_TO', 'Mali'],
    ['Three Kenyan soldiers were killed in Kenya on Monday.', 'Kenya', 'SENT_TROOPS_TO', 'Kenya'],
    ['Three Canadian soldiers were killed in a crash, Afghanistan said.', 'Canada', 'SENT_TROOPS_TO', 'Afghanistan'],
    ['Kenya, which has ties with Somalia, condemned the attack.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    // A group's own fighters at home, and a body the gazetteer does not know, send nobody.
    ['Taliban forces in Kabul seized the palace.', 'Taliban', 'SENT_TROOPS_TO', 'Kabul'],
    ['Velquist Holdings has 300 personnel in Kenya.', 'Velquist Holdings', 'SENT_TROOPS_TO', 'Kenya'],
    ['Kenyan troops were seen on the border with Somalia.', 'Kenya', 'SENT_TROOPS_TO', 'Somalia'],
    ['Russian troops were flown home from Syria on Thursday.', 'Russia', 'SENT_TROOPS_TO', 'Syria'],
    ['Kenyan troops in Kenya were put on alert.', 'Kenya', 'SENT_TROOPS_TO', 'Kenya'],
    ['Syrian forces in Tarvel shelled the town on Monday.', 'Syria', 'SENT_TROOPS_TO', 'Tarvel'],
    ['Turkish soldiers said the road into Syria was closed.', 'Turkey', 'SENT_TROOPS_TO', 'Syria'],
    ['Forces loyal to the government retook the town in Mali.', 'Mali', 'SENT_TROOPS_TO', 'Mali'],
    ['Egypt condemned the troops in Libya.', 'Egypt', 'SENT_TROOPS_TO', 'Libya'],
  ],
});
