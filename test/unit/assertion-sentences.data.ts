// Sentences from the kinds of UK procurement documents Tender Lint reads (Procurement Act 2023 guidance,
// committee minutes, cabinet reports, ITTs, specifications, FAQs, supplier guides, NHS/PSR pages,
// Scottish and Welsh pages), each with one mention and the assertion kind of THAT mention.
// The sentences are original. Every expectation was written from a reading of the sentence, before the
// code under test existed or was run. Part 1: mentions asserted as current, most of them in sentences
// that contain a cue word (not, previously, if, where, formerly, rather than, quotes, for example,
// was/were, until, unlike, instead of, no longer, ...) which does not govern the mention.

export type AssertionKind =
  | 'current'
  | 'historical'
  | 'contrast'
  | 'negated'
  | 'conditional'
  | 'quoted'
  | 'definition'
  | 'example';

export interface AssertionRow {
  sentence: string;
  mention: string;
  /** which occurrence of `mention` in `sentence` (1-based); default 1 */
  occurrence?: number;
  kind: AssertionKind;
  /** the sentence has a cue word, yet the mention is asserted as current */
  cueButCurrent?: boolean;
  note?: string;
}

export const ASSERTION_ROWS_1: AssertionRow[] = [
  // ---- plain current: no cue at all ----
  { sentence: "Notices for this procurement will be published on Find a Tender.", mention: "Find a Tender", kind: 'current' },
  { sentence: "The Council is using the competitive flexible procedure for this contract.", mention: "competitive flexible procedure", kind: 'current' },
  { sentence: "Tenders will be evaluated on the basis of MEAT using the weightings in Section 5.", mention: "MEAT", kind: 'current' },
  { sentence: "This procurement is covered by the Procurement Act 2023.", mention: "Procurement Act 2023", kind: 'current' },
  { sentence: "RESOLVED: that the cleaning contract be procured using the restricted procedure.", mention: "restricted procedure", kind: 'current', note: "committee minutes: a resolution is the body's own decision" },
  { sentence: "The Trust will apply the Provider Selection Regime to this award.", mention: "Provider Selection Regime", kind: 'current' },
  { sentence: "The Authority will treat all suppliers alike in line with the principle of equal treatment.", mention: "equal treatment", kind: 'current' },
  { sentence: "This ITT is issued under regulation 74 of the PCR 2015 (the Light Touch Regime).", mention: "regulation 74", kind: 'current' },
  { sentence: "Public Contracts Scotland is the portal for all tender documents in this exercise.", mention: "Public Contracts Scotland", kind: 'current' },
  { sentence: "The contract notice for this tender will also be published on Sell2Wales.", mention: "Sell2Wales", kind: 'current' },

  // ---- negation cues that govern something else ----
  { sentence: "The tender will not be delayed and the contract notice will be published on Find a Tender.", mention: "Find a Tender", kind: 'current', cueButCurrent: true, note: "\"not\" negates the delay" },
  { sentence: "Tenders received after the deadline will not be opened; all compliant tenders will be evaluated on MEAT.", mention: "MEAT", kind: 'current', cueButCurrent: true },
  { sentence: "Bidders must not contact councillors during the tender period, and the Council will apply the principle of transparency throughout.", mention: "transparency", kind: 'current', cueButCurrent: true },
  { sentence: "The Council does not intend to hold a pre-market event, but it will comply with the Procurement Act 2023 in all respects.", mention: "Procurement Act 2023", kind: 'current', cueButCurrent: true },
  { sentence: "The deadline has been extended, not shortened, and tenders will still be evaluated on MEAT.", mention: "MEAT", kind: 'current', cueButCurrent: true },
  { sentence: "This is not a framework agreement; it is a single contract let under the open procedure.", mention: "open procedure", kind: 'current', cueButCurrent: true, note: "what is denied is the framework agreement" },
  { sentence: "Tenders must be submitted via Public Contracts Scotland; late tenders will not be considered.", mention: "Public Contracts Scotland", kind: 'current', cueButCurrent: true },
  { sentence: "Please do not submit hard copies: the Council is running this tender as an open procedure on its e-tendering portal.", mention: "open procedure", kind: 'current', cueButCurrent: true },
  { sentence: "The Authority will not accept variant bids and will award the contract to the most advantageous tender.", mention: "most advantageous tender", kind: 'current', cueButCurrent: true },
  { sentence: "There is no requirement to register in advance; the procedure is the open procedure under regulation 27.", mention: "regulation 27", kind: 'current', cueButCurrent: true },
  { sentence: "Suppliers are not required to be on a framework to bid, because the Council is using the competitive flexible procedure.", mention: "competitive flexible procedure", kind: 'current', cueButCurrent: true },
  { sentence: "Lots are not divided by region; each lot is awarded on MEAT.", mention: "MEAT", kind: 'current', cueButCurrent: true },
  { sentence: "No bidder will be excluded without a chance to explain, in keeping with the principle of fairness.", mention: "fairness", kind: 'current', cueButCurrent: true },
  { sentence: "Neither lot is reserved, and both will be advertised on Find a Tender.", mention: "Find a Tender", kind: 'current', cueButCurrent: true },
  { sentence: "Bidders who did not attend the briefing can watch the recording, which explains the competitive flexible procedure the Council is using.", mention: "competitive flexible procedure", kind: 'current', cueButCurrent: true },
  { sentence: "The Board did not object to the proposals, and the contract will be awarded using direct award process C.", mention: "direct award process C", kind: 'current', cueButCurrent: true, note: "PSR minutes" },
  { sentence: "The Authority did not receive any challenges last year and will again observe the standstill period under regulation 87.", mention: "regulation 87", kind: 'current', cueButCurrent: true },
  { sentence: "Mark your envelope \"Tender - do not open\"; the Council is using the restricted procedure.", mention: "restricted procedure", kind: 'current', cueButCurrent: true, note: "quotes and \"not\" both sit in the first clause" },

  // ---- past tense / previously / formerly / no longer about something else ----
  { sentence: "As before, the Council will evaluate tenders on the basis of MEAT.", mention: "MEAT", kind: 'current', cueButCurrent: true, note: "\"as before\" says it continues" },
  { sentence: "The specification, which was approved by Cabinet in March, requires the competitive flexible procedure.", mention: "competitive flexible procedure", kind: 'current', cueButCurrent: true },
  { sentence: "Previously the committee met monthly; this procurement is being run under the restricted procedure.", mention: "restricted procedure", kind: 'current', cueButCurrent: true },
  { sentence: "The Trust no longer uses paper tenders and will award this contract under the Provider Selection Regime.", mention: "Provider Selection Regime", kind: 'current', cueButCurrent: true },
  { sentence: "The Council was pleased with the response to market engagement and will now proceed using the competitive flexible procedure.", mention: "competitive flexible procedure", kind: 'current', cueButCurrent: true },
  { sentence: "Suppliers who were registered last year must still register on the Central Digital Platform for this tender.", mention: "Central Digital Platform", kind: 'current', cueButCurrent: true },
  { sentence: "Lot 3 was added after market engagement and will be procured under the Light Touch Regime.", mention: "Light Touch Regime", kind: 'current', cueButCurrent: true },
  { sentence: "Although the estimated value was revised in May, the procurement remains subject to the Procurement Act 2023.", mention: "Procurement Act 2023", kind: 'current', cueButCurrent: true },
  { sentence: "The old portal was switched off in March and all tender documents are now on the Central Digital Platform.", mention: "Central Digital Platform", kind: 'current', cueButCurrent: true },
  { sentence: "This contract is regulated by the Public Contracts (Scotland) Regulations 2015, which were amended in 2016.", mention: "Public Contracts (Scotland) Regulations 2015", kind: 'current', cueButCurrent: true, note: "the past tense is about the amendment" },
  { sentence: "The Welsh Government no longer asks for a separate declaration, but Welsh authorities must still have regard to the Social Partnership and Public Procurement (Wales) Act 2023.", mention: "Social Partnership and Public Procurement (Wales) Act 2023", kind: 'current', cueButCurrent: true },
  { sentence: "We used to hold supplier days in person, but this year tenders will again be evaluated on MEAT.", mention: "MEAT", kind: 'current', cueButCurrent: true },
  { sentence: "Questions that were received by 1 May are answered below; the procurement is being run under the Light Touch Regime.", mention: "Light Touch Regime", kind: 'current', cueButCurrent: true },
  { sentence: "The assessment, formerly done on paper, now takes place entirely within the Central Digital Platform.", mention: "Central Digital Platform", kind: 'current', cueButCurrent: true, note: "\"formerly\" is about the paper method, not a former name" },
  { sentence: "The Procurement Act 2023, which came into force on 24 February 2025, governs this procurement.", mention: "Procurement Act 2023", kind: 'current', cueButCurrent: true },
  { sentence: "The Council was required to publish a tender notice, and it has done so on Find a Tender.", mention: "Find a Tender", kind: 'current', cueButCurrent: true },
  { sentence: "The NHS trust previously consulted patients, and it is now awarding the contract under the most suitable provider process.", mention: "most suitable provider process", kind: 'current', cueButCurrent: true },
  { sentence: "The tender was originally planned for January but will now be published on Find a Tender in March.", mention: "Find a Tender", kind: 'current', cueButCurrent: true },
  { sentence: "The previous contractor may bid, and its bid will be assessed against the same MEAT criteria as everyone else's.", mention: "MEAT", kind: 'current', cueButCurrent: true },
  { sentence: "Officers had considered a bespoke tender, but the recommended route is a call-off from the framework under regulation 33.", mention: "regulation 33", kind: 'current', cueButCurrent: true, note: "cabinet report: the recommendation is the present plan" },
  { sentence: "We will no longer accept faxed clarification questions; please use the messaging function on the Central Digital Platform.", mention: "Central Digital Platform", kind: 'current', cueButCurrent: true },
  { sentence: "Previously issued clarifications still stand, and the Council continues to apply the restricted procedure.", mention: "restricted procedure", kind: 'current', cueButCurrent: true },
  { sentence: "The Welsh Procurement Policy Statement, which was revised in 2021, applies to this contract.", mention: "Welsh Procurement Policy Statement", kind: 'current', cueButCurrent: true },
  { sentence: "This is no longer a two-stage process: the Council has switched to the open procedure.", mention: "open procedure", kind: 'current', cueButCurrent: true },
  { sentence: "Although suppliers were previously asked for three references, the questionnaire now asks for two, in line with the principle of proportionality.", mention: "proportionality", kind: 'current', cueButCurrent: true },
  { sentence: "As was the case in the first round, tenders will be scored against the MEAT criteria in Annex B.", mention: "MEAT", kind: 'current', cueButCurrent: true },
  { sentence: "Before 2021 notices were sent to the EU; they are now sent to Find a Tender.", mention: "Find a Tender", kind: 'current', cueButCurrent: true },
  { sentence: "The Board noted that the previous contract had expired and agreed that the new service will be procured under the Provider Selection Regime.", mention: "Provider Selection Regime", kind: 'current', cueButCurrent: true, note: "minutes recording the Board's own decision, not someone else's words" },
  { sentence: "The 2019 contract was let under the restricted procedure, and this contract will also use the restricted procedure.", mention: "restricted procedure", occurrence: 2, kind: 'current', cueButCurrent: true },
  { sentence: "The Council used the open procedure in 2021 and will use the open procedure again for this contract.", mention: "open procedure", occurrence: 2, kind: 'current', cueButCurrent: true },

  // ---- conditions that do not govern the mention ----
  { sentence: "If you have any questions about this ITT, please note that the Council is using the open procedure.", mention: "open procedure", kind: 'current', cueButCurrent: true },
  { sentence: "Where possible, suppliers should submit questions early; the Authority is conducting this procurement under the Procurement Act 2023.", mention: "Procurement Act 2023", kind: 'current', cueButCurrent: true },
  { sentence: "Where a supplier's question reveals an ambiguity, the Council will publish a clarification; the tender notice is on Find a Tender.", mention: "Find a Tender", kind: 'current', cueButCurrent: true },
  { sentence: "If you are a small business, you can still bid: the contract is being procured under the Light Touch Regime with simplified selection.", mention: "Light Touch Regime", kind: 'current', cueButCurrent: true },
  { sentence: "Should you require the documents in Welsh, please ask; the procurement follows the Procurement Act 2023.", mention: "Procurement Act 2023", kind: 'current', cueButCurrent: true },
  { sentence: "Until the contract is awarded, all communication must go through the Central Digital Platform.", mention: "Central Digital Platform", kind: 'current', cueButCurrent: true, note: "\"until\" bounds a present rule in the future, it does not end it in the past" },
  { sentence: "If the Light Touch Regime applies, bidders will be told; for this lot, the Light Touch Regime applies.", mention: "Light Touch Regime", occurrence: 2, kind: 'current', cueButCurrent: true },
  { sentence: "If your organisation is new to public tenders, read Part 2 first; this contract will be awarded under the Provider Selection Regime.", mention: "Provider Selection Regime", kind: 'current', cueButCurrent: true },
  { sentence: "Unless stated otherwise, times are UK time, and the tender is being run on Public Contracts Scotland.", mention: "Public Contracts Scotland", kind: 'current', cueButCurrent: true },

  // ---- contrast / example / quote cues about something else ----
  { sentence: "Unlike the last lot, which attracted few bids, Lot 2 will be evaluated using MEAT.", mention: "MEAT", kind: 'current', cueButCurrent: true, note: "the contrast is with the last lot" },
  { sentence: "Instead of a single framework, the Council will let two contracts, both under the open procedure.", mention: "open procedure", kind: 'current', cueButCurrent: true },
  { sentence: "Rather than wait for the formal notice, suppliers may register interest now; the procurement will follow the open procedure.", mention: "open procedure", kind: 'current', cueButCurrent: true },
  { sentence: "Instead of scoring price at 40%, the Council will score it at 30% and award to the most advantageous tender.", mention: "most advantageous tender", kind: 'current', cueButCurrent: true },
  { sentence: "Rather than repeat the specification here, this section explains how the Council will apply regulation 76 of the PCR 2015.", mention: "regulation 76", kind: 'current', cueButCurrent: true },
  { sentence: "Unlike many councils, we publish every contract over £5,000 on Contracts Finder.", mention: "Contracts Finder", kind: 'current', cueButCurrent: true, note: "the contrast is with other councils" },
  { sentence: "Responses are assessed on, for example, mobilisation and social value, and the Authority will award the contract on MEAT.", mention: "MEAT", kind: 'current', cueButCurrent: true },
  { sentence: "For example, a supplier may ask about TUPE; all clarification responses will be published on Find a Tender.", mention: "Find a Tender", kind: 'current', cueButCurrent: true },
  { sentence: "Where the brief says \"tenderer\", read \"supplier\"; this ITT is issued under the Procurement Act 2023.", mention: "Procurement Act 2023", kind: 'current', cueButCurrent: true },
  { sentence: "The phrase \"subject to contract\" appears on every page, and the Trust will award under the Provider Selection Regime.", mention: "Provider Selection Regime", kind: 'current', cueButCurrent: true },
  { sentence: "Social value, such as local jobs, carries 10% of the marks, and the contract goes to the most advantageous tender.", mention: "most advantageous tender", kind: 'current', cueButCurrent: true },
  { sentence: "The \"most advantageous tender\" will be identified using the weightings in Table 2.", mention: "most advantageous tender", kind: 'current', cueButCurrent: true, note: "the quotation marks flag the statutory term; they are not someone else's words" },
  { sentence: "Until now the Authority has not used dynamic markets, but this contract is a straightforward open procedure.", mention: "open procedure", kind: 'current', cueButCurrent: true },
  { sentence: "In contrast to last year, bidders will upload documents to the Central Digital Platform rather than email them.", mention: "Central Digital Platform", kind: 'current', cueButCurrent: true, note: "the contrast sets email against the platform, which is what applies" },
];
