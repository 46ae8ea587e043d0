import { monthAbbreviation as rule } from '../../../src/rules/style/month-abbreviation';
import { ruleTester } from '../../helpers/rule-tester';

const ap = { style: 'ap' as const };

ruleTester(rule, {
  valid: [
    { text: 'WASHINGTON (AP) — The law takes effect Jan. 15, and the review ends Sept. 30.', config: ap },
    { text: 'The vote is March 15; the fair runs June 3 to July 8.', config: ap },
    { text: 'Prices rose in January 2022 and fell in August.', config: ap },
    { name: 'day-month order is left to other checks', text: 'The vote is on 15 January.', config: ap },
    { name: 'headline capitals', text: 'TRIAL OPENS JANUARY 15', config: ap },
  ],
  invalid: [
    { text: 'The law takes effect January 15.', config: ap, count: 1, spans: ['January'], output: 'The law takes effect Jan. 15.' },
    { text: 'The review ends Sep. 30 or Sept 30.', config: ap, count: 2, output: 'The review ends Sept. 30 or Sept. 30.' },
    { text: 'The fair opens Mar. 3 and closes Jul. 8.', config: ap, count: 2, message: /never abbreviated/, output: 'The fair opens March 3 and closes July 8.' },
    { text: 'Prices rose in Jan. 2022.', config: ap, count: 1, message: /spells out/, output: 'Prices rose in January 2022.' },
    { text: 'The hearing is on Tue., December 15, 2025.', config: ap, count: 1, output: 'The hearing is on Tue., Dec. 15, 2025.' },
  ],
});
