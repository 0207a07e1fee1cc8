// REPORTED_BY: the speaker and the news agency that carried the words.
import { ruleTable } from './table.js';

ruleTable('reported-by', {
  reads: [
    // The agency after the clause, described around its name; an outlet described before its name.
    ['Tavo Renn said the talks had failed, the Interfax news agency reported.', 'Tavo Renn', 'REPORTED_BY', 'Interfax'],
    ['Tavo Renn said the talks had failed, the state news agency TNA reported.', 'Tavo Renn', 'REPORTED_BY', 'TNA'],
    ['Tavo Renn, speaking on Kenyan radio station Capital FM, said the talks failed.', 'Tavo Renn', 'REPORTED_BY', 'Capital FM'],
    // An interview named after the speech verb: the speaker before it.
    ['Anna Kestrup said in an interview with the BBC that she would resign.', 'Anna Kestrup', 'REPORTED_BY', 'BBC'],
    ['Anna Kestrup told Reuters the vote was fair.', 'Anna Kestrup', 'REPORTED_BY', 'Reuters'],
    ['Speaking on Al Jazeera, Peter Dalgaard said the border was open.', 'Peter Dalgaard', 'REPORTED_BY', 'Al Jazeera'],
    ['In an interview with the BBC, Maria Osterlund said she would run.', 'Maria Osterlund', 'REPORTED_BY', 'BBC'],
    ['John Brandholm said the talks had failed, according to AFP.', 'John Brandholm', 'REPORTED_BY', 'AFP'],
    ["AFP's Elena Varga said the road was closed.", 'Elena Varga', 'REPORTED_BY', 'AFP'],
    // The agency named after the clause carries what its speaker said.
    ['The Velorian Interior Ministry said 40 people were detained, Reuters reported.', 'Velorian Interior Ministry', 'REPORTED_BY', 'Reuters'],
    ['Tavo Renn said the talks had failed, AFP said.', 'Tavo Renn', 'REPORTED_BY', 'AFP'],
    // The agency that quoted, cited or broadcast the words: after a passive, an apposition or a frame.
    ['Jana Okafor was quoted by AFP as saying the talks had failed.', 'Jana Okafor', 'REPORTED_BY', 'AFP'],
    ['Mira Selt, cited by Reuters, said no.', 'Mira Selt', 'REPORTED_BY', 'Reuters'],
    ['In comments broadcast by the BBC, Tavo Renn said she was tired.', 'Tavo Renn', 'REPORTED_BY', 'BBC'],
    // A name that holds its article is found after the article is skipped.
    ['Dravik Olsen said in a telephone interview to The New York Times that the plan had failed.', 'Dravik Olsen', 'REPORTED_BY', 'The New York Times'],
    ['Ilsa Vantrow had doubts, telling The Guardian that the verdict was wrong.', 'Ilsa Vantrow', 'REPORTED_BY', 'The Guardian'],
    // The outlet that published the words, in a frame before or after the speaker.
    [
      'In a statement published in the Financial Times, Justice Minister Aldra Velk said the inquiry was lawful.',
      'Aldra Velk',
      'REPORTED_BY',
      'Financial Times',
    ],
    ['Analyst Tomas Quellin said in an article published by Reuters that the risk was growing.', 'Tomas Quellin', 'REPORTED_BY', 'Reuters'],
    // A descriptor of up to four words before the agency.
    ['Aldra Velk said the talks went well, according to Chinese state news agency Xinhua.', 'Aldra Velk', 'REPORTED_BY', 'Xinhua'],
    // An interview the agency's name qualifies, in a frame.
    ['Speaking in a BBC interview, Anna Velk said he had complained.', 'Anna Velk', 'REPORTED_BY', 'BBC'],
    ['In an AFP interview, Anna Velk said no.', 'Anna Velk', 'REPORTED_BY', 'AFP'],
    // A person of a news outlet who speaks or writes.
    ['Writing in a blog post, Marta Ossen of The Guardian called the dispute a war of words.', 'Marta Ossen', 'REPORTED_BY', 'The Guardian'],
    ['Marta Ossen of the BBC said the road was closed.', 'Marta Ossen', 'REPORTED_BY', 'BBC'],
  ],
  misses: [
    // Another name between the description and the outlet, or an outlet that is only the topic.
    ['Tavo Renn, speaking on Kenyan radio about Anna Velk, said the talks failed.', 'Tavo Renn', 'REPORTED_BY', 'Anna Velk'],
    ['Tavo Renn said the talks had failed, and the Interfax news agency was closed.', 'Tavo Renn', 'REPORTED_BY', 'Interfax'],
    ['Ivo Brenn arrived. In an interview with the BBC, Anna Kestrup said she would resign.', 'Ivo Brenn', 'REPORTED_BY', 'BBC'],
    ['Tavo Renn met Ilsa Vantrow, Reuters reported.', 'Tavo Renn', 'REPORTED_BY', 'Reuters'],
    ['Tavo Renn said the talks had failed, but Reuters reported a deal.', 'Tavo Renn', 'REPORTED_BY', 'Reuters'],
    ['Anna Kestrup told her staff that Reuters was wrong.', 'Anna Kestrup', 'REPORTED_BY', 'Reuters'],
    ['Peter Dalgaard said he had never watched Al Jazeera.', 'Peter Dalgaard', 'REPORTED_BY', 'Al Jazeera'],
    ['Maria Osterlund criticised the BBC.', 'Maria Osterlund', 'REPORTED_BY', 'BBC'],
    ['John Brandholm met Elena Varga, according to the schedule.', 'John Brandholm', 'REPORTED_BY', 'Elena Varga'],
    ['"We told Reuters nothing," Elena Varga said.', 'Elena Varga', 'REPORTED_BY', 'Reuters'],
    ['Mira Selt said no. The film was aired by CNN on Monday.', 'Mira Selt', 'REPORTED_BY', 'CNN'],
    ['Tavo Renn was cited by the court for contempt, and Reuters was there.', 'Tavo Renn', 'REPORTED_BY', 'Reuters'],
    ['Aldra Velk said a statement published in the Financial Times was false.', 'Aldra Velk', 'REPORTED_BY', 'Financial Times'],
    ['Anna Velk criticised a BBC interview with Tomas Quellin.', 'Anna Velk', 'REPORTED_BY', 'BBC'],
    // Found by review: an agency inside what was said, or a person who is no subject of the speech.
    ['Anna Velk said the claims made by Reuters were "a pack of lies".', 'Anna Velk', 'REPORTED_BY', 'Reuters'],
    ['Anna Velk said the ban on Al Jazeera was "temporary".', 'Anna Velk', 'REPORTED_BY', 'Al Jazeera'],
    ['Speaking to reporters, Tomas Quellin condemned the arrest of Anna Velk of the BBC.', 'Anna Velk', 'REPORTED_BY', 'BBC'],
    ['The family of Anna Velk of the BBC said she was safe.', 'Anna Velk', 'REPORTED_BY', 'BBC'],
    ['Police said Anna Velk was named in an article published by Reuters.', 'Anna Velk', 'REPORTED_BY', 'Reuters'],
    ['Aldra Velk read the report published in The Guardian on Monday.', 'Aldra Velk', 'REPORTED_BY', 'The Guardian'],
    ['Marta Ossen of The Guardian met the minister on Monday.', 'Marta Ossen', 'REPORTED_BY', 'The Guardian'],
    ['Dravik Olsen gave an interview to a local paper, and the BBC aired a film.', 'Dravik Olsen', 'REPORTED_BY', 'BBC'],
    ['A friend of Dravik Olsen told the court that The New York Times had lied.', 'Dravik Olsen', 'REPORTED_BY', 'The New York Times'],
  ],
});
