// The subjects a drafter cites, with the words drafters use for them. Patterns are deliberately
// narrow: a subject must be named by a term of art ("award criteria", "standstill period"), never by
// a single everyday word ("award", "termination"), so ordinary prose does not trigger it.

import type { Subject } from './types';

const s = (id: string, name: string, ...patterns: string[]): Subject => ({ id, name, patterns });

export const SUBJECTS: readonly Subject[] = [
  s('principles', 'procurement principles', String.raw`procurement\s+principles`, String.raw`principles\s+of\s+procurement`, String.raw`procurement\s+objectives`),
  s('national-procurement-policy-statement', 'national procurement policy statement', String.raw`national\s+procurement\s+policy\s+statement`),
  s('choice-of-procedure', 'choice of procedure', String.raw`choice\s+of\s+(?:the\s+)?procedures?`, String.raw`procurement\s+routes?`),
  s('open-procedure', 'open procedure', String.raw`open\s+procedure`),
  s('restricted-procedure', 'restricted procedure', String.raw`restricted\s+procedure`),
  s('competitive-procedure-with-negotiation', 'competitive procedure with negotiation', String.raw`competitive\s+procedure\s+with\s+negotiation`),
  s('competitive-dialogue', 'competitive dialogue', String.raw`competitive\s+dialogue`),
  s('innovation-partnership', 'innovation partnership', String.raw`innovation\s+partnerships?`),
  s('competitive-flexible-procedure', 'competitive flexible procedure', String.raw`competitive\s+flexible\s+procedure`),
  s('competitive-tendering', 'competitive tendering procedure', String.raw`competitive\s+tendering\s+procedures?`),
  s('direct-award', 'direct award', String.raw`direct\s+awards?`, String.raw`negotiated\s+procedure\s+without\s+(?:prior\s+)?publication`, String.raw`direct\s+award\s+process\s+[ABC]`),
  s('most-suitable-provider', 'most suitable provider process', String.raw`most\s+suitable\s+provider\s+process`),
  s('time-limits', 'minimum time limits', String.raw`minimum\s+time\s+limits?`, String.raw`time\s+limits?\s+for\s+(?:the\s+)?(?:receipt\s+of\s+)?(?:tenders|requests\s+to\s+participate)`, String.raw`tender\s+periods?`),
  s('frameworks', 'framework agreements', String.raw`framework\s+agreements?`, String.raw`open\s+frameworks?`, String.raw`call-off\s+contracts?`),
  s('dynamic-purchasing', 'dynamic purchasing system', String.raw`dynamic\s+purchasing\s+systems?`, String.raw`dynamic\s+markets?`),
  s('lots', 'division into lots', String.raw`division\s+(?:of\s+(?:the\s+)?contracts?\s+)?into\s+lots`, String.raw`duty\s+to\s+consider\s+lots`, String.raw`(?:divide|divided|dividing)\s+(?:the\s+contract\s+)?into\s+lots`),
  s('technical-specifications', 'technical specifications', String.raw`technical\s+specifications?`),
  s('exclusion', 'exclusion grounds', String.raw`exclusion\s+grounds`, String.raw`grounds\s+for\s+(?:the\s+)?exclusion`, String.raw`exclusion\s+of\s+suppliers`),
  s('exclusion-mandatory', 'mandatory exclusion', String.raw`mandatory\s+exclusions?(?:\s+grounds?)?`, String.raw`mandatory\s+grounds\s+for\s+exclusion`, String.raw`excluded\s+suppliers?`),
  s('exclusion-discretionary', 'discretionary exclusion', String.raw`discretionary\s+exclusions?(?:\s+grounds?)?`, String.raw`discretionary\s+grounds\s+for\s+exclusion`, String.raw`excludable\s+suppliers?`),
  s('self-cleaning', 'self-cleaning', String.raw`self[\s-]+cleaning`),
  s('debarment', 'debarment list', String.raw`debarment(?:\s+list)?`),
  s('selection-criteria', 'selection criteria', String.raw`selection\s+criteria`, String.raw`conditions\s+of\s+participation`, String.raw`selection\s+questionnaires?`),
  s('award-criteria', 'award criteria', String.raw`(?:contract\s+)?award\s+criteria`, String.raw`most\s+(?:economically\s+)?advantageous\s+tender`, String.raw`best\s+price-quality\s+ratio`),
  s('life-cycle-costing', 'life-cycle costing', String.raw`life[\s-]+cycle\s+cost(?:ing|s)`),
  // Kept in the vocabulary so the words are recognised, but no provision is recorded: the numbers
  // were confirmed only by secondary sources (see the report in index.ts).
  s('abnormally-low', 'abnormally low tenders', String.raw`abnormally\s+low\s+(?:tenders?|prices?|bids?|costs?)`),
  s('standstill', 'standstill period', String.raw`standstill\s+(?:period|letters?|notices?)`, String.raw`award\s+decision\s+notices?`, String.raw`notices?\s+of\s+(?:the\s+)?decisions?\s+to\s+award`),
  s('contract-notice', 'contract notice', String.raw`contract\s+notices?`, String.raw`call\s+for\s+competition`),
  s('prior-information-notice', 'prior information notice', String.raw`prior\s+information\s+notices?`),
  s('tender-notice', 'tender notice', String.raw`(?<!below-threshold\s)tender\s+notices?`),
  s('below-threshold-tender-notice', 'below-threshold tender notice', String.raw`below[\s-]+threshold\s+tender\s+notices?`),
  s('contract-award-notice', 'contract award notice', String.raw`contract\s+award\s+notices?`),
  s('transparency-notice', 'transparency notice', String.raw`transparency\s+notices?`),
  s('contract-details-notice', 'contract details notice', String.raw`contract\s+details\s+notices?`),
  s('planned-procurement-notice', 'planned procurement notice', String.raw`planned\s+procurement\s+notices?`),
  s('pipeline-notice', 'pipeline notice', String.raw`pipeline\s+notices?`),
  s('dynamic-market-notice', 'dynamic market notice', String.raw`dynamic\s+market\s+notices?`),
  s('assessment-summary', 'assessment summary', String.raw`assessment\s+summar(?:y|ies)`),
  s('contract-change-notice', 'contract change notice', String.raw`contract\s+change\s+notices?`),
  s('contract-termination-notice', 'contract termination notice', String.raw`contract\s+termination\s+notices?`),
  s('procurement-termination', 'procurement termination notice', String.raw`procurement\s+termination\s+notices?`, String.raw`abandon(?:ment\s+of|ing)\s+(?:a|the)\s+procurement`),
  s('market-engagement', 'preliminary market engagement', String.raw`preliminary\s+market\s+(?:engagement|consultations?)(?:\s+notices?)?`, String.raw`pre-market\s+engagement`, String.raw`prior\s+involvement\s+of\s+(?:candidates|tenderers|suppliers)`),
  s('modification', 'contract modification', String.raw`contract\s+modifications?`, String.raw`modifications?\s+of\s+(?:a\s+|the\s+)?contracts?`, String.raw`modifying\s+(?:a\s+|the\s+)?(?:public\s+)?contracts?`, String.raw`substantial\s+modifications?`),
  s('termination', 'termination of contracts', String.raw`termination\s+of\s+(?:a\s+|the\s+)?(?:public\s+)?contracts?`, String.raw`termination\s+grounds`, String.raw`right\s+to\s+terminate\s+(?:a\s+|the\s+)?(?:public\s+)?contracts?`),
  s('reserved-contracts', 'reserved contracts', String.raw`reserved\s+contracts?`, String.raw`supported\s+employment\s+providers?`, String.raw`public\s+service\s+mutuals?`, String.raw`sheltered\s+workshops?`),
  s('light-touch', 'light touch regime', String.raw`light[\s-]+touch\s+(?:regime|contracts?|services|rules|procedures?)`, String.raw`social\s+and\s+other\s+specific\s+services`),
  s('conflicts-of-interest', 'conflicts of interest', String.raw`conflicts?\s+of\s+interests?`, String.raw`conflicts\s+assessments?`),
  s('kpis', 'key performance indicators', String.raw`key\s+performance\s+indicators?`, String.raw`KPIs?`),
  s('below-threshold', 'below-threshold contracts', String.raw`below[\s-]+threshold\s+(?:contracts?|procurements?)`),
  s('remedies', 'procurement remedies', String.raw`procurement\s+remedies`, String.raw`automatic\s+suspension`, String.raw`remedies\s+for\s+breach\s+of\s+statutory\s+duty`, String.raw`set[\s-]+aside\s+conditions?`, String.raw`declarations?\s+of\s+ineffectiveness`),
  s('thresholds', 'threshold amounts', String.raw`threshold\s+amounts?`, String.raw`(?:procurement|financial)\s+thresholds?`, String.raw`estimated\s+value\s+of\s+(?:the\s+)?(?:contract|procurement)`),
  s('payment', 'payment of undisputed invoices', String.raw`(?:payment\s+of\s+)?undisputed\s+invoices?`, String.raw`prompt\s+payment`),
  s('records', 'procurement records and reports', String.raw`procurement\s+records?`, String.raw`reporting\s+and\s+documentation\s+requirements?`, String.raw`records\s+and\s+reports`),
  s('central-purchasing', 'central purchasing bodies', String.raw`central\s+purchasing\s+bod(?:y|ies)`),
  s('electronic-catalogues', 'electronic catalogues', String.raw`electronic\s+catalogues?`),
  s('central-digital-platform', 'central digital platform', String.raw`central\s+digital\s+platform`),
  s('health-care-services', 'relevant health care services', String.raw`relevant\s+health\s+care\s+services`, String.raw`provider\s+selection\s+regime`),
  s('revocation', 'revocation of the previous regulations', String.raw`revocation\s+of\s+the\s+(?:previous|2015)\s+regulations`),
];

export const SUBJECT_IDS: ReadonlySet<string> = new Set(SUBJECTS.map((x) => x.id));
