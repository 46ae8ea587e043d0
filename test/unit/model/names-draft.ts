/**
 * A draft for the readings short of the whole names layer: surnames before and after full names, a
 * family name first, titled surnames, a given name alone, a word of a longer name, an `other` name
 * a title makes a person's, two people of one surname, roles that point back, a headline.
 */
export const MANY_WAYS_TO_NAME = [
  'Mark Rutte Warns Allies',
  '"We agree," Rutte said. NATO chief Mark Rutte met Mahmoud Abbas in Paris. "Fine," Mr Abbas said, and Abbas left.',
  'Kim Yungmin spoke to Mr Kim. "No," Kim said. Lim Keng Yaik, an analyst with Acme Securities, agreed. "Yes," Lim said.',
  '"Maybe," said Yaik. "Later," Mark told the analyst. "Soon," the analyst said. Serena Williams won. "Great," Serena said.',
  '"Bad," Mr Okonjo said. President Reagan met Mr Blair. "Hi," Reagan said. But Blair left, said Acme Securities. Ohio agreed.',
  'Jane Roe, an analyst with Acme Securities, spoke. Tony Blair thanked the analyst. "Yes," Blair said. Cherie Blair smiled. "No," Blair said.',
].join('\n\n');
