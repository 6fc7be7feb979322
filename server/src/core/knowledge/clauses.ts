// The clause library: standard wording a drafter inserts by snippet or completion ("tender-…"). Each
// clause names the regime it is written for and the provisions it relies on. The principle statements
// come from principles.ts, so that the quick fix and the clause share one wording. Users add their own
// clauses in settings; a user clause with a built-in id replaces it (their house wording wins).
// Facts: law-facts.md §1.2 (reg 31), §1.3 (reg 76), §0.8 and §7.5 (standstill), §0.10 and §7.4 (award).

import type { UserClause } from '../settings';
import { principleClauses } from './principles';
import type { Clause } from './types';

const INNOVATION_PARTNERSHIP = [
  'The Authority is procuring this requirement using the innovation partnership procedure under regulation 31 of the Public Contracts Regulations 2015.',
  '',
  '- **Need.** The Authority needs an innovative ${1:product, service or works} that cannot be met by buying products, services or works already available on the market. The minimum requirements that every tender must meet are identified in ${2:the specification}.',
  '- **Participation.** Any economic operator may request to participate in response to the contract notice. Only operators invited after the assessment of the selection information may submit tenders. Selection will take account of capacity in research and development and in developing and implementing innovative solutions.',
  '- **Partners.** The Authority may set up the partnership with ${3:one partner or with several partners conducting separate research and development activities}.',
  '- **Award.** Tenders will be evaluated solely on the best price-quality ratio. Initial and subsequent tenders may be negotiated, but not the final tenders, the minimum requirements or the award criteria.',
  '- **Phases.** The partnership will be structured in successive phases following the sequence of steps in the research and innovation process: ${4:research, development of a prototype, testing, and manufacture or provision of the solution}. The Authority will set intermediate targets for each phase, to be met by the partners, and will pay the remuneration in instalments linked to those phases.',
  '- **Purchase of the result.** At the end of the development phases the Authority will buy the resulting ${1:product, service or works} if it meets the performance levels and maximum costs agreed with the partner.',
  '- **Termination or reduction after each phase.** On the basis of the intermediate targets, the Authority may decide after each phase to terminate the partnership or, where there are several partners, to reduce their number by terminating individual contracts, under the conditions set out in ${5:the procurement documents}.',
];

const LIGHT_TOUCH = [
  'The services to be procured are social and other specific services listed in Schedule 3 to the Public Contracts Regulations 2015, so the contract is awarded under the light touch regime (regulations 74 to 77).',
  '',
  'Under regulation 76 the Authority has designed its own procedure, set out below, which is sufficient to ensure compliance with the principles of transparency and equal treatment of economic operators. The Authority will conduct the procurement in line with the information in the ${1:contract notice} about conditions for participation, time limits and the award procedure. Time limits for responses are reasonable and proportionate. If the Authority needs to depart from that information, it will do so only where this does not breach transparency or equal treatment, will record its reasons, and will inform all participants.',
  '',
  'In designing the procedure and the award criteria the Authority has taken into account ${2:the quality, continuity, accessibility, affordability, availability and comprehensiveness of the services, the specific needs of different groups of users including disadvantaged and vulnerable groups, the involvement and empowerment of users, and innovation}.',
];

const INFORMAL_PARTNERSHIP = [
  'In this document, "partnership" and "${1:innovative partnership}" describe an informal, collaborative way of working between the Authority and its providers. They do not refer to the innovation partnership procedure under regulation 31 of the Public Contracts Regulations 2015 (or any equivalent procedure), and they do not create a partnership, joint venture or other legal relationship. The contract will be awarded under ${2:the procedure described in this document}.',
];

const EVALUATION_PCR = [
  'The contract will be awarded to the most economically advantageous tender (MEAT) from the point of view of the Authority, identified on the basis of the best price-quality ratio in accordance with regulation 67 of the Public Contracts Regulations 2015.',
  '',
  'Tenders will be assessed against the award criteria and weightings below, which are linked to the subject-matter of the contract: ${1:quality ${2:60}% and price ${3:40}%}. The scoring method is set out in ${4:the evaluation annex}.',
];

const EVALUATION_PA = [
  'The contract will be awarded to the supplier that submits the most advantageous tender, that is, the tender that satisfies the Authority\'s requirements and best satisfies the award criteria (section 19 of the Procurement Act 2023).',
  '',
  'The award criteria relate to the subject-matter of the contract and are proportionate. They, their relative importance and the assessment methodology are: ${1:quality ${2:60}% and price ${3:40}%}, scored as set out in ${4:the assessment methodology annex} (section 23).',
];

const STANDSTILL_PCR = [
  'Before entering into the contract, the Authority will send every tenderer and candidate concerned a notice of its award decision under regulation 86 of the Public Contracts Regulations 2015. The Authority will not enter into the contract before the end of the standstill period under regulation 87: where the notices are sent electronically, midnight at the end of the 10th day after the day on which they are sent.',
];

const STANDSTILL_PA = [
  'The Authority will publish a contract award notice under section 50 of the Procurement Act 2023 and provide assessment summaries to the suppliers that submitted assessed tenders. It will not enter into the contract before the end of the standstill period under section 51: 8 working days beginning with the day on which the contract award notice is published.',
];

/** Turns snippet text into final text: placeholders keep their default wording. */
export function snippetToText(snippet: string): string {
  let text = snippet;
  // Innermost placeholders first, so nested ${1:a ${2:b}} resolves; bounded by the number of "${".
  for (let guard = 0; guard < 50 && text.includes('${'); guard++) {
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return text;
}

function make(id: string, title: string, lines: string[], regimes: Clause['regimes'], sources: string[]): Clause {
  const snippet = lines.join('\n');
  const clause: Clause = { id, title, body: snippetToText(snippet), sources };
  if (snippet.includes('${')) clause.snippet = snippet;
  if (regimes) clause.regimes = regimes;
  return clause;
}

const OWN_CLAUSES: readonly Clause[] = [
  make('tender-innovation-partnership', 'Innovation partnership procedure (PCR 2015 reg 31)', INNOVATION_PARTNERSHIP, ['pcr-2015'], ['pcr-2015:regulation:31', 'pcr-2015:regulation:67']),
  make('tender-light-touch-procedure', 'Light touch procedure designed by the Authority (PCR 2015 reg 76)', LIGHT_TOUCH, ['pcr-2015'], ['pcr-2015:regulation:74', 'pcr-2015:regulation:76', 'pcr-2015:schedule:3']),
  make('tender-informal-partnership', 'Disclaimer: an informal partnership, not the innovation partnership procedure', INFORMAL_PARTNERSHIP, undefined, ['pcr-2015:regulation:31']),
  make('tender-evaluation', 'Evaluation on the most economically advantageous tender (PCR 2015 reg 67)', EVALUATION_PCR, ['pcr-2015'], ['pcr-2015:regulation:67']),
  make('tender-evaluation-pa-2023', 'Evaluation on the most advantageous tender (Procurement Act 2023 s.19)', EVALUATION_PA, ['pa-2023'], ['pa-2023:section:19', 'pa-2023:section:23']),
  make('tender-standstill', 'Award decision notice and 10-day standstill (PCR 2015 regs 86 and 87)', STANDSTILL_PCR, ['pcr-2015'], ['pcr-2015:regulation:86', 'pcr-2015:regulation:87']),
  make('tender-standstill-pa-2023', 'Contract award notice and 8-working-day standstill (Procurement Act 2023 ss.50 and 51)', STANDSTILL_PA, ['pa-2023'], ['pa-2023:section:50', 'pa-2023:section:51']),
];

/** Every built-in clause: the principle statements, then the procedure clauses. */
export function builtinClauses(): Clause[] {
  return [...principleClauses(), ...OWN_CLAUSES];
}

function fromUser(c: UserClause): Clause {
  return { id: c.id, title: c.title, body: c.body, sources: [] };
}

/** Built-in clauses followed by the user's; a user clause with a built-in id takes its place. */
export function clauseLibrary(userClauses: readonly UserClause[] = []): Clause[] {
  const user = new Map(userClauses.map((c) => [c.id, fromUser(c)]));
  const library = builtinClauses().map((c) => user.get(c.id) ?? c);
  const builtinIds = new Set(library.map((c) => c.id));
  for (const c of user.values()) if (!builtinIds.has(c.id)) library.push(c);
  return library;
}

export function getClause(id: string, userClauses: readonly UserClause[] = []): Clause | undefined {
  return clauseLibrary(userClauses).find((c) => c.id === id);
}

export interface SnippetEntry {
  prefix: string;
  body: string[];
  description: string;
}

/** Plain text made safe for VS Code snippet syntax ("$", "}" and "\" are special there). */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** The contents of snippets/markdown.json: one snippet per built-in clause, keyed by title. */
export function clauseSnippets(clauses: readonly Clause[] = builtinClauses()): Record<string, SnippetEntry> {
  const out: Record<string, SnippetEntry> = {};
  for (const c of clauses) {
    out[c.title] = { prefix: c.id, body: (c.snippet ?? escapeSnippetText(c.body)).split('\n'), description: c.title };
  }
  return out;
}
