// Clause boundaries inside one sentence: the scope of a cue word. A semicolon, colon, dash or bracket
// ends a clause, and so does a comma or conjunction that starts a new clause ("…, which was drafted
// last month, …", "… but …", "… and will …"). Approximate on purpose: it only has to keep a cue in one
// clause from reaching a mention in another.

const BOUNDARY =
  /[;:()\u2014\u2013]|\s-\s|,\s*(?=(?:which|who|whose|although|though|but|however|whereas|while|so|yet|and|or|then|now)\b)|\b(?:but|however|whereas|although|though|while)\b|\band\s+(?=(?:will|shall|is|are|must|can|may|now|then|they|we|it|the|agreed|resolved|decided|approved|noted|that)\b)/gi;

const OPENING_SUBORDINATE = /^\s*(?:although|though|while|whilst|because|since|as|once|after|before|until|when|if|unless|where|should|provided|subject\s+to|assuming|in\s+the\s+event)\b[^,;]*,/i;

export function clauseAround(sentence: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  // "Although …, the main clause": the opening subordinate clause ends at its comma.
  const opening = OPENING_SUBORDINATE.exec(sentence);
  if (opening) {
    if (from >= opening[0].length) start = opening[0].length;
    else end = opening[0].length - 1;
  }
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m[0].length === 0) {
      BOUNDARY.lastIndex++;
      continue;
    }
    const bEnd = m.index + m[0].length;
    if (bEnd <= from) start = Math.max(start, bEnd);
    else if (m.index >= to) {
      end = Math.min(end, m.index);
      break;
    }
  }
  return { start, end };
}

/** The sentence with relative clauses (", which … ,") and brackets that do not hold [from, to) blanked out, same length. */
export function maskAsides(sentence: string, from: number, to: number): string {
  return sentence.replace(/,\s*(?:which|who|whose)\b[^,;]*,|\([^()]*\)/g, (aside, at: number) => (at <= from && to <= at + aside.length ? aside : ' '.repeat(aside.length)));
}
