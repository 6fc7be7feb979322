// Acts and regulations outside procurement law that tender documents often cite. Their purpose is
// recognition: "Article 28 of the UK GDPR" or "section 17 of the Local Government Act 1988" must be
// read as that instrument, so Tender Lint never shows a procurement provision of the same number.
// Addresses are legislation.gov.uk citations (chapter or SI number); the UK GDPR address is the one
// the brief gives. Patterns are the full title, plus safe short forms that are unambiguous.

import type { Jurisdiction } from './revoked';

export interface CitedAct {
  id: string;
  title: string;
  abbreviations?: string[];
  /** Regex source matched case-insensitively at word boundaries. */
  pattern: string;
  /** What the instrument calls its numbered provisions. */
  provisionWord: 'section' | 'regulation' | 'article';
  url: string;
  jurisdiction: Jurisdiction[];
}

const LGU = 'https://www.legislation.gov.uk';
const UK: Jurisdiction[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];
const EW: Jurisdiction[] = ['England', 'Wales'];
const EWS: Jurisdiction[] = ['England', 'Wales', 'Scotland'];

export const CITED_ACTS: readonly CitedAct[] = [
  { id: 'uk-gdpr', title: 'UK General Data Protection Regulation', abbreviations: ['UK GDPR', 'GDPR'], pattern: String.raw`(?:UK\s+)?GDPR|UK\s+General\s+Data\s+Protection\s+Regulation|General\s+Data\s+Protection\s+Regulation`, provisionWord: 'article', url: `${LGU}/eur/2016/679/contents`, jurisdiction: UK },
  { id: 'dpa-2018', title: 'Data Protection Act 2018', abbreviations: ['DPA 2018'], pattern: String.raw`Data\s+Protection\s+Act\s+2018|DPA\s?2018`, provisionWord: 'section', url: `${LGU}/ukpga/2018/12/contents`, jurisdiction: UK },
  { id: 'foia-2000', title: 'Freedom of Information Act 2000', abbreviations: ['FOIA', 'FOIA 2000'], pattern: String.raw`Freedom\s+of\s+Information\s+Act\s+2000|FOIA(?:\s?2000)?`, provisionWord: 'section', url: `${LGU}/ukpga/2000/36/contents`, jurisdiction: ['England', 'Wales', 'Northern Ireland'] },
  { id: 'msa-2015', title: 'Modern Slavery Act 2015', abbreviations: ['MSA 2015'], pattern: String.raw`Modern\s+Slavery\s+Act\s+2015|MSA\s?2015`, provisionWord: 'section', url: `${LGU}/ukpga/2015/30/contents`, jurisdiction: UK },
  { id: 'equality-act-2010', title: 'Equality Act 2010', abbreviations: ['EqA 2010'], pattern: String.raw`Equality\s+Act\s+2010|EqA\s?2010`, provisionWord: 'section', url: `${LGU}/ukpga/2010/15/contents`, jurisdiction: EWS },
  { id: 'social-value-act-2012', title: 'Public Services (Social Value) Act 2012', abbreviations: ['Social Value Act'], pattern: String.raw`Public\s+Services\s+\(Social\s+Value\)\s+Act\s+2012|Social\s+Value\s+Act(?:\s+2012)?`, provisionWord: 'section', url: `${LGU}/ukpga/2012/3/contents`, jurisdiction: EW },
  { id: 'lga-1999', title: 'Local Government Act 1999', abbreviations: ['LGA 1999'], pattern: String.raw`Local\s+Government\s+Act\s+1999|LGA\s?1999`, provisionWord: 'section', url: `${LGU}/ukpga/1999/27/contents`, jurisdiction: EW },
  { id: 'lga-1988', title: 'Local Government Act 1988', abbreviations: ['LGA 1988'], pattern: String.raw`Local\s+Government\s+Act\s+1988|LGA\s?1988`, provisionWord: 'section', url: `${LGU}/ukpga/1988/9/contents`, jurisdiction: EWS },
  { id: 'care-act-2014', title: 'Care Act 2014', pattern: String.raw`Care\s+Act\s+2014`, provisionWord: 'section', url: `${LGU}/ukpga/2014/23/contents`, jurisdiction: EW },
  { id: 'health-and-care-act-2022', title: 'Health and Care Act 2022', pattern: String.raw`Health\s+and\s+Care\s+Act\s+2022`, provisionWord: 'section', url: `${LGU}/ukpga/2022/31/contents`, jurisdiction: UK },
  { id: 'tupe-2006', title: 'Transfer of Undertakings (Protection of Employment) Regulations 2006', abbreviations: ['TUPE', 'TUPE 2006'], pattern: String.raw`Transfer\s+of\s+Undertakings\s+\(Protection\s+of\s+Employment\)\s+Regulations\s+2006|TUPE(?:\s?2006)?`, provisionWord: 'regulation', url: `${LGU}/uksi/2006/246/contents`, jurisdiction: EWS },
  { id: 'bribery-act-2010', title: 'Bribery Act 2010', pattern: String.raw`Bribery\s+Act\s+2010`, provisionWord: 'section', url: `${LGU}/ukpga/2010/23/contents`, jurisdiction: UK },
  { id: 'hswa-1974', title: 'Health and Safety at Work etc. Act 1974', abbreviations: ['HSWA 1974'], pattern: String.raw`Health\s+and\s+Safety\s+at\s+Work\s+etc\.?\s+Act\s+1974|HSWA\s?1974`, provisionWord: 'section', url: `${LGU}/ukpga/1974/37/contents`, jurisdiction: EWS },
  { id: 'wfg-wales-2015', title: 'Well-being of Future Generations (Wales) Act 2015', pattern: String.raw`Well-being\s+of\s+Future\s+Generations\s+\(Wales\)\s+Act\s+2015`, provisionWord: 'section', url: `${LGU}/anaw/2015/2/contents`, jurisdiction: ['Wales'] },
  { id: 'procurement-reform-scotland-2014', title: 'Procurement Reform (Scotland) Act 2014', pattern: String.raw`Procurement\s+Reform\s+\(Scotland\)\s+Act\s+2014`, provisionWord: 'section', url: `${LGU}/asp/2014/12/contents`, jurisdiction: ['Scotland'] },
  { id: 'sppp-wales-2023', title: 'Social Partnership and Public Procurement (Wales) Act 2023', pattern: String.raw`Social\s+Partnership\s+and\s+Public\s+Procurement\s+\(Wales\)\s+Act\s+2023`, provisionWord: 'section', url: `${LGU}/asc/2023/1/contents`, jurisdiction: ['Wales'] },
  { id: 'late-payment-1998', title: 'Late Payment of Commercial Debts (Interest) Act 1998', pattern: String.raw`Late\s+Payment\s+of\s+Commercial\s+Debts\s+\(Interest\)\s+Act\s+1998`, provisionWord: 'section', url: `${LGU}/ukpga/1998/20/contents`, jurisdiction: UK },
  { id: 'sbee-2015', title: 'Small Business, Enterprise and Employment Act 2015', pattern: String.raw`Small\s+Business,\s+Enterprise\s+and\s+Employment\s+Act\s+2015`, provisionWord: 'section', url: `${LGU}/ukpga/2015/26/contents`, jurisdiction: UK },
];

const COMPILED = CITED_ACTS.map((a) => ({ act: a, re: new RegExp(String.raw`\b(?:${a.pattern})(?![\w/])`, 'i') }));

/** The cited act a phrase names, or undefined. First match in list order wins. */
export function citedActIn(text: string): CitedAct | undefined {
  const t = text.length > 2000 ? text.slice(0, 2000) : text;
  return COMPILED.find((c) => c.re.test(t))?.act;
}
