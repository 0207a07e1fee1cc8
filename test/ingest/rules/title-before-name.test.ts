// Titles before a person's name: the demonym, possessor or body before the title is what the person
// leads or serves; lower offices (deputy, acting, former, regional, opposition) do not lead a country.
import { ruleTable } from './table.js';

const FLOODS = 'Italy has been hit by floods. Italy closed its schools. Italy declared an emergency.';

ruleTable('title-before-name', {
  reads: [
    // A two-word title whose first word ends a body's name is the shorter title after the name.
    ['On Monday, Velmar Labour Party leader Tavo Renn said the vote was unfair.', 'Tavo Renn', 'LEADS', 'Velmar Labour Party'],
    ['The Velmar Labour Party leader, Tavo Renn, said the vote was unfair.', 'Tavo Renn', 'LEADS', 'Velmar Labour Party'],
    // A portfolio before a chief's or a commissioner's title: a role in the body, not its head.
    ['EU foreign policy chief Anna Velk said no.', 'Anna Velk', 'HOLDS_ROLE', 'European Union'],
    ['The UN human rights chief, Piet Marrow, said the camps were full.', 'Piet Marrow', 'HOLDS_ROLE', 'United Nations'],
    ['EU trade commissioner Jan Koss left Velmar on Monday.', 'Jan Koss', 'HOLDS_ROLE', 'European Union'],
    // A qualifier before the demonym qualifies the title; a head of a body in the country holds a role in it.
    ['Acting Cuban leader Tavo Renn has not been seen in public.', 'Tavo Renn', 'HOLDS_ROLE', 'Cuba'],
    // Qualifiers between the demonym and the title; an office no longer held.
    ['Tavo Renn defeated Zambian incumbent President Anna Velk in the vote.', 'Anna Velk', 'LEADS', 'Zambia'],
    ['The deposed Kenyan president Tavo Renn fled to Tanzania.', 'Tavo Renn', 'HOLDS_ROLE', 'Kenya'],
    ['NLD spokesperson Tavo Renn said the party had won.', 'Tavo Renn', 'SPOKESPERSON_FOR', 'NLD'],
    // A party named by one word before a legislator's title, or in the possessive before a title.
    ['Labour MP Anna Velk said the plan had failed.', 'Anna Velk', 'MEMBER_OF', 'Labour'],
    ['Democratic congressman Tavo Renn called for an inquiry.', 'Tavo Renn', 'MEMBER_OF', 'Democratic'],
    ["Labour's Shadow Home Secretary Anna Velk said her party backed it.", 'Anna Velk', 'HOLDS_ROLE', 'Labour'],
    ['The former Kenyan president Tavo Renn died on Sunday.', 'Tavo Renn', 'HOLDS_ROLE', 'Kenya'],
    // A name that opens the sentence with a common word and a possessive is a name.
    ["People's Party leader Tavo Renn said the vote was unfair.", 'Tavo Renn', 'LEADS', "People's Party"],
    // A demonym a territory shares is the independent country's.
    ['Indian Prime Minister Tomas Quellin spoke on Monday.', 'Tomas Quellin', 'LEADS', 'India'],
    ['Norwegian Prime Minister Anna Velk spoke on Monday.', 'Anna Velk', 'LEADS', 'Norway'],
    // A title before the name, its body after "for": the spokesman speaks for it, a person or a body.
    ['A spokesman for Tavo Renn, Anna Velk, said in a briefing that the city would fight.', 'Anna Velk', 'SPOKESPERSON_FOR', 'Tavo Renn'],
    ['"We are ready," said spokesperson for the Halden Workers Union, Piet Marrow.', 'Piet Marrow', 'SPOKESPERSON_FOR', 'Halden Workers Union'],
    // A portfolio after the title: a field of the body, not its head.
    ['"The rules were broken," said EU commissioner for Home Affairs, Lena Marsh.', 'Lena Marsh', 'HOLDS_ROLE', 'European Union'],
    // A portfolio of several of-phrases after the title ("of State for African Affairs") is no part of the name.
    ['US Assistant Secretary of State for African Affairs Anna Velk called on Norway to act.', 'Anna Velk', 'HOLDS_ROLE', 'United States'],
    // A deputy minister serves the government of the article's country, as the minister does.
    [
      'Zimbabwe banned the aid groups. Zimbabwe said they had campaigned. Zimbabwe waited. "They were not going anywhere," said deputy information minister Tavo Renn.',
      'Tavo Renn',
      'HOLDS_ROLE',
      'Zimbabwe',
    ],
    // A ruler leads the article's country; a chief minister the province the sentence names.
    [
      'Guinea held talks. Guinea waited. Guinea voted. Military ruler Captain Tavo Renn told state television that an inquiry would open.',
      'Tavo Renn',
      'LEADS',
      'Guinea',
    ],
    [
      'Meanwhile, in the Central Province, where the violence began, the Chief Minister Anna Velk announced schools would reopen.',
      'Anna Velk',
      'LEADS',
      'Central Province',
    ],
    // An office of the gazetteer with a title inside its name, right before the holder's name.
    ['UN High Commissioner for Refugees Anel Ostrova visited the camp on Monday.', 'Anel Ostrova', 'LEADS', 'United Nations High Commissioner for Refugees'],
    // A demonym that is also a common word ("polish") is no portfolio before the title.
    ['Polish Prime Minister Anna Velk on Saturday headed a ceremony.', 'Anna Velk', 'LEADS', 'Poland'],
    // Words between a demonym and a minister's title are the portfolio, no body.
    ['Indian External Affairs Minister Tomas Quellin said no.', 'Tomas Quellin', 'HOLDS_ROLE', 'India'],
    // A bare title of the one who reports what the opening country will do is that country's,
    // though the article names the other more often.
    [
      'Mali is at war. Mali needs help. Mali asked the UN. OSLO -- Norway will send troops to Mali, Prime Minister Anna Velk said Thursday.',
      'Anna Velk',
      'LEADS',
      'Norway',
    ],
    // "in" names the country a minister serves.
    ['The defence minister in Burundi, Anna Velk, denied the report.', 'Anna Velk', 'HOLDS_ROLE', 'Burundi'],
    // "chief" heads the body named before it.
    ['The Halden Group chief, Aldra Velk, said no.', 'Aldra Velk', 'LEADS', 'Halden Group'],
    // A party's candidate is a member.
    ["The Tarsk Unity Party's candidate, Ivo Brenn, won 52 percent.", 'Ivo Brenn', 'MEMBER_OF', 'Tarsk Unity Party'],
    // A portfolio secretary serves the department the article names, else the country it is about.
    ['The Home Office issued rules. Home Secretary Lena Marsh defended them.', 'Lena Marsh', 'HOLDS_ROLE', 'Home Office'],
    ['Kenya held elections. Kenya voted. Kenya waited. Defence Secretary Jonas Mavhu resigned.', 'Jonas Mavhu', 'HOLDS_ROLE', 'Kenya'],
    // A second to the office holds a role in any body, and leads none.
    ['Deputy director Ilsa Varn of Amnesty International spoke.', 'Ilsa Varn', 'HOLDS_ROLE', 'Amnesty International'],
    ['Amnesty International deputy director Ilsa Varn spoke.', 'Ilsa Varn', 'HOLDS_ROLE', 'Amnesty International'],
    // "its" and "their" go to a body named before them in the sentence.
    ['The Tarsk Unity Party met on Monday, and its chairman Ivo Brenn spoke.', 'Ivo Brenn', 'LEADS', 'Tarsk Unity Party'],
    ['Chilean Prime Minister Tomas Brandvik arrived in Santiago on Monday.', 'Tomas Brandvik', 'LEADS', 'Chile'],
    ['Reuters reported that French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin.', 'Olaf Scholz', 'LEADS', 'Germany'],
    ["Norway's president, Anna Kestrup, opened the session.", 'Anna Kestrup', 'LEADS', 'Norway'],
    ['The mayor of Nairobi, Tavo Okafor, resigned on Monday.', 'Tavo Okafor', 'LEADS', 'Nairobi'],
    ['The Peruvian president, Elena Marquez, said she would stay.', 'Elena Marquez', 'LEADS', 'Peru'],
    // "Title Name of Country": the "of" ends the name (it once made the person disappear).
    ['President Anel Ostrova of Norway opened the session.', 'Anel Ostrova', 'LEADS', 'Norway'],
    ['Foreign Minister Tavo Renn of Chile met the envoys.', 'Tavo Renn', 'HOLDS_ROLE', 'Chile'],
    ['Italian Prime Minister Giulia Brunella spoke in Rome.', 'Giulia Brunella', 'LEADS', 'Italy'],
    ['Former Kenyan President John Wekesa spoke at the funeral.', 'John Wekesa', 'HOLDS_ROLE', 'Kenya'],
    ['Velora Council for Migrants campaigner Caitlin Brant said the form was unfair.', 'Caitlin Brant', 'MEMBER_OF', 'Velora Council for Migrants'],
    ['White House national security adviser Tom Hadder said the visit would be short.', 'Tom Hadder', 'HOLDS_ROLE', 'White House'],
    ['Lindor Relief Agency Country Director Dr. Jana Okafor said the clinics were full.', 'Jana Okafor', 'LEADS', 'Lindor Relief Agency'],
    ['Cuban vice-premier Tavo Renn said the leader was recovering.', 'Tavo Renn', 'HOLDS_ROLE', 'Cuba'],
    ['Cuban parliamentary speaker Ilsa Vantrow told reporters the leader was resting.', 'Ilsa Vantrow', 'HOLDS_ROLE', 'Cuba'],
    ['Director of Medical Service James Nyrell said the outbreak had spread.', 'James Nyrell', 'LEADS', 'Medical Service'],
    [`${FLOODS} Undersecretary for Education Mr. Paolo Tocca said many schools would close.`, 'Paolo Tocca', 'HOLDS_ROLE', 'Italy'],
    // The acronym first and the name spelt out after it, in another language's word order.
    ['The secretary general of CEI (Velorian Episcopal Conference), Paolo Renzi, called the ruling dangerous.', 'Paolo Renzi', 'LEADS', 'CEI'],
    // A demonym misspelt by one letter, before a title.
    ['Venezualan president Tavo Renn sent his good wishes.', 'Tavo Renn', 'LEADS', 'Venezuela'],
    // No country at all, but the minister's own department is named.
    ['The Home Office said the forms were late. Home Secretary Mara Velt told reporters the plan was ready.', 'Mara Velt', 'HOLDS_ROLE', 'Home Office'],
    ['Interior Minister Jan Koss said the Interior Ministry would act.', 'Jan Koss', 'HOLDS_ROLE', 'Interior Ministry'],
    // No body named and no dominant country: the one country the sentence places itself in.
    ['The envoy began his trip in Benin, where he met with President Tavo Renn.', 'Tavo Renn', 'LEADS', 'Benin'],
    ['The hostage flew to France. Standing beside President Ilsa Vantrow at an air base southwest of Paris, she wept.', 'Ilsa Vantrow', 'LEADS', 'France'],
    // A country that is another title's own ("U.S. President") does not count against the setting.
    ['U.S. President Karl Osterberg began his trip today in Benin, where he met with President Tavo Renn.', 'Tavo Renn', 'LEADS', 'Benin'],
  ],
  misses: [
    // A governor's province is named before the title, not after it; an envoy "for" a country is sent there.
    ['Governor Anel Ostrova said the floods in Ontario were the worst.', 'Anel Ostrova', 'LEADS', 'Ontario'],
    ['The special envoy for Sudan, Tomas Velquist, arrived on Monday.', 'Tomas Velquist', 'HOLDS_ROLE', 'Sudan'],
    ['Acting Cuban leader Tavo Renn has not been seen in public.', 'Tavo Renn', 'LEADS', 'Cuba'],
    ['The deposed Kenyan president Tavo Renn fled to Tanzania.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['The late President Tavo Renn of Kenya was buried on Monday.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['Senior MP Anna Velk said the plan had failed.', 'Anna Velk', 'MEMBER_OF', 'Senior'],
    ['Kenyan MP Anna Velk said the plan had failed.', 'Anna Velk', 'MEMBER_OF', 'Kenyan'],
    ['The former Kenyan president Tavo Renn died on Sunday.', 'Tavo Renn', 'LEADS', 'Kenya'],
    ['Cuban parliamentary speaker Anna Velk told reporters he was stable.', 'Anna Velk', 'LEADS', 'Cuba'],
    // The head of a field of a body does not lead the body.
    ['EU foreign policy chief Anna Velk said no.', 'Anna Velk', 'LEADS', 'European Union'],
    ['EU trade commissioner Jan Koss left Velmar on Monday.', 'Jan Koss', 'LEADS', 'European Union'],
    // The party leader of no named party leads no country.
    ['Velmar held a vote on Monday. The party leader Tavo Renn said the vote was unfair.', 'Tavo Renn', 'LEADS', 'Velmar'],
    // "People's" alone, opening a sentence, names nothing.
    ["People's lives matter, Tavo Renn of the Velmar Labour Party said.", 'Tavo Renn', 'LEADS', 'Velmar Labour Party'],
    [
      'Mali is at war. Mali needs help. Mali asked the UN. OSLO -- Norway will send troops to Mali, Prime Minister Anna Velk said Thursday.',
      'Anna Velk',
      'LEADS',
      'Mali',
    ],
    // Not a city the holder is in, nor the country an envoy is posted to.
    ['The foreign minister in Paris, Anna Velk, met reporters.', 'Anna Velk', 'HOLDS_ROLE', 'Paris'],
    ['The ambassador in Norway, Anna Velk, resigned.', 'Anna Velk', 'HOLDS_ROLE', 'Norway'],
    // Found by review: a commander in a country leads none of it; a threat is the other side's words.
    ['The top commander in Mali, Anna Velk, said the troops would stay.', 'Anna Velk', 'LEADS', 'Mali'],
    [
      'Mali is at war. Mali buried its dead. Mali asked for help. Norway would pay for the raid, President Anna Velk said on Tuesday.',
      'Anna Velk',
      'LEADS',
      'Norway',
    ],
    // A verb after a title in a title-case headline is no person.
    ['Velmar Army Chief Resigns\n\nTomas Quellin left on Monday.', 'Resigns', 'LEADS', 'Velmar Army'],
    ["The Tarsk Unity Party's candidate, Ivo Brenn, won 52 percent.", 'Ivo Brenn', 'LEADS', 'Tarsk Unity Party'],
    ['Kenya held elections. Kenya voted. Kenya waited. Press Secretary Lena Marsh spoke.', 'Lena Marsh', 'HOLDS_ROLE', 'Kenya'],
    ['Deputy director Ilsa Varn of Amnesty International spoke.', 'Ilsa Varn', 'LEADS', 'Amnesty International'],
    // "their" of a sentence whose subject is a common noun is that noun's, not a body named before.
    [
      'The African Union suspended the country. The guards installed their former commander, Dravo Kestin, as head of state.',
      'Dravo Kestin',
      'HOLDS_ROLE',
      'African Union',
    ],
    [`${FLOODS} The regional president Marco Bellandi visited the flooded towns.`, 'Marco Bellandi', 'LEADS', 'Italy'],
    ['Swedish Deputy Prime Minister Karl Osterberg said the talks would go on.', 'Karl Osterberg', 'LEADS', 'Sweden'],
    ['Norwegian acting president Lena Hovland said the budget was ready.', 'Lena Hovland', 'LEADS', 'Norway'],
    ['Former Kenyan President John Wekesa spoke at the funeral.', 'John Wekesa', 'LEADS', 'Kenya'],
    ['Danish opposition leader Daniel Ferrow said the vote was unfair.', 'Daniel Ferrow', 'LEADS', 'Denmark'],
    ['Italian Prime Minister Giulia Brunella spoke in Rome.', 'Giulia Brunella', 'HOLDS_ROLE', 'Italy'],
    // Two countries in the sentence: which one the president leads is not said.
    ['President Tavo Renn flew from Benin to Togo on Monday.', 'Tavo Renn', 'LEADS', 'Benin'],
    ['President Tavo Renn flew from Benin to Togo on Monday.', 'Tavo Renn', 'LEADS', 'Togo'],
    // Two heads in one sentence, a country only talked about, or a minister: no country is assumed.
    ["President Tavo Renn said he and President Ilsa Vantrow discussed Benin's economy.", 'Ilsa Vantrow', 'LEADS', 'Benin'],
    ['When asked about the situation in Kenya, Tavo Renn said he had sent Secretary of State Ilsa Vantrow.', 'Ilsa Vantrow', 'HOLDS_ROLE', 'Kenya'],
    ['President Ilsa Vantrow does not need to go to Kenya at this point.', 'Ilsa Vantrow', 'LEADS', 'Kenya'],
    // A place one letter from a demonym is that place, not the demonym's country.
    ['Indiana Governor Mark Bellow spoke on Monday.', 'Mark Bellow', 'LEADS', 'India'],
    // Another department's body is not the minister's.
    ['The Foreign Office said the forms were late. Home Secretary Mara Velt told reporters the plan was ready.', 'Mara Velt', 'HOLDS_ROLE', 'Foreign Office'],
  ],
});
