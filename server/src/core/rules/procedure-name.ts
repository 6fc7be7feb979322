// procedure-name: procedure names that do not exist ("Innovative Partnership procedure"), the formal
// innovation partnership procedure named for what the document itself describes as an informal
// collaboration, an alliance or a light touch process, one arrangement called by both names, and the
// old PCR procedures named as the procedure used under the Procurement Act 2023.
// Facts: law-facts.md §0.5, §1.1 (regs 26–32), §1.2, §2.3, §4, §6.3, §7.1, §7.8.

import type { Rule } from '../types';
import { declaredKind } from '../context/kind';
import type { Passage } from '../model';
import { PA_2023_ROUTE, formatProvision, namedProvision } from '../knowledge/procedures';
import { INSTRUMENTS } from '../knowledge/instruments';
import { getProvision } from '../knowledge/lookup';
import { isDiscussion, caseForPosition, quoted } from '../sentences';
import { checkBareNegotiated, negotiatedNamesIn } from './terminology/negotiatedName';
import { analyseInnovationPartnership, formalMentions, assertsCurrently, isClaim, procedureFacts, type FormalMention } from './terminology/procedureClaims';

const rule: Rule = {
  id: 'procedure-name',
  description: 'Procedures must be named as the law names them, and only claimed when the document really uses them.',
  rationale:
    'The innovation partnership (PCR 2015 reg 31, Scotland reg 32, Directive Art 31) is a formal procedure for developing and then buying an innovative solution. ' +
    'Calling an informal collaboration or a light touch process by that name, or writing a procedure name that does not exist, tells bidders the wrong rules apply. ' +
    'The Procurement Act 2023 has only the open and the competitive flexible procedures, so the old procedure names describe nothing under the Act.',
  defaultSeverity: 'warning',
  fixable: true,
  examples: {
    valid: [
      // Someone else's words, and a condition: neither says what this procurement uses (language/assertion.ts).
      '---\ntender-lint:\n  regime: pa-2023\n  date: 2025-06-01\n---\n\n# Route\n\nThe bidder wrote "the Council will use the restricted procedure for this contract".\n',
      '---\ntender-lint:\n  regime: pa-2023\n  date: 2025-06-01\n---\n\n# Route\n\nWhere the Council uses the restricted procedure, the rules are different.\n',
      // Utilities law has a negotiated procedure of its own; the sentence says which law it means.
      '---\ntender-lint:\n  regime: pcr-2015\n  date: 2022-06-01\n---\n\n# Route\n\nUnder the Utilities Contracts Regulations 2016 the Board may use the negotiated procedure with a call for competition or the negotiated procedure.\n',
      '---\ntender-lint:\n  regime: pcr-2015\n  date: 2022-06-01\n---\n\n# Route\n\nThe Council will use the negotiated procedure without prior publication under regulation 32(2)(b).\n',
      // A bespoke "competitive negotiated" process (light touch, or an alliance) is not the bare name.
      '---\ntender-lint:\n  regime: pcr-2015\n  date: 2022-06-01\n---\n\n# Route\n\nThe Alliance was procured using a competitive negotiated procedure.\n',
      // Tied to the Act, but a comparison: the old procedure is what the Act replaced.
      '# Policy\n\nUnder the Procurement Act 2023, using the restricted procedure is no longer possible; it was replaced by the competitive flexible procedure.\n',
      '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Procedure\n\nThe Authority will use the innovation partnership procedure under regulation 31 to fund research and development in phases and then buy the resulting service.\n',
      '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Background\n\nThe Children\'s Innovation Partnership is a ten-year collaboration procured under the light touch regime. It is an innovative partnership, not the innovation partnership procedure.\n',
      '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Procedure\n\nThe Authority will use the competitive flexible procedure, modelled on the restricted procedure.\n',
      '---\ntender-lint:\n  regime: pcsr-2015\n---\n\n# Procedure\n\nThe Council will use the innovation partnership procedure under regulation 32 of the Public Contracts (Scotland) Regulations 2015 for the research and development phases and the purchase of the result.\n',
    ],
    invalid: [
      {
        // PCR 2015 has two negotiated routes and no plain "negotiated procedure": the drafter must say which.
        text: '---\ntender-lint:\n  regime: pcr-2015\n  date: 2022-06-01\n---\n\n# Route\n\nThe Council will use the negotiated procedure for this contract.\n',
        count: 1,
        messageIncludes: 'Say which',
      },
      {
        text: '---\ntender-lint:\n  regime: pcr-2015\n  date: 2022-06-01\n---\n\n# Route\n\nSuppliers will be shortlisted and the negotiated procedure will then run in two rounds.\n',
        count: 1,
        messageIncludes: 'Say which',
      },
      {
        // A mixed NHS policy: the Act named in the sentence, whatever the document's regime.
        text: '# Procurement policy\n\nClinical services are awarded under the Provider Selection Regime. Estates services are bought under the Procurement Act 2023, using the restricted procedure.\n',
        count: 1,
        messageIncludes: 'the Procurement Act 2023 has no "restricted procedure"',
      },
      { text: '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Procedure\n\nThe Council will run an Innovative Partnership procedure.\n', count: 1, messageIncludes: 'innovation partnership' },
      { text: '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Procedure\n\nThe Authority will use the competitive negotiation procedure.\n', count: 1, messageIncludes: 'competitive procedure with negotiation' },
      { text: '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Procedure\n\nThis procurement will be run under the restricted procedure.\n', count: 1, messageIncludes: 'competitive flexible procedure' },
      {
        text:
          '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Procedure\n\nThe Council will use the Innovation Partnership procedure to set up an alliance agreement with local providers under the light touch regime.\n',
        count: 1,
        messageIncludes: 'innovative (collaborative) partnership',
      },
      {
        text:
          '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Overview\n\nThis innovative partnership brings providers together.\n\n# Procedure\n\nThe Authority will use the Innovation Partnership procedure, with research and development phases.\n',
        count: 1,
        messageIncludes: 'both',
      },
    ],
  },
  check({ doc, context, report, memo }) {
    // Only declared guidance: a tender's first heading is often "Overview", which reads as guidance.
    const claimsAllowed = declaredKind(context) !== 'guidance';
    const facts = doc.passages.map((p) => memo(p, procedureFacts));
    const mentions = formalMentions(doc, facts);
    const handled = new Set<FormalMention>();

    if (claimsAllowed) {
      for (const m of mentions) {
        const meant = namedProvision(m.means);
        // Under the Act, or tied to the Act in its own sentence ("under the Procurement Act 2023, using the restricted procedure").
        const tiedToAct = ACT_THEN_USING.test(m.hit.passage.text.slice(Math.max(m.hit.sentence.start, m.hit.from - 80), m.hit.from));
        if (context.regime !== 'pa-2023' && !tiedToAct) continue;
        // The Act guessed from today's date alone proves nothing: an undated PCR tender linted today
        // names PCR procedures rightly. Only a regime the document or its settings give is judged.
        if (!tiedToAct && context.regimeConfidence === 'guess') continue;
        if (tiedToAct && (isDiscussion(m.hit.sentence.text) || !assertsCurrently(m.hit))) continue;
        if (!meant || meant.id === 'open-procedure' || meant.id === 'competitive-flexible-procedure' || !(tiedToAct || isClaim(m.hit))) continue;
        // A sentence that names the old law is a comparison or a saved procurement (obsolete-reference's concern).
        if (OLD_LAW.test(m.hit.sentence.text)) continue;
        handled.add(m);
        const direct = meant.id === 'negotiated-procedure-without-prior-publication';
        const written = quoted(m.hit.match[0]);
        report({
          message: `Use ${direct ? 'a direct award' : `the ${PA_2023_ROUTE.replacement}`}: the Procurement Act 2023 has no "${written}".`,
          detail:
            `"${written}" is not a procedure under the Procurement Act 2023. ${PA_2023_ROUTE.explanation}` +
            (direct
              ? ' An award without competition is a direct award, justified under s.41 and Schedule 5 and preceded by a transparency notice (s.44).'
              : ` Name the procedure as the ${PA_2023_ROUTE.replacement} (${formatProvision(PA_2023_ROUTE.provision)}) and describe its stages.`) +
            ` Source: ${PA_2023_ROUTE.url}`,
          start: m.hit.start,
          end: m.hit.end,
          fixes: direct || !m.hit.replaceable ? [] : [{ title: `Replace with "${PA_2023_ROUTE.replacement}"`, edits: [{ start: m.hit.start, end: m.hit.end, text: caseForPosition(m.hit.passage.text, m.hit.from, PA_2023_ROUTE.replacement) }] }],
          data: { kind: 'pa-2023-procedure', procedure: meant.id },
        });
      }
    }

    const ip = claimsAllowed && context.regime !== 'pa-2023' ? analyseInnovationPartnership(doc, mentions, context.regime, facts) : undefined;
    if (ip) {
      for (const m of ip.covers) handled.add(m);
      report(ip.report);
    }

    for (const m of mentions) {
      if (!m.wrong || handled.has(m)) continue;
      const meant = namedProvision(m.wrong.means);
      const ref = meant?.provisions[context.regime];
      const where = ref ? ` (${formatProvision(ref)} of the ${INSTRUMENTS[context.regime].title})` : '';
      const underAct =
        context.regime === 'pa-2023' && !meant?.provisions['pa-2023'] ? ' The Procurement Act 2023 itself has no such procedure; see s.20(2).' : '';
      const source = ref ? getProvision(context.regime, ref.kind, ref.number)?.url : undefined;
      report({
        // The wrong name is not repeated: the range shows it, and it shares words with the right one.
        message: `Write "${m.wrong.replacement}": no procurement procedure has the name written here.`,
        detail: `"${quoted(m.hit.match[0])}" is not the name of a procurement procedure: ${m.wrong.why}${where}.${underAct}${source ? ` Source: ${source}` : ''}`,
        start: m.hit.start,
        end: m.hit.end,
        fixes: m.hit.replaceable
          ? [{ title: `Replace with "${m.wrong.replacement}"`, edits: [{ start: m.hit.start, end: m.hit.end, text: caseForPosition(m.hit.passage.text, m.hit.from, m.wrong.replacement) }], preferred: true }]
          : [],
        data: { kind: 'wrong-name', procedure: m.wrong.means },
      });
    }
    if (claimsAllowed) checkBareNegotiated(doc, context, (p) => memo(p, negotiatedIn), report);
  },
};

const negotiatedIn = (passage: Passage) => negotiatedNamesIn(passage.text);

/** The Act named just before a usage word that leads to the procedure's name. */
const ACT_THEN_USING = /Procurement\s+Act(?:\s+\(?2023\)?)?[^.;]{0,30}?\b(?:using|via|through|by\s+way\s+of|under)\s+(?:the\s+|an?\s+)?$/i;

const OLD_LAW = /Public\s+Contracts|\bPCR\b|\bPCSR\b|\bPC\(S\)R\b|Directive|Regulations\s+2015/i;

export default rule;
