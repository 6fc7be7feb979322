// Procurement instruments that no longer govern new procurements, when they stopped, where, and
// what replaced them. Only dates confirmed by law-facts.md [P] or legislation.gov.uk / gov.uk text are
// recorded; instruments whose date we could not confirm (Utilities Contracts Regulations 2006 and
// Directive 2004/17/EC, whose replacement date rests on secondary sources only) are left out.
// "revokedFrom" is the first day new procurements ran under the replacement; savings keep earlier
// procurements under the old instrument (see each source).

export type Jurisdiction = 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';

export interface RevokedInstrument {
  id: string;
  /** Titles as drafters write them, including common short forms. */
  names: string[];
  /** Regex source matched case-insensitively at word boundaries. */
  pattern: string;
  jurisdiction: Jurisdiction[];
  /** ISO date from which new procurements no longer run under it. */
  revokedFrom: string;
  replacedBy: string;
  url: string;
  source: string;
}

const EWNI: Jurisdiction[] = ['England', 'Wales', 'Northern Ireland'];
const UK: Jurisdiction[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];
const SCOT: Jurisdiction[] = ['Scotland'];
const LGU = 'https://www.legislation.gov.uk';
const GO_LIVE = '2025-02-24';
/** IP completion day was 11pm on 31 December 2020: the first full day of UK-only law is 1 January 2021. */
const AFTER_IP = '2021-01-01';
const GUIDANCE_INDEX = 'https://gov.uk/government/publications/procurement-act-2023-guidance-documents ("previous legislation": PCR 2015, DSPCR 2011, UCR 2016, CCR 2016)';
const IP_SOURCE = 'law-facts §3 [P] D1 (since 11pm on 31 December 2020 EU directives are kept on legislation.gov.uk only to aid cross-referencing); instruments.ts IP_COMPLETION_DAY';

export const REVOKED_INSTRUMENTS: readonly RevokedInstrument[] = [
  {
    id: 'pcr-2006', names: ['Public Contracts Regulations 2006', 'PCR 2006', 'SI 2006/5'],
    pattern: String.raw`Public\s+Contracts\s+Regulations\s+2006|PCR\s?2006|S\.?I\.?\s+2006\/5(?!\d)`,
    jurisdiction: EWNI, revokedFrom: '2015-02-26', replacedBy: 'Public Contracts Regulations 2015',
    url: `${LGU}/uksi/2006/5/contents`, source: `${LGU}/uksi/2006/5/regulation/37/2015-02-26 (revoked 26.2.2015 by SI 2015/102 regs 1(2), 116(a), with savings in regs 116–122)`,
  },
  {
    id: 'pcsr-2006', names: ['Public Contracts (Scotland) Regulations 2006', 'PCSR 2006', 'SSI 2006/1'],
    pattern: String.raw`Public\s+Contracts\s+\(Scotland\)\s+Regulations\s+2006|PCSR\s?2006|S\.?S\.?I\.?\s+2006\/1(?!\d)`,
    jurisdiction: SCOT, revokedFrom: '2012-05-01', replacedBy: 'Public Contracts (Scotland) Regulations 2012',
    url: `${LGU}/ssi/2012/88/schedule/7/made`, source: `${LGU}/ssi/2012/88/schedule/7/made (Part A revokes SSI 2006/1); in force 1 May 2012 per the Scottish Parliament committee record and the legislation.gov.uk version of 01/05/2012`,
  },
  {
    id: 'pcsr-2012', names: ['Public Contracts (Scotland) Regulations 2012', 'PCSR 2012', 'SSI 2012/88'],
    pattern: String.raw`Public\s+Contracts\s+\(Scotland\)\s+Regulations\s+2012|PCSR\s?2012|S\.?S\.?I\.?\s+2012\/88`,
    jurisdiction: SCOT, revokedFrom: '2016-04-18', replacedBy: 'Public Contracts (Scotland) Regulations 2015',
    url: `${LGU}/ssi/2012/88/contents`, source: `${LGU}/ssi/2015/446/note (revokes and replaces the 2012 Regulations); ${LGU}/ssi/2012/88/note/2012-05-01 (version superseded 18/04/2016)`,
  },
  {
    id: 'pcr-2015', names: ['Public Contracts Regulations 2015', 'PCR 2015', 'SI 2015/102'],
    pattern: String.raw`Public\s+Contracts\s+Regulations\s+2015|PCR\s?2015|S\.?I\.?\s+2015\/102`,
    jurisdiction: EWNI, revokedFrom: GO_LIVE, replacedBy: 'Procurement Act 2023',
    url: `${LGU}/uksi/2015/102/contents`, source: 'law-facts §0.4 [P] P15 (PA 2023 s.119 and Sch 11 para 5; savings in SI 2024/716 reg 5)',
  },
  {
    id: 'ucr-2016', names: ['Utilities Contracts Regulations 2016', 'UCR 2016', 'SI 2016/274'],
    pattern: String.raw`Utilities\s+Contracts\s+Regulations\s+2016|UCR\s?2016|S\.?I\.?\s+2016\/274`,
    jurisdiction: EWNI, revokedFrom: GO_LIVE, replacedBy: 'Procurement Act 2023',
    url: `${LGU}/uksi/2016/274/contents`, source: GUIDANCE_INDEX,
  },
  {
    id: 'ccr-2016', names: ['Concession Contracts Regulations 2016', 'CCR 2016', 'SI 2016/273'],
    pattern: String.raw`Concession\s+Contracts\s+Regulations\s+2016|CCR\s?2016|S\.?I\.?\s+2016\/273`,
    jurisdiction: EWNI, revokedFrom: GO_LIVE, replacedBy: 'Procurement Act 2023',
    url: `${LGU}/uksi/2016/273/contents`, source: `${GUIDANCE_INDEX}; CCR 2016 reg 1(2): does not extend to Scotland`,
  },
  {
    id: 'dspcr-2011', names: ['Defence and Security Public Contracts Regulations 2011', 'DSPCR 2011', 'SI 2011/1848'],
    pattern: String.raw`Defence\s+and\s+Security\s+Public\s+Contracts\s+Regulations\s+2011|DSPCR(?:\s?2011)?|S\.?I\.?\s+2011\/1848`,
    // The DSPCR applied throughout the UK (gov.uk, implementation of Directive 2009/81/EC); the Act
    // governs defence and security contracts in their place.
    jurisdiction: UK, revokedFrom: GO_LIVE, replacedBy: 'Procurement Act 2023',
    url: `${LGU}/uksi/2011/1848/contents`, source: `${GUIDANCE_INDEX}; https://gov.uk/government/publications/procurement-act-2023-guidance-documents-plan-phase/guidance-defence-and-security-contracts-html ("replace the repealed DSPCR")`,
  },
  {
    id: 'directive-2004-18-ewni', names: ['Directive 2004/18/EC'],
    pattern: String.raw`Directive\s+2004\/18(?:\/EC)?`,
    jurisdiction: EWNI, revokedFrom: '2015-02-26', replacedBy: 'Directive 2014/24/EU, transposed by the Public Contracts Regulations 2015',
    url: `${LGU}/eudr/2004/18/contents`, source: `${LGU}/uksi/2006/5/regulation/1/2011-07-01 (PCR 2006 implemented 2004/18/EC for E/W/NI; revoked 26.2.2015); law-facts §3 [P] D6 (2014/24/EU repeals 2004/18/EC)`,
  },
  {
    id: 'directive-2004-18-scotland', names: ['Directive 2004/18/EC'],
    pattern: String.raw`Directive\s+2004\/18(?:\/EC)?`,
    jurisdiction: SCOT, revokedFrom: '2016-04-18', replacedBy: 'Directive 2014/24/EU, transposed by the Public Contracts (Scotland) Regulations 2015',
    url: `${LGU}/eudr/2004/18/contents`, source: `${LGU}/ssi/2012/88/note/2012-05-01 (PCSR 2012 implemented 2004/18/EC for Scotland; superseded 18/04/2016)`,
  },
  {
    id: 'directive-2014-24-uk', names: ['Directive 2014/24/EU', 'Public Contracts Directive'],
    pattern: String.raw`Directive\s+2014\/24(?:\/EU)?|Public\s+Contracts\s+Directive`,
    jurisdiction: UK, revokedFrom: AFTER_IP, replacedBy: 'Public Contracts Regulations 2015 / Public Contracts (Scotland) Regulations 2015 as UK law',
    url: `${LGU}/eudr/2014/24/contents`, source: IP_SOURCE,
  },
  {
    id: 'directive-2014-25-uk', names: ['Directive 2014/25/EU', 'Utilities Directive'],
    pattern: String.raw`Directive\s+2014\/25(?:\/EU)?|Utilities\s+Directive`,
    jurisdiction: UK, revokedFrom: AFTER_IP, replacedBy: 'Utilities Contracts Regulations 2016 as UK law',
    url: `${LGU}/eudr/2014/25/contents`, source: `${IP_SOURCE}; ${LGU}/uksi/2016/274/note/made (UCR 2016 implement 2014/25/EU)`,
  },
  {
    id: 'directive-2014-23-uk', names: ['Directive 2014/23/EU', 'Concessions Directive'],
    pattern: String.raw`Directive\s+2014\/23(?:\/EU)?|Concessions?\s+Directive`,
    jurisdiction: UK, revokedFrom: AFTER_IP, replacedBy: 'Concession Contracts Regulations 2016 as UK law',
    url: `${LGU}/eudr/2014/23/contents`, source: IP_SOURCE,
  },
  {
    id: 'directive-2009-81-uk', names: ['Directive 2009/81/EC', 'Defence and Security Directive'],
    pattern: String.raw`Directive\s+2009\/81(?:\/EC)?|Defence\s+and\s+Security\s+Directive`,
    jurisdiction: UK, revokedFrom: AFTER_IP, replacedBy: 'Defence and Security Public Contracts Regulations 2011 as UK law',
    url: `${LGU}/eudr/2009/81/contents`, source: `${IP_SOURCE}; https://www.gov.uk/government/publications/implementation-of-directive-2009-81-ec`,
  },
  {
    id: 'directive-89-665-uk', names: ['Directive 89/665/EEC', 'Remedies Directive'],
    pattern: String.raw`Directive\s+89\/665(?:\/EEC)?|(?:Public\s+Sector\s+)?Remedies\s+Directive`,
    jurisdiction: UK, revokedFrom: AFTER_IP, replacedBy: 'Part 3 of the Public Contracts Regulations 2015 / of the Public Contracts (Scotland) Regulations 2015 as UK law',
    url: `${LGU}/eudr/1989/665/contents`, source: `${IP_SOURCE}; ${LGU}/ssi/2015/446/note (Part 3 implements 89/665/EEC)`,
  },
  {
    id: 'directive-92-13-uk', names: ['Directive 92/13/EEC', 'Utilities Remedies Directive'],
    pattern: String.raw`Directive\s+92\/13(?:\/EEC)?|Utilities\s+Remedies\s+Directive`,
    jurisdiction: UK, revokedFrom: AFTER_IP, replacedBy: 'Part 5 of the Utilities Contracts Regulations 2016 as UK law',
    url: `${LGU}/eudr/1992/13/contents`, source: `${IP_SOURCE}; ${LGU}/ssi/2012/88/note/2012-05-01 (92/13/EEC amended by 2007/66/EC)`,
  },
  {
    id: 'directive-2007-66-uk', names: ['Directive 2007/66/EC'],
    pattern: String.raw`Directive\s+2007\/66(?:\/EC)?`,
    jurisdiction: UK, revokedFrom: AFTER_IP, replacedBy: 'the remedies Parts of the UK procurement regulations as UK law',
    url: `${LGU}/eudr/2007/66/contents`, source: `${IP_SOURCE}; ${LGU}/ssi/2012/88/note/2012-05-01`,
  },
  {
    id: 'nhs-ppcc-2013', names: ['National Health Service (Procurement, Patient Choice and Competition) (No. 2) Regulations 2013', 'SI 2013/500'],
    pattern: String.raw`National\s+Health\s+Service\s+\(Procurement,\s+Patient\s+Choice\s+and\s+Competition\)\s+\(No\.\s*2\)\s+Regulations\s+2013|S\.?I\.?\s+2013\/500(?!\d)`,
    jurisdiction: ['England'], revokedFrom: '2024-01-01', replacedBy: 'Health Care Services (Provider Selection Regime) Regulations 2023',
    url: `${LGU}/uksi/2013/500/contents`, source: `${LGU}/uksi/2023/1348/contents/made (reg 28: amendments consequential on the revocation of SI 2013/500; in force 1 January 2024)`,
  },
  {
    id: 'ucsr-2006', names: ['Utilities Contracts (Scotland) Regulations 2006'],
    pattern: String.raw`Utilities\s+Contracts\s+\(Scotland\)\s+Regulations\s+2006`,
    jurisdiction: SCOT, revokedFrom: '2012-05-01', replacedBy: 'Utilities Contracts (Scotland) Regulations 2012',
    url: `${LGU}/ssi/2012/89/contents`, source: 'Scottish Parliament committee record of 17 April 2012 on SSI 2012/89 (schedule 5 revocations; in force 1 May 2012)',
  },
  {
    id: 'eu-exit-2019', names: ['Public Procurement (Amendment etc.) (EU Exit) Regulations 2019', 'SI 2019/560'],
    pattern: String.raw`Public\s+Procurement\s+\(Amendment\s+etc\.?\)\s+\(EU\s+Exit\)\s+Regulations\s+2019|S\.?I\.?\s+2019\/560`,
    jurisdiction: EWNI, revokedFrom: '2020-11-20', replacedBy: 'Public Procurement (Amendment etc.) (EU Exit) Regulations 2020',
    url: `${LGU}/uksi/2019/560/contents`, source: `${LGU}/uksi/2016/274/part/1/chapter/1 (annotation: SI 2019/560 revoked (20.11.2020) by SI 2020/1319 regs 1(3), 2(a))`,
  },
  {
    id: 'scotland-eu-exit-2019', names: ['SSI 2019/112'],
    pattern: String.raw`S\.?S\.?I\.?\s+2019\/112`,
    jurisdiction: SCOT, revokedFrom: '2020-12-31', replacedBy: 'the Scottish Statutory Instrument SSI 2020/468',
    url: `${LGU}/ssi/2019/112/contents`, source: `${LGU}/ssi/2015/446/part/2/chapter/2/crossheading/choice-of-participants-and-awarding-contracts (annotation: SSI 2019/112 revoked immediately before IP completion day by SSI 2020/468 regs 1(3), 2(2)(a))`,
  },
];

/** Revoked instruments a text names, with where each match starts; input capped to keep cost linear. */
export function revokedInstrumentsIn(text: string): Array<{ entry: RevokedInstrument; index: number }> {
  const t = text.length > 20000 ? text.slice(0, 20000) : text;
  const out: Array<{ entry: RevokedInstrument; index: number }> = [];
  for (const entry of REVOKED_INSTRUMENTS) {
    const m = new RegExp(String.raw`\b(?:${entry.pattern})(?![\w/])`, 'i').exec(t);
    if (m) out.push({ entry, index: m.index });
  }
  return out;
}
