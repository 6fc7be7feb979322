// Inline directives in HTML comments, as markdownlint and ESLint spell them:
//   <!-- tender-lint-disable [rule …] -->          until a matching enable (no rule: every rule)
//   <!-- tender-lint-enable [rule …] -->
//   <!-- tender-lint-disable-next-line [rule …] -- reason -->
// Comments inside code are not directives (the parser only collects real HTML comments).

import { positionAt, type DocumentModel } from './model';
import type { ConfigProblem, Finding } from './types';

const DIRECTIVE = /^tender-lint-(disable-next-line|disable|enable)\b([^]*)$/;
const ALL = '*';

interface Toggle {
  offset: number;
  enable: boolean;
  rules: string[];
}

export interface Suppressions {
  isSuppressed(finding: Finding): boolean;
  problems: ConfigProblem[];
}

export function readDirectives(doc: DocumentModel, knownRules: readonly string[]): Suppressions {
  const toggles: Toggle[] = [];
  const nextLine = new Map<number, string[]>();
  const problems: ConfigProblem[] = [];
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const [, verb, rest] = m;
    const [ruleText] = rest.split(/\s--(?:\s|$)/);
    const named = ruleText.split(/[\s,]+/).filter(Boolean);
    const unknown = named.filter((r) => !knownRules.includes(r));
    const line = positionAt(doc.lineStarts, comment.start).line + 1;
    if (unknown.length > 0) {
      problems.push({ source: `line ${line}`, message: `Directive on line ${line} names unknown rule(s) ${unknown.join(', ')}; known: ${knownRules.join(', ')}.` });
    }
    const rules = named.length > 0 ? named.filter((r) => knownRules.includes(r)) : [ALL];
    if (rules.length === 0) continue;
    if (verb === 'disable-next-line') {
      const target = nextNonBlankLine(doc, positionAt(doc.lineStarts, comment.end).line + 1);
      nextLine.set(target, [...(nextLine.get(target) ?? []), ...rules]);
    } else {
      toggles.push({ offset: comment.start, enable: verb === 'enable', rules });
    }
  }
  return {
    problems,
    isSuppressed(finding) {
      // Lines are counted only when a directive names one: most documents have none.
      const onLine = nextLine.size > 0 ? nextLine.get(positionAt(doc.lineStarts, finding.start).line) : undefined;
      if (onLine && (onLine.includes(ALL) || onLine.includes(finding.ruleId))) return true;
      let disabled = false;
      for (const t of toggles) {
        if (t.offset > finding.start) break;
        if (t.rules.includes(ALL) || t.rules.includes(finding.ruleId)) disabled = !t.enable;
      }
      return disabled;
    },
  };
}

function nextNonBlankLine(doc: DocumentModel, line: number): number {
  const { text, lineStarts } = doc;
  let l = line;
  while (l < lineStarts.length) {
    const end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length;
    if (text.slice(lineStarts[l], end).trim() !== '') return l;
    l++;
  }
  return line;
}
