// Table test: the procurement context (regime, date, jurisdiction, light touch, evidence, conflicts)
// inferred from 92 document openings. Only the fields a row sets are asserted.

import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';
import { OPENINGS_1, type OpeningRow } from './context-openings.data';
import { OPENINGS_2 } from './context-openings-2.data';

const TODAY = '2026-12-04';

/**
 * Rows the context step does not yet get right, with why. Each is asserted to STILL fail, so that a
 * fix shows up as a failing test asking for its row to be moved out of this list (a ratchet, like the
 * corpus thresholds). The expectations themselves were written from the law before the first run.
 */
const KNOWN_GAPS: Record<string, string> = {
  "2019 committee report citing OJEU and PCR 2015, \"March 2019\" on its cover":
    "a bare month-year cover line is not read as the issue date",
  "Directive \"as implemented by\" PCR 2015, dated 2016":
    "\"Directive … as implemented by the PCR 2015\" should resolve to the implementing Regulations",
  "English council contrasts Scotland; its own governing sentence wins":
    "a clause about where the Scottish Regulations apply counts as a governing sentence and outvotes the PA 2023 one",
  "PA 2023 light touch contract":
    "the Act's \"light touch contract\" (s.9) is not yet a light-touch cue",
  "PSR competitive process with PA 2023 denial":
    "words between \"under\" and the regime (\"under the competitive process of the Provider Selection Regime\") are not yet read as governing (the regime is right, from citations)",
  "SI title cited twice, PCR cited once, no date: the SI is not the Act":
    "when citations decide, no evidence item is recorded yet",
  "Scottish council ITT dated 2025 on Public Contracts Scotland":
    "a regime decided by Scottish cues records the jurisdiction evidence only, not a regime item",
  "a policy adoption date in the body is not the procurement date":
    "a past date in the body bounds the document date and is reported as a text date",
  "cover Issued field beats a timetable start row":
    "header and timetable dates share one level and the earliest wins; arguably right in law (the notice starts the procurement)",
  "explicit England cue":
    "England has no cues: it is the default for England, Wales and NI law",
  "light touch PCR tender issued 18 November 2024; \"The Procurement Act 2023 does not apply to it\"":
    "\"is being conducted under the Light Touch Regime\" after a Schedule 3 citation is not yet read as a governing-law sentence for PCR 2015 (the regime is right, from the date)",
};
const ROWS: OpeningRow[] = [...OPENINGS_1, ...OPENINGS_2];

function describeActual(text: string, ctx: ReturnType<typeof lint>['context']): string {
  const { regime, regimeSource, regimeConfidence, date, dateIsExplicit, dateSource, jurisdiction, lightTouch, conflicts } = ctx;
  const evidence = ctx.evidence.map((e) => ({
    field: e.field, value: e.value, reason: e.reason, text: text.slice(e.start, e.end), confidence: e.confidence,
    ...(e.negated ? { negated: true } : {}),
  }));
  return JSON.stringify({ regime, regimeSource, regimeConfidence, date, dateIsExplicit, dateSource, jurisdiction, lightTouch, conflicts, evidence }, null, 1);
}

function problemsFor(row: OpeningRow, ctx: ReturnType<typeof lint>['context']): string[] {
  const problems: string[] = [];
  const e = row.expect;
  const same = (field: string, want: unknown, got: unknown) => {
    if (want !== undefined && want !== got) problems.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  same('regime', e.regime, ctx.regime);
  same('regimeSource', e.regimeSource, ctx.regimeSource);
  same('regimeConfidence', e.regimeConfidence, ctx.regimeConfidence);
  same('date', e.date, ctx.date);
  same('dateSource', e.dateSource, ctx.dateSource);
  if (e.jurisdiction === null) {
    if (ctx.jurisdiction !== undefined) problems.push(`jurisdiction: expected none, got ${JSON.stringify(ctx.jurisdiction)}`);
  } else same('jurisdiction', e.jurisdiction, ctx.jurisdiction);
  if (e.lightTouch === true && ctx.lightTouch !== true) problems.push(`lightTouch: expected true, got ${JSON.stringify(ctx.lightTouch)}`);
  if (e.lightTouch === false && ctx.lightTouch === true) problems.push('lightTouch: expected not true, got true');
  if (e.conflicts !== undefined && (ctx.conflicts.length > 0) !== e.conflicts) {
    problems.push(`conflicts: expected ${e.conflicts ? 'some' : 'none'}, got ${JSON.stringify(ctx.conflicts)}`);
  }
  for (const want of row.evidence ?? []) {
    const found = ctx.evidence.some((ev) =>
      ev.field === want.field &&
      (want.value === undefined || ev.value === want.value) &&
      (want.reasonIncludes === undefined || ev.reason.includes(want.reasonIncludes)) &&
      (want.text === undefined || row.text.slice(ev.start, ev.end) === want.text));
    if (!found) problems.push(`evidence: no item matching ${JSON.stringify(want)}`);
  }
  return problems;
}

describe('procurement context from document openings', () => {
  it('has at least 85 rows with unique names', () => {
    assert.ok(ROWS.length >= 85, `only ${ROWS.length} rows`);
    assert.equal(new Set(ROWS.map((r) => r.name)).size, ROWS.length, 'duplicate row names');
  });

  it('every known gap names a row', () => {
    for (const name of Object.keys(KNOWN_GAPS)) assert.ok(ROWS.some((r) => r.name === name), name);
  });

  for (const row of ROWS) {
    const gap = KNOWN_GAPS[row.name];
    it(gap ? `known gap: ${row.name} (${gap})` : row.name, () => {
      const ctx = lint(row.text, { today: TODAY }).context;
      const problems = problemsFor(row, ctx);
      if (gap) assert.ok(problems.length > 0, `now passes: remove it from KNOWN_GAPS`);
      else if (problems.length > 0) assert.fail(`${problems.join('\n')}\nactual: ${describeActual(row.text, ctx)}`);
    });
  }
});
