// UK bank holidays for 2024–2027, shipped as data so the linter never needs the network.
// Source: the UK government's published list, https://www.gov.uk/bank-holidays (also served as
// https://www.gov.uk/bank-holidays.json), which lists England and Wales, Scotland and Northern Ireland
// separately. Substitute days (a holiday falling at a weekend moves to the next weekday) are listed
// as the dates actually observed. Scotland's 2 January 2027 falls on a Saturday and is observed on
// Monday 4 January under the Banking and Financial Dealings Act 1971 practice of substitute days.
// When adding a year, extend BANK_HOLIDAYS_COVER in calendar.ts too.

export const BANK_HOLIDAYS_SOURCE = 'https://www.gov.uk/bank-holidays';

/** Shared by England and Wales and Northern Ireland (and partly Scotland). */
const EASTER_AND_MAY = {
  2024: ['2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27'],
  2025: ['2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26'],
  2026: ['2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25'],
  2027: ['2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31'],
} as const;

export const ENGLAND_AND_WALES: readonly string[] = [
  '2024-01-01', ...EASTER_AND_MAY[2024], '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', ...EASTER_AND_MAY[2025], '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', ...EASTER_AND_MAY[2026], '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', ...EASTER_AND_MAY[2027], '2027-08-30', '2027-12-27', '2027-12-28',
];

// Scotland: 2 January and St Andrew's Day (30 November) are bank holidays, Easter Monday is not, and
// the summer bank holiday is the first Monday in August.
export const SCOTLAND: readonly string[] = [
  '2024-01-01', '2024-01-02', '2024-03-29', '2024-05-06', '2024-05-27', '2024-08-05', '2024-12-02', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-01-02', '2025-04-18', '2025-05-05', '2025-05-26', '2025-08-04', '2025-12-01', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-01-04', '2027-03-26', '2027-05-03', '2027-05-31', '2027-08-02', '2027-11-30', '2027-12-27', '2027-12-28',
];

// Northern Ireland: England and Wales's list plus St Patrick's Day (17 March) and the Battle of the
// Boyne (12 July), each moved to the Monday when it falls at a weekend.
export const NORTHERN_IRELAND: readonly string[] = [
  ...ENGLAND_AND_WALES,
  '2024-03-18', '2024-07-12',
  '2025-03-17', '2025-07-14',
  '2026-03-17', '2026-07-13',
  '2027-03-17', '2027-07-12',
].sort();
