// missing-principle: a tender-type document must state the principles its regime requires (PCR 2015
// reg 18 / Scotland reg 19 / Directive Art 18; the light touch reg 76 / Art 76 minimum; PA 2023 s.12).
// A statement of principles that leaves one out gets one finding per missing principle on that
// statement. A document that states none gets one finding on its title only when the drafter has said
// what it is (`kind: tender`, `specification` or `strategy` in front matter or config): real guidance
// pages, supplier guides and bidding instructions rarely restate the principles, and a reader cannot
// tell a tender that forgot them from a page that never meant to state them. The analysis lives in
// ./principles/ and is shared with principleChecklist() (the code lens).

import type { Rule } from '../types';
import { declaredKind } from '../context/kind';
import { PRINCIPLES, type PrincipleId } from '../knowledge/principles';
import { analysePrinciples, documentFix, statementFixes, type PrincipleAnalysis } from './principles/analyse';
import { provisionSummaries } from './principles/provisionSummary';
import { treatySummaries } from './principles/treatySummary';
import type { DocumentModel } from '../model';
import type { RuleContext } from '../types';

function list(ids: PrincipleId[]): string {
  const n = ids.map((id) => PRINCIPLES[id].name);
  // "acting, and being seen to act, with integrity" has commas of its own: separate with semicolons.
  const sep = n.some((name) => name.includes(',')) ? '; ' : ', ';
  return n.length <= 1 ? n.join('') : `${n.slice(0, -1).join(sep)}${sep === '; ' ? '; and ' : ' and '}${n[n.length - 1]}`;
}

const KIND_NOUN: Record<string, string> = { tender: 'This tender', specification: 'This specification', strategy: 'This procurement strategy' };

const rule: Rule = {
  id: 'missing-principle',
  description: 'A tender, specification or procurement strategy must state every principle (or PA 2023 objective) its regime requires.',
  rationale:
    'Regulation 18 of the Public Contracts Regulations 2015 (regulation 19 in Scotland, Article 18 of Directive 2014/24/EU) ' +
    'requires equal treatment, non-discrimination, transparency and proportionality; a light touch procurement must at least secure ' +
    'transparency and equal treatment (regulation 76); section 12 of the Procurement Act 2023 sets the procurement objectives and ' +
    'the duty to treat suppliers the same. A statement of principles that silently drops one invites a challenge and misleads bidders.',
  defaultSeverity: 'warning',
  fixable: true,
  examples: {
    valid: [
      // A full summary of regulation 18, in guidance with no front matter.
      '# Reg. 18 (PCR 2015)\n\n## Overview\n\nThis regulation requires contracting authorities to treat suppliers equally and without discrimination, and to act in a transparent and proportionate manner.\n',
      // "Regulation 18 requires" with no instrument anywhere: it could be any instrument's regulation 18.
      '# Guidance\n\nRegulation 18 requires the authority to treat suppliers equally and to act transparently.\n',
      // All four reg 18 principles, in paraphrase.
      '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Invitation to tender: grounds maintenance\n\n' +
        'The Authority will treat all bidders equally and fairly, without discrimination, and will run an open and transparent ' +
        'procedure that is proportionate to the value and complexity of the contract.\n',
      // A light touch procurement needs transparency and equal treatment.
      '---\ntender-lint:\n  regime: pcr-2015\n  light-touch: true\n---\n\n# Invitation to tender: supported housing\n\n' +
        'The Council will conduct this procurement in accordance with the principles of transparency and equal treatment.\n',
      // PA 2023: the s.12 objectives and treating suppliers the same; no PCR vocabulary demanded.
      '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Invitation to tender: fleet telematics\n\n## Procurement objectives\n\n' +
        '- Delivering value for money\n- Maximising public benefit\n- Sharing information\n- Acting, and being seen to act, with integrity\n\n' +
        'The Contracting Authority will treat all suppliers the same unless a difference between them justifies different treatment.\n',
      // Guidance that discusses the law is not checked.
      '# A guide to regulation 18\n\nRegulation 18 requires authorities to act transparently and proportionately.\n',
      // Treaty principles mentioned in passing: no claim to give the whole set.
      '# Contract standing orders\n\nContracts below the thresholds must still respect the Treaty principles of transparency and equal treatment.\n',
      '# Cross-border interest\n\nThe EU principles of transparency, equal treatment and non-discrimination apply to contracts of cross-border interest.\n',
      // The whole set of Treaty principles, mutual recognition included.
      '# Procurement policy\n\nSuppliers will be treated in accordance with the EU Treaty principles of equal treatment, non-discrimination, mutual recognition, proportionality and transparency.\n',
      // A notice is not checked, whatever it says.
      '---\ntender-lint:\n  kind: notice\n  regime: pcr-2015\n---\n\n# Contract notice\n\nThe Authority will act in accordance with the principles of equal treatment and transparency.\n',
      // Principles invoked for one step of the procedure are not the governing statement.
      '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Invitation to tender: office cleaning\n\n' +
        'The Authority will act in accordance with the principles of equal treatment, non-discrimination, transparency and proportionality.\n\n' +
        '## Clarifications\n\nThe Authority may extend the deadline, provided it respects the principles of equal treatment and transparency.\n',
    ],
    invalid: [
      {
        text: '# Procurement policy\n\nThe Treaty principles are:\n\n- equal treatment\n- non-discrimination\n- transparency\n',
        count: 1,
        messageIncludes: 'Add proportionality: this list of the Treaty principles omits it',
      },
      {
        text: '# Financial regulations\n\nThe Regulations reflect the principles of the Treaty on the Functioning of the European Union (i.e. equal treatment, non-discrimination and mutual recognition).\n',
        count: 2,
        messageIncludes: 'list of the Treaty principles',
      },
      {
        // A summary of a named principles provision that leaves part of it out.
        text: '# Reg. 18 (PCR 2015)\n\n## Overview\n\nThis regulation requires contracting authorities to treat all suppliers equally and without discrimination, and to act in a transparent manner.\n',
        count: 1,
        messageIncludes: 'summary of regulation 18 of PCR 2015',
      },
      {
        text: '# Procurement guide\n\nRegulation 18 of the Public Contracts Regulations 2015 requires us to act transparently and proportionately.\n',
        count: 2,
        messageIncludes: 'omits it',
      },
      {
        text:
          '---\ntender-lint:\n  regime: pcr-2015\n---\n\n# Invitation to tender: grounds maintenance\n\n' +
          'The Authority will conduct this procurement in accordance with the principles of equal treatment, non-discrimination and transparency.\n',
        count: 1,
        messageIncludes: 'proportionality',
      },
      {
        // A list of principles in a Scottish tender, missing two: one finding each.
        text:
          '---\ntender-lint:\n  regime: pcsr-2015\n---\n\n# Invitation to tender: school meals\n\n## Procurement principles\n\n' +
          'The Council will follow these principles:\n\n- equal treatment;\n- transparency.\n',
        count: 2,
        messageIncludes: 'regulation 19 of PCSR 2015',
      },
      {
        // A negated mention does not count.
        text:
          '---\ntender-lint:\n  regime: directive-2014-24\n---\n\n# Invitation to tender: translation services\n\n' +
          'The principles of equal treatment, non-discrimination and transparency apply, but the Authority is not required to act proportionately.\n',
        count: 1,
        messageIncludes: 'Article 18 of Directive 2014/24/EU',
      },
      {
        // A tender that states none: one finding on the title, listing them all.
        text:
          '---\ntender-lint:\n  regime: pcr-2015\n  kind: tender\n---\n\n# Invitation to tender: library management system\n\n' +
          '## Procurement procedure\n\nThis is an open procedure.\n\n## Award criteria\n\nQuality 60%, price 40%.\n',
        count: 1,
        messageIncludes: 'equal treatment, non-discrimination, transparency and proportionality',
      },
      {
        // PA 2023 objectives: integrity is missing.
        text:
          '---\ntender-lint:\n  regime: pa-2023\n---\n\n# Invitation to tender: fleet telematics\n\n## Procurement objectives\n\n' +
          '1. Delivering value for money\n2. Maximising public benefit\n3. Sharing information\n\n' +
          'The Contracting Authority will treat all suppliers the same.\n',
        count: 1,
        messageIncludes: 'section 12(1) of PA 2023',
      },
    ],
  },
  check({ doc, context, report, memo }) {
    const a = analysePrinciples(doc, context, memo);
    reportSummaries(doc, a, report);
    reportTreatyLists(doc, context, a, report);
    if (!a) return;
    const data = { regime: a.set.regime, provision: a.set.provision, url: a.set.url };
    if (a.stated.length === 0) {
      // Only a declared kind: excerpts, guidance and pages about a tender rarely restate the principles.
      if (!declaredKind(context)) return;
      const act = a.set.regime === 'pa-2023';
      const what = act ? 'the procurement objectives and the duty to treat suppliers the same' : 'the procurement principles';
      report({
        // The Act's five names are too long for one line: the message names the section, the detail lists them.
        message: act
          ? `No procurement objectives stated: add those of ${a.set.shortCitation} and the duty to treat suppliers the same.`
          : `No statement of principles: add ${list(a.missing)}.`,
        detail: `${KIND_NOUN[context.kind ?? ''] ?? 'This document'} does not state ${what} that ${a.set.citation} requires: ${list(a.missing)}. ${a.set.summary} Source: ${a.set.url}`,
        start: a.title.start,
        end: a.title.end,
        fixes: [documentFix(doc, a)],
        data: { ...data, missing: a.missing },
        // Whole-clause insertions say the regime's principles: they wait for a regime someone stated.
        contextual: 'regime',
      });
      return;
    }
    for (const result of a.statements) {
      for (const id of result.missing) {
        const requirement = a.set.required.find((r) => r.principle === id)!;
        report({
          message: `Add ${PRINCIPLES[id].name}: this statement omits it (${requirement.shortCitation}).`,
          detail: `This statement of principles does not state ${PRINCIPLES[id].name}, ${requirement.requirement}. ${a.set.summary} Source: ${a.set.url}`,
          start: result.statement.anchor.start,
          end: result.statement.anchor.end,
          fixes: statementFixes(doc, a, result, id),
          data: { ...data, missing: [id] },
        });
      }
    }
  },
};

/** Summaries of a named principles provision that leave part of it out (see provisionSummary.ts). */
function reportSummaries(doc: DocumentModel, a: PrincipleAnalysis | undefined, report: RuleContext['report']): void {
  const anchors = a?.statements.map((r) => r.statement.anchor) ?? [];
  for (const summary of provisionSummaries(doc)) {
    // A sentence already judged as the document's own statement of principles is reported once.
    if (anchors.some((x) => x.start < summary.end && summary.start < x.end)) continue;
    for (const id of summary.missing) {
      const requirement = summary.set.required.find((r) => r.principle === id)!;
      report({
        message: `Add ${PRINCIPLES[id].name}: this summary of ${requirement.shortCitation} omits it.`,
        detail: `The sentence sets out what ${requirement.citation} requires but leaves out ${PRINCIPLES[id].name}. ${summary.set.summary} Source: ${summary.set.url}`,
        start: summary.start,
        end: summary.end,
        data: { regime: summary.set.regime, provision: summary.set.provision, url: summary.set.url, missing: [id], summary: true },
      });
    }
  }
}

/** Lists of "the Treaty principles" that drop one the Regulations codify (see treatySummary.ts). */
function reportTreatyLists(doc: DocumentModel, context: RuleContext['context'], a: PrincipleAnalysis | undefined, report: RuleContext['report']): void {
  const taken = [...(a?.statements.map((r) => r.statement.anchor) ?? []), ...provisionSummaries(doc)];
  for (const summary of treatySummaries(doc, context)) {
    if (taken.some((x) => x.start < summary.end && summary.start < x.end)) continue;
    for (const id of summary.missing) {
      const requirement = summary.set.required.find((r) => r.principle === id)!;
      report({
        message: `Add ${PRINCIPLES[id].name}: this list of the Treaty principles omits it (${requirement.shortCitation} codifies it).`,
        detail: `The sentence sets out the general principles that come from the EU Treaty but leaves out ${PRINCIPLES[id].name}, which ${requirement.citation} requires alongside the others. ${summary.set.summary} Source: ${summary.set.url}`,
        start: summary.start,
        end: summary.end,
        data: { regime: summary.set.regime, provision: summary.set.provision, url: summary.set.url, missing: [id], summary: true, treaty: true },
      });
    }
  }
}

export default rule;
