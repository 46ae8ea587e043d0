import { unattributed } from '../../../src/rules/quote/unattributed';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(unattributed, {
  valid: [
    // said-after, speaker first and verb first
    '"We will not back down," Rutte said.',
    '"We will not back down," said Mark Rutte, the NATO secretary general.',
    '"The talks were useful," the minister told reporters on Tuesday.',
    // after a quote that ends its own sentence
    '"We will not back down." Rutte said on Monday.',
    // said-before and colon
    'Rutte said: "We will not back down."',
    'In a statement, the ministry said: "The border remains closed."',
    'He told Reuters, "The border remains closed."',
    // according to
    '"The border remains closed," according to a statement from the ministry.',
    // told, wrote, posted, added, asked, insisted
    '"We need the money now," Governor Ana Ruiz wrote in a letter to lawmakers.',
    '"Polls close at 8," the election board posted on its website.',
    '"Nobody should be surprised," she added.',
    '"Where is the money going?" asked Senator Tom Hale.',
    '"This was never about the money," Hale insisted.',
    // partial quote after a subject and verb
    'Mrs Robinson said the ruling was "in line with international legal opinion and long overdue".',
    // continuation within the paragraph, before and after a second sentence
    '"We will not back down," Rutte said. "Our allies know it and so does Moscow."',
    '"We are prepared to pay," Trump said, "but the burden must be shared by everyone."',
    // a quote in the same sentence as an attributed one
    'Rutte said the plan was "a pivotal moment for the alliance and its partners" and added: "We will not back down."',
    // reported speech earlier in the paragraph names the speaker
    'Mr Abbas said such attacks were against Palestinian interests. "We believe peace is possible now and we are ready to talk."',
    // multi-paragraph quote: the first paragraph is attributed, the next reopens without closing
    'Rutte said: "We will not back down. Our allies know it.\n\n"And so does Moscow, which has tested us for a decade."',
    // a paragraph that opens with a quote right after the same speaker's quote (British practice)
    '"We will not back down," Rutte said.\n\n"Our allies know it and so does Moscow."',
    // wire-copy verbs and forms (issue 14)
    ...['speculated', 'alleged', 'retorted', 'quipped', 'mumbled', 'conceded', 'cautioned', 'reiterated', 'concurred'].map((verb) => `"Prices will not recover before the summer," Okafor ${verb}.`),
    '"Prices will not recover before the summer," John Okafor, vice chairman of Halvorsen Foods\' finance unit, said.',
    'John Okafor, vice chairman of Halvorsen Foods\' finance unit, speculated that "prices will not recover before the summer and may fall further."',
    // documents quoted
    ...['the minutes showed', 'the release said', 'the order states', 'the filing read'].map((source) => `"Prices will not recover before the summer," ${source}.`),
    'Following are extracts from the communique issued at the end of the meeting.\n\n"The conference noted that prices had recovered."\n\n"The conference decided to meet again in June."',
    'HELSINKI, June 3 - Following are extracts from the statement issued after the talks.\n\n"The growers agreed to cut the quota."',
    // a long appositive after the speaker who ends the paragraph before
    '"We are very pleased," said Max Okafor, a senior official of the Growers Federation, which has fought a long campaign against any curbs on the co-operatives and their right to sell abroad.\n\n"It has shown that growers who sell at home should not be punished."',
    // a fragment running to the end of a sentence whose subject names the speaker
    'Dana Okafor ruled out a larger quota, "because the idea is precisely not to flood the market."',
    // a term or a brand in quotes at a sentence's end, with the full stop inside the marks
    'The biscuits were sold under the name "Carlton."',
    'The bank termed the offer "inadequate."',
    'Most of the firms are affiliates of conglomerates known as "chaebols."',
    // a person or an organisation speaking at the end of the paragraph before carries over (British practice)
    'Halvorsen Foods said profits would rise.\n\n"We will not plant barley again."',
    'Barley acreage will fall by a fifth, Ines Varga of the growers\' union told reporters.\n\n"We will not plant barley again."',
    // the speaker implied by the subject of the sentence before, within one paragraph
    'Dana Okafor spent a decade at the agency before she quit. "I was tired of waiting for a budget that never came."',
    'Neighbours describe Okafor as tireless. Okafor opened the clinic in 2019. "Some nights there are forty people in the corridor."',
    // the subject after an introductory phrase, and an organisation as subject
    'Writing in the Guardian, Mr Brown set out his plans. "Labour\'s ambition is not simply tackling idleness but delivering full employment."',
    'The government\'s main worries are "slumping consumption and a contraction in the construction industry".',
    // the sentence right after the quote says whose words they were
    'The camp opened on Monday.\n\n"Do you have it in your heart? How much do you hate to lose?"\n\nThese are the questions Jimmy Connors will be asking of young players this winter.',
    // list items that quote the document their lead-in names
    { text: 'The proposals include:\n\n- Migrants will have to "demonstrate they have an acceptable standard of health and no history of disease".', filePath: 'story.txt', name: 'plain-text list after a colon' },
    { text: 'The proposals include:\n\n- Visitors stay under six months.\n- Migrants will have to "demonstrate they have an acceptable standard of health and no history of disease".', name: 'Markdown list after a colon' },
    // a fragment whose sentence has a named subject but no verb of speech
    'Standard Chartered sees "the opportunity to create value by introducing more sophisticated banking products".',
    // a quote split by a blank line inside its sentence is attributed where it closes
    'Nobody remembers that campaign now. "He wanted to look like a prime minister. I\n\nwas\n\nprime minister and I wanted a real fight," says Mr Major.',
    // a paragraph reopened with doubled single marks continues the quote
    "''We want an explanation,'' McCreadie said. ''Nobody has called us.\n\n''We will see them in court.''",
    // a slogan named as a message, words written on something, a title with its full stop inside the marks
    'A camper van rolled into view, decked out in that most mind-bending of messages - "lowest mortgage rate for 40 years".',
    'Every runner hits the wall at some stage and sees written on it, "Are you strong enough to finish?"',
    "The coach dropped Dawson after he missed training to film 'A Question of Sport.'",
    // scare quotes, titles, nicknames, short terms
    'The minister called the deal a "win-win" for the region.',
    'Speaking at a meeting of the ‘Ramnatein’ contact group, officials met in Brussels.',
    'The film "The Return of the King" won best picture.',
    'Former boxer "Iron" Mike Tyson arrived late.',
    'She described the plan as "dead on arrival".',
    'The actor was honoured for a "great number of celebrated roles" in later films.',
    // apostrophes at word ends are not quotes
    'The players’ union met the Joneses’ lawyer in the ’90s to talk about rock ’n’ roll.',
    // headlines quote without attributing
    { text: '# NATO Urges ‘Critical’ Arms Boost\n\nNATO met on Monday.', name: 'headline term' },
    { text: "Abbas 'will not tolerate further attacks on civilians'\n\nPalestinian leader Mahmoud Abbas spoke on Monday.", filePath: 'story.txt', name: 'plain-text headline' },
  ],
  invalid: [
    ...[
      ['a plain fact', 'Shares in Halvorsen Foods fell 4 percent on Tuesday.'],
      ['an expectation', 'Growers are expected to learn the new quota on Friday.'],
      ['a poll', 'A new poll of 900 growers suggests most will plant less barley.'],
      ['a survey', 'Barley acreage will fall by a fifth, according to the survey.'],
      ['an action that is not speech: called a witness', 'The prosecutor called a witness from the co-operative.'],
      ['an action that is not speech: filed suit', 'The co-operative filed suit against Halvorsen Foods on Monday.'],
    ].map(([kind, before]) => ({
      name: `no speaker carries over from ${kind}`,
      text: `${before}\n\n"We will not plant barley again."`,
      count: 1,
      spans: ['"We will not plant barley again."'],
    })),
    {
      name: 'a full sentence quoted at the end of a sentence is speech, not a term',
      text: 'The biscuits were sold under the name Carlton. The owner wrote on the box "Nobody has ever complained about these biscuits in forty years."',
      count: 0,
    },
    {
      name: 'a fragment ending a sentence whose subject is no speaker',
      text: 'The plan was dropped, "because the idea is precisely not to flood the market."',
      count: 1,
    },
    {
      name: 'a word that merely names a document is no verb of attribution',
      text: 'The minutes were long.\n\n"Prices will not recover before the summer."',
      count: 1,
    },
    {
      name: 'a common noun opening the sentence before is no speaker',
      text: 'Prices rose again in March. "Nobody can afford a week of groceries any more."',
      count: 1,
    },
    {
      name: 'an implied speaker is not enough under AP style',
      text: 'Dana Okafor spent a decade at the agency before she quit. "I was tired of waiting for a budget that never came."',
      config: { style: 'ap' },
      count: 1,
      output: 'Dana Okafor spent a decade at the agency before she quit. "I was tired of waiting for a budget that never came," TK said.',
    },
    {
      name: 'paragraph opening with a quote after a paragraph that only named someone',
      text: 'Mark Rutte visited Kyiv on Monday.\n\n"We will not back down."',
      count: 1,
      spans: ['"We will not back down."'],
      output: 'Mark Rutte visited Kyiv on Monday.\n\n"We will not back down," TK said.',
    },
    {
      name: 'quote at the end of a paragraph with no speaker',
      text: 'The talks ended without agreement. "There is no deal on the table."',
      count: 1,
      output: 'The talks ended without agreement. "There is no deal on the table," TK said.',
    },
    {
      name: 'question keeps its mark',
      text: 'Crowds gathered outside the court. "Where is the justice?"',
      count: 1,
      output: 'Crowds gathered outside the court. "Where is the justice?" TK said.',
    },
    {
      name: 'British punctuation outside the closing mark',
      text: 'Prices rose again in May. "The squeeze on households is far from over".',
      count: 1,
      output: 'Prices rose again in May. "The squeeze on households is far from over", TK said.',
    },
    {
      name: 'curly single quotes',
      text: 'The deadline passed at midnight. ‘Every hour counts for the families waiting.’',
      count: 1,
      output: 'The deadline passed at midnight. ‘Every hour counts for the families waiting,’ TK said.',
    },
    {
      name: 'a sentence quoted inside a sentence is speech, not a title',
      text: 'The leaflet ends with "we will not back down on pay."',
      count: 1,
    },
    {
      name: 'a person named by a common noun is no implied speaker',
      text: 'The minister\'s main worries are "slumping consumption and a contraction in the construction industry".',
      count: 1,
    },
    {
      name: 'the next sentence does not say whose words they were',
      text: 'The camp opened on Monday.\n\n"Do you have it in your heart? How much do you hate to lose?"\n\nThese are hard questions for Jimmy Connors this winter.',
      count: 1,
    },
    {
      name: 'list items with no lead-in ending in a colon',
      text: 'The plan was published on Monday.\n\n- Migrants will have to "demonstrate they have an acceptable standard of health and no history of disease".',
      filePath: 'story.txt',
      count: 1,
    },
    {
      name: 'writing to someone is not an inscription',
      text: 'Nobody had written to the board on Monday. "We cannot go on like this."',
      count: 1,
    },
    {
      name: 'long mid-sentence quote with no speaker anywhere',
      text: 'The agreement is "a pivotal moment in the struggle against aggression in the region".',
      count: 1,
    },
    {
      name: 'multi-paragraph quote with no speaker: reported once, at its first paragraph',
      text: 'The talks ended.\n\n"We will not back down. Our allies know it.\n\n"And so does Moscow."',
      count: 1,
      message: /several paragraphs/,
      output: 'The talks ended.\n\n"We will not back down," TK said. "Our allies know it.\n\n"And so does Moscow."',
    },
    {
      name: 'AP style does not carry a speaker over a paragraph break',
      text: '"We will not back down," Rutte said.\n\n"Our allies know it and so does Moscow."',
      config: { style: 'ap' },
      count: 1,
      message: /new paragraph/,
    },
    {
      name: 'option newParagraph: strict',
      text: '"We will not back down," Rutte said.\n\n"Our allies know it and so does Moscow."',
      config: { rules: { 'quote/unattributed': ['warning', { newParagraph: 'strict' }] } },
      count: 1,
    },
  ],
});
