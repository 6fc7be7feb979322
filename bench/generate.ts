// A deterministic generator of realistic tenders at any size: numbered clauses, evaluation tables,
// lists, citations, block quotes, code, and a sprinkling of the mistakes Tender Lint looks for.

import { seeded, type Random } from '../test/fuzz/generate';

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// Clause text a drafter would write correctly, and the mistakes Tender Lint looks for. A real tender has
// a handful of mistakes, not one in every clause: about one pick in forty is a mistake.
const CLAUSES = [
  'The Council will evaluate tenders against the award criteria and weightings set out in the table below.',
  'Bidders must submit their tender through the e-tendering portal by the deadline in the timetable.',
  'The Authority will treat all bidders equally and without discrimination and will act transparently and proportionately.',
  'The successful supplier will be required to comply with the Council\'s safeguarding policies and procedures.',
  'Any clarification questions must be raised through the portal no later than ten days before the deadline.',
  'The contract will run for an initial period of three years with an option to extend for up to two further years.',
  'Under regulation 84 of the Public Contracts Regulations 2015 the Council will keep a written record of the procurement.',
  'Social value will be assessed in line with the Council\'s social value policy and the National TOMs framework.',
  'The Council reserves the right not to award a contract and will not reimburse any costs incurred by bidders.',
  'Tenders will be evaluated on the basis of the most economically advantageous tender, as set out in regulation 67.',
  'Pricing must be stated exclusive of VAT and fixed for the first contract year.',
  'The Council may exclude a bidder on any of the grounds in regulation 57, and will apply the standstill period under regulation 87.',
];
const MISTAKES = [
  'The Council intends to use the Innovative Partnership procedure to develop the service with providers.',
  'A contract notice will be published in the OJEU and on Contracts Finder.',
  'The innovation partnership procedure under regulation 30 allows the service to be developed and then bought.',
  'The Alcatel period will be observed before the contract is signed.',
];
const MISTAKE_RATE = 1 / 40;
const HEADINGS = ['Introduction', 'Background', 'Scope of services', 'Procurement procedure', 'Evaluation and award', 'Timetable', 'Contract terms', 'Social value', 'Safeguarding', 'TUPE', 'Pricing schedule', 'Data protection'];

export function generateTender(targetChars: number, seed = 42): string {
  const r = seeded(seed);
  const parts: string[] = [
    '---\ntitle: Invitation to Tender\ntender-lint:\n  regime: pcr-2015\n  date: 2024-09-02\n  kind: tender\n---\n\n# Invitation to Tender: Community Services\n\n',
  ];
  let length = parts[0].length;
  let section = 0;
  while (length < targetChars) {
    section++;
    const block: string[] = [`## ${section}. ${pick(r, HEADINGS)}\n\n`];
    const clauses = 3 + Math.floor(r() * 6);
    const clause = () => pick(r, r() < MISTAKE_RATE ? MISTAKES : CLAUSES);
    for (let c = 1; c <= clauses; c++) block.push(`${section}.${c} ${clause()} ${clause()}\n\n`);
    const extra = r();
    if (extra < 0.25) block.push('| Criterion | Weighting |\n|---|---|\n| Quality | 60% |\n| Social value | 10% |\n| Price | 30% |\n\n');
    else if (extra < 0.5) block.push(`- ${clause()}\n- ${clause()}\n  - a nested point on **delivery**\n- see [the portal](https://example.org/portal/${section})\n\n`);
    else if (extra < 0.6) block.push(`> ${clause()}\n\n`);
    else if (extra < 0.65) block.push('```\nPrice = lowest price / bidder price x 30\n```\n\n');
    const text = block.join('');
    parts.push(text);
    length += text.length;
  }
  return parts.join('');
}

export const SIZES: Array<{ label: string; chars: number }> = [
  { label: '10 KB', chars: 10_000 },
  { label: '100 KB', chars: 100_000 },
  { label: '1 MB', chars: 1_000_000 },
  { label: '10 MB', chars: 10_000_000 },
];
