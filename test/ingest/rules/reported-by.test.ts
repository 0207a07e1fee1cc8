// REPORTED_BY: the speaker and the news agency that carried the words.
import { ruleTable } from './table.js';

ruleTable('reported-by', {
  reads: [
    ['Anna Kestrup told Reuters the vote was fair.', 'Anna Kestrup', 'REPORTED_BY', 'Reuters'],
    ['Speaking on Al Jazeera, Peter Dalgaard said the border was open.', 'Peter Dalgaard', 'REPORTED_BY', 'Al Jazeera'],
    ['In an interview with the BBC, Maria Osterlund said she would run.', 'Maria Osterlund', 'REPORTED_BY', 'BBC'],
    ['John Brandholm said the talks had failed, according to AFP.', 'John Brandholm', 'REPORTED_BY', 'AFP'],
    ["AFP's Elena Varga said the road was closed.", 'Elena Varga', 'REPORTED_BY', 'AFP'],
  ],
  misses: [
    ['Anna Kestrup told her staff that Reuters was wrong.', 'Anna Kestrup', 'REPORTED_BY', 'Reuters'],
    ['Peter Dalgaard said he had never watched Al Jazeera.', 'Peter Dalgaard', 'REPORTED_BY', 'Al Jazeera'],
    ['Maria Osterlund criticised the BBC.', 'Maria Osterlund', 'REPORTED_BY', 'BBC'],
    ['John Brandholm met Elena Varga, according to the schedule.', 'John Brandholm', 'REPORTED_BY', 'Elena Varga'],
    ['"We told Reuters nothing," Elena Varga said.', 'Elena Varga', 'REPORTED_BY', 'Reuters'],
  ],
});
