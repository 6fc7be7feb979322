// The rule registry. A rule's id is its file name and its diagnostic code; its documentation lives
// in docs/rules/<id>.md.

import type { Rule } from '../types';
import frontMatter from './front-matter';
import missingPrinciple from './missing-principle';
import procedureName from './procedure-name';
import citation from './citation';
import obsoleteReference from './obsolete-reference';
import standstill from './standstill';
import timeLimit from './time-limit';
import timetable from './timetable';
import weightings from './weightings';

export const rules: readonly Rule[] = [frontMatter, missingPrinciple, procedureName, citation, obsoleteReference, standstill, timeLimit, timetable, weightings];

export const ruleIds: readonly string[] = rules.map((r) => r.id);

export function getRule(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

/** The documentation page of a rule, under a base that each front end chooses (file: or https:). */
export function ruleDocsUrl(id: string, base: string): string {
  return `${base.replace(/\/$/, '')}/${id}.md`;
}
