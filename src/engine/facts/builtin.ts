import type { FactEntry } from '../config';

/**
 * Start dates that stories count years from. Names are matched whole and without
 * regard to case; curly apostrophes and dashes match straight ones. The first name
 * names the entry in messages. Dates follow the sources editors cite (Reuters, AP,
 * Britannica); an ended entry carries its end date.
 */
export const BUILTIN_FACTS: readonly FactEntry[] = [
  {
    names: [
      'Russo-Ukrainian war', 'Russia-Ukraine war', 'Russian-Ukrainian war', 'Russian-Ukrainian conflict', 'Russia-Ukraine conflict',
      'war in Ukraine', 'Ukraine war', "Russia's war", "Russia's war in Ukraine", "Russia's war against Ukraine", 'the conflict in Ukraine',
      'war against Ukraine', 'conflict in Ukraine', "Ukraine's war",
    ],
    start: '2014-02',
    // Stories that say "the war in Ukraine" often count from the full-scale invasion; the 2014 names do not.
    milestones: [
      {
        name: 'the full-scale invasion',
        date: '2022-02-24',
        names: ['Russia-Ukraine war', 'war in Ukraine', 'Ukraine war', "Russia's war", "Russia's war in Ukraine", "Russia's war against Ukraine", 'the conflict in Ukraine', 'war against Ukraine', 'conflict in Ukraine', "Ukraine's war"],
      },
    ],
    note: 'Russia seized Crimea in February 2014; the full-scale invasion began on 24 February 2022.',
  },
  {
    names: ['full-scale invasion', "Russia's full-scale invasion", 'invasion of Ukraine', "Russia's invasion of Ukraine", 'Russian invasion of Ukraine'],
    start: '2022-02-24',
  },
  { names: ['Israel-Hamas war', 'war in Gaza', 'Gaza war', 'war between Israel and Hamas', 'conflict in Gaza'], start: '2023-10-07' },
  { names: ['Sudanese civil war', 'war in Sudan', "Sudan's civil war", 'Sudan war', 'conflict in Sudan'], start: '2023-04-15' },
  { names: ['Syrian civil war', 'war in Syria', "Syria's civil war", 'Syrian war', 'conflict in Syria'], start: '2011-03-15', end: '2024-12-08' },
  { names: ['Yemeni civil war', 'war in Yemen', "Yemen's civil war", 'conflict in Yemen'], start: '2014-09' },
  { names: ['Myanmar civil war', "Myanmar's civil war", 'conflict in Myanmar', 'Myanmar conflict'], start: '2021-02-01', note: 'The military coup of 1 February 2021.' },
  { names: ['war in Afghanistan', 'Afghan war', 'Afghanistan war'], start: '2001-10-07', end: '2021-08-30' },
  { names: ['Iraq war', 'war in Iraq'], start: '2003-03-20', end: '2011-12-18' },
  { names: ['Covid-19 pandemic', 'Covid pandemic', 'coronavirus pandemic'], start: '2020-03-11', end: '2023-05-05', note: 'Declared a pandemic by the WHO on 11 March 2020; emergency ended 5 May 2023.' },
  { names: ['NATO', 'North Atlantic Treaty Organization'], start: '1949-04-04' },
  { names: ['the UN', 'United Nations'], start: '1945-10-24' },
  { names: ['the EU', 'European Union'], start: '1993-11-01' },
  { names: ['the euro'], start: '1999-01-01' },
  { names: ['the NHS', 'National Health Service'], start: '1948-07-05' },
  { names: ['the BBC', 'British Broadcasting Corporation'], start: '1922-10-18' },
  { names: ['the WHO', 'World Health Organization', 'World Health Organisation'], start: '1948-04-07' },
  { names: ['the WTO', 'World Trade Organization', 'World Trade Organisation'], start: '1995-01-01' },
  { names: ['the IMF', 'International Monetary Fund'], start: '1945-12-27' },
  { names: ['the ICC', 'International Criminal Court'], start: '2002-07-01' },
  { names: ['the African Union'], start: '2002-07-09' },
  { names: ['Asean', 'Association of Southeast Asian Nations'], start: '1967-08-08' },
  { names: ['the European Central Bank', 'the ECB'], start: '1998-06-01' },
  { names: ['the Federal Reserve', 'the Fed'], start: '1913-12-23' },
];
