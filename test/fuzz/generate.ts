// Seeded generator of hostile tender documents: realistic fragments, then mutations (insertions,
// deletions, unicode incl. surrogate pairs and combining marks, CRLF and lone CR, BOM, tabs, deep
// nesting, broken front matter, unterminated comments and directives).

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seeded(seed: number): Random {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const FRONT_MATTER = [
  '---\ntender-lint:\n  regime: pcr-2015\n  date: 2024-06-01\n  kind: tender\n---\n',
  '---\ntender-lint:\n  regime: pa-2023\n  date: 2025-06-01\n  kind: tender\n---\n',
  '---\ntender-lint:\n  regime: pcsr-2015\n  kind: specification\n---\n',
  '---\ntender-lint:\n  light-touch: true\n  regime: pcr-2015\n---\n',
  '---\ntender-lint:\n  regime: [broken\n---\n',
  '---\ntender-lint:\n  regime: pa-2023\n',
  '---\na: &a [x, x]\nb: [*a, *a]\n---\n',
  '',
];

const FRAGMENTS = [
  '# Invitation to tender\n',
  '## Procurement procedure\n',
  '## Principles\n',
  '## Evaluation and award\n',
  'The Authority will treat all bidders equally and without discrimination, and will act transparently.\n',
  'The Council will act in a proportionate manner.\n',
  'The Council will not publish the scores transparently.\n',
  'In carrying out the procurement the Council will have regard to delivering value for money and maximising public benefit.\n',
  'The Council will use the Innovative Partnership procedure under regulation 31 of the Public Contracts Regulations 2015.\n',
  'The innovation partnership procedure (regulation 32 of the Public Contracts (Scotland) Regulations 2015) applies.\n',
  'This is an innovative partnership: an informal collaboration with local providers.\n',
  'A contract notice was published in the OJEU and the Alcatel period will apply.\n',
  'Tenders are evaluated on the most economically advantageous tender (MEAT) under the Light Touch Regime.\n',
  'See Article 31 of the Public Contracts Regulations 2015 and s.12 PA 2023, regs 74 to 77, Schedule 3.\n',
  'Under the Procurement Act 2023 the competitive flexible procedure (s.20(2)(b)) is used.\n',
  '- equal treatment\n- non-discrimination\n- transparency\n',
  '1. First\n2. Second\n',
  '> quoted regulation 18 text\n',
  '```\nregulation 31 in code\n```\n',
  '| Criterion | Weight |\n|---|---|\n| Quality | 60% |\n',
  '<!-- tender-lint-disable-next-line citation -- quoted -->\n',
  '<!-- tender-lint-disable -->\n',
  '<!-- tender-lint-enable -->\n',
  '[ref]: https://www.legislation.gov.uk/uksi/2015/102/regulation/18\n',
  'A [reference][ref] and a footnote[^1].\n',
  '[^1]: The footnote mentions proportionality.\n',
];

const NOISE = ['\uD83D\uDE00', 'e\u0301', '\u200B', '\t', '\r\n', '\r', '\n', '\uFEFF', '<!--', '-->', '`', '*', '[', ']', '#', '> ', '- ', '    ', '\uD83D', '\uDE00', '\u0000', '&amp;', '\\'];

export function generateDocument(r: Random): string {
  const parts = [pick(r, FRONT_MATTER)];
  const count = 1 + Math.floor(r() * 14);
  for (let i = 0; i < count; i++) {
    parts.push(pick(r, FRAGMENTS));
    if (r() < 0.6) parts.push('\n');
  }
  if (r() < 0.1) parts.push(Array.from({ length: 50 + Math.floor(r() * 150) }, (_, i) => `${'  '.repeat(i)}- nested ${i}`).join('\n'));
  if (r() < 0.1) parts.push('>'.repeat(50 + Math.floor(r() * 100)) + ' deep quote\n');
  let text = parts.join('');
  const mutations = Math.floor(r() * 6);
  for (let m = 0; m < mutations; m++) text = mutate(r, text);
  return r() < 0.15 ? text.replace(/\n/g, '\r\n') : text;
}

function mutate(r: Random, text: string): string {
  const at = Math.floor(r() * (text.length + 1));
  switch (Math.floor(r() * 4)) {
    case 0:
      return text.slice(0, at) + pick(r, NOISE) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 20));
    case 2:
      return text.slice(0, at) + pick(r, FRAGMENTS) + text.slice(at);
    default: {
      const from = Math.floor(r() * text.length);
      return text.slice(0, at) + text.slice(from, from + Math.floor(r() * 40)) + text.slice(at);
    }
  }
}
