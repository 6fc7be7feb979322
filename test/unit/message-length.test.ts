// Issue 14, messages: the Problems panel shows a finding's first sentence, so that sentence must say
// what is wrong and what to write in at most 120 characters, and must not say the same thing twice.
// The legal explanation belongs in the finding's detail. Every registered rule is covered (rules added
// later too) on every invalid example, every fixture and every corpus document, each linted once.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint, rules } from '../../server/src/core';
import { loadCorpus } from '../corpus/corpus';

const today = '2026-06-01';
const MAX = 120;
const root = join(__dirname, '..');

/**
 * The first sentence of a message: up to the first full stop, question or exclamation mark that is
 * followed by a space and a capital letter or quotation mark (or ends the message), outside double
 * quotes, so that "s.20(2)", "reg. 31" and a quoted title do not end it.
 */
export function firstSentence(message: string): string {
  let inQuote = false;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === '"' || c === '“' || c === '”') inQuote = c === '“' ? true : c === '”' ? false : !inQuote;
    if (inQuote || !'.!?'.includes(c)) continue;
    const rest = message.slice(i + 1);
    if (rest === '' || /^\s+["“A-Z]/.test(rest)) return message.slice(0, i + 1);
  }
  return message;
}

/** A phrase of `n` or more words that occurs twice in `sentence` (case and punctuation ignored). */
export function repeatedPhrase(sentence: string, n = 4): string | undefined {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const seen = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) {
    const phrase = words.slice(i, i + n).join(' ');
    if (seen.has(phrase)) return phrase;
    seen.add(phrase);
  }
  return undefined;
}

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** Every document to lint, with a name for the failure message. */
function documents(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const rule of rules) rule.examples.invalid.forEach((e, i) => out.push({ name: `${rule.id} invalid example ${i + 1}`, text: e.text }));
  for (const path of markdownUnder(join(root, 'fixtures'))) out.push({ name: path.slice(root.length + 1), text: readFileSync(path, 'utf8') });
  for (const doc of loadCorpus(join(root, 'corpus'))) out.push({ name: doc.file, text: doc.body });
  return out;
}

describe('message length and wording', () => {
  describe('the first-sentence reader', () => {
    it('ends the sentence at a full stop before a capital, not inside a citation or a quotation', () => {
      assert.equal(firstSentence('Use "section 20(2)(b)": see s.20. It is the competitive flexible procedure.'), 'Use "section 20(2)(b)": see s.20.');
      assert.equal(firstSentence('Write "reg. 31" for "The Public Contract Regs. Part 2". More.'), 'Write "reg. 31" for "The Public Contract Regs. Part 2".');
      assert.equal(firstSentence('One sentence only'), 'One sentence only');
    });
    it('finds a phrase of four words said twice, and nothing in a sentence without one', () => {
      assert.equal(repeatedPhrase('Use the open procedure: the open procedure is in s.20.'), undefined);
      assert.equal(repeatedPhrase('Published on the Central Digital Platform and on the Central Digital Platform.'), 'on the central digital');
    });
  });

  it('every finding of every rule says what is wrong in a first sentence of at most 120 characters, with no phrase repeated', () => {
    const docs = documents();
    assert.ok(docs.length > 100, `only ${docs.length} documents`);
    const long: string[] = [];
    const repeated: string[] = [];
    let count = 0;
    for (const { name, text } of docs) {
      for (const f of lint(text, { today }).findings) {
        count++;
        const first = firstSentence(f.message);
        if (first.length > MAX) long.push(`${name}: ${f.ruleId} (${first.length}): ${first}`);
        const phrase = repeatedPhrase(first);
        if (phrase) repeated.push(`${name}: ${f.ruleId} repeats "${phrase}": ${first}`);
      }
    }
    assert.ok(count > 50, `only ${count} findings: the documents no longer exercise the rules`);
    assert.deepEqual(long, []);
    assert.deepEqual(repeated, []);
  });
});
