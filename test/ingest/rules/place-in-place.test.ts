// Places in places: "Peru's northern Aldra region", "A, B and C in eastern Y", a dateline "CITY, Country —".
import { ruleTable } from './table.js';

ruleTable('place-in-place', {
  reads: [
    // A town on a country's edge lies in it.
    ["Clashes broke out in Dravik on Kenya's coast.", 'Dravik', 'LOCATED_IN', 'Kenya'],
    ["Clashes broke out in Lamu, on Kenya's northern coast.", 'Lamu', 'LOCATED_IN', 'Kenya'],
    ["Troops massed in Kursk on Russia's border with Ukraine.", 'Kursk', 'LOCATED_IN', 'Russia'],
    ["Floods hit Peru's northern Aldra region on Monday.", 'Aldra', 'LOCATED_IN', 'Peru'],
    ['The storm reached Nairobi, Morra and Kesh in eastern Kenya.', 'Morra', 'LOCATED_IN', 'Kenya'],
    ['The storm reached Nairobi, Morra and Kesh in eastern Kenya.', 'Kesh', 'LOCATED_IN', 'Kenya'],
    ['Troops moved to Aldra province in the far north of Chile on Sunday.', 'Aldra', 'LOCATED_IN', 'Chile'],
    ['LIMA, Peru — Police fired tear gas at protesters on Monday.', 'Lima', 'LOCATED_IN', 'Peru'],
    ['The bomber was a physician from Telvin, Jordan.', 'Telvin', 'LOCATED_IN', 'Jordan'],
    ['Pilgrims were killed in a stampede near Kesh, Saudi Arabia, on Monday.', 'Kesh', 'LOCATED_IN', 'Saudi Arabia'],
    ['The couple from Morra, Australia, are on trial.', 'Morra', 'LOCATED_IN', 'Australia'],
    // What says where a place lies: "is located in", "lies in", "a village in", a region whose name opens with a compass word.
    ['Kohat is located in the Northwest Frontier Province of Pakistan.', 'Kohat', 'LOCATED_IN', 'Northwest Frontier Province'],
    ['Mardan lies in the Khyber district of Pakistan.', 'Mardan', 'LOCATED_IN', 'Khyber'],
    ['The attack took place in Kohat, a village in northern Pakistan.', 'Kohat', 'LOCATED_IN', 'Pakistan'],
    ['Kohat is a small town in Khyber Province, Pakistan.', 'Kohat', 'LOCATED_IN', 'Khyber Province'],
    ['The blast hit Quetta, in the Balochistan province of Pakistan.', 'Quetta', 'LOCATED_IN', 'Balochistan'],
  ],
  misses: [
    // A place that is only near another, or a person from there, or a body "located" by a verb of its own.
    ['The explosion occurred in Usterzai, near the town of Kohat.', 'Usterzai', 'LOCATED_IN', 'Kohat'],
    ['Kohat is a long way from Peshawar, in Pakistan.', 'Kohat', 'LOCATED_IN', 'Peshawar'],
    ['Kohat, a rival of the town in Pakistan, grew.', 'Kohat', 'LOCATED_IN', 'Pakistan'],
    ["Troops massed in Kursk on Russia's border with Ukraine.", 'Kursk', 'LOCATED_IN', 'Ukraine'],
    ["Ivo Brenn spoke in Mombasa on Kenya's independence day.", 'Mombasa', 'LOCATED_IN', 'Kenya'],
    ['Floods hit Peru and the Aldra region on Monday.', 'Aldra', 'LOCATED_IN', 'Peru'],
    ['The storm left Telvin and moved towards Kenya.', 'Telvin', 'LOCATED_IN', 'Kenya'],
    ['Troops from Dravik moved into Chile on Sunday.', 'Dravik', 'LOCATED_IN', 'Chile'],
    ['Police in Lindora fired tear gas, Kenya said.', 'Lindora', 'LOCATED_IN', 'Kenya'],
    ["Chile's envoy visited Dravik and Morra.", 'Morra', 'LOCATED_IN', 'Dravik'],
    ['Flights from Lindor, Kenya and Uganda were cancelled.', 'Lindor', 'LOCATED_IN', 'Kenya'],
    ['Talks were held in Lindor, Telvin, Peru and Chile.', 'Telvin', 'LOCATED_IN', 'Peru'],
    ["The envoy flew from Dravik, Peru's rival, to Chile.", 'Dravik', 'LOCATED_IN', 'Peru'],
  ],
});
