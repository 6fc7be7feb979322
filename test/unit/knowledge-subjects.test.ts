// Subject map acceptance (issue 18): every fact is well formed and sourced, the vocabulary is safe and
// narrow, and the two lookups answer the many-to-many questions drafters ask.

import assert from 'node:assert/strict';
import {
  SUBJECTS,
  SUBJECT_FACTS,
  SUBJECT_IDS,
  provisionsFor,
  subjectsAt,
  subjectsNamedIn,
  type SubjectInstrument,
} from '../../server/src/core/knowledge/subjects';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const PREFIX: Record<SubjectInstrument, string> = {
  'pcr-2015': 'https://www.legislation.gov.uk/uksi/2015/102/',
  'pcsr-2015': 'https://www.legislation.gov.uk/ssi/2015/446/',
  'pa-2023': 'https://www.legislation.gov.uk/ukpga/2023/54/',
  'pr-2024': 'https://www.legislation.gov.uk/uksi/2024/692/',
  'directive-2014-24': 'https://www.legislation.gov.uk/eudr/2014/24/',
  'psr-2023': 'https://www.legislation.gov.uk/uksi/2023/1348/',
};

const ORDINARY = [
  'The Authority will award the contract to the successful bidder in March.',
  'Please submit your response by the deadline shown in the timetable.',
  'The supplier shall notify the Authority of any change to its contact details.',
  'Termination of employment is a matter for the supplier.',
  'The open day will be held in the council chamber.',
  'We will review the framework of our internal policy next year.',
  'The service must be accessible to people with a light touch of support.',
  'Lots of residents attended the consultation event.',
  'The notice board in reception shows the opening hours.',
  'Our principles are honesty and respect.',
  'The value of the work is set out in the budget.',
  'A selection of photographs is attached.',
  'The market in the town centre opens on Saturdays.',
  'Performance of the band was excellent.',
];

describe('knowledge subjects: facts', () => {
  it('has at least 150 facts, with a count per instrument', () => {
    assert.ok(SUBJECT_FACTS.length >= 150, `only ${SUBJECT_FACTS.length} facts`);
    for (const inst of Object.keys(PREFIX) as SubjectInstrument[]) {
      assert.ok(SUBJECT_FACTS.some((f) => f.instrument === inst), `no facts for ${inst}`);
    }
  });

  it('every fact has a well-formed legislation.gov.uk url for its instrument', () => {
    for (const f of SUBJECT_FACTS) {
      assert.ok(f.url.startsWith(PREFIX[f.instrument]), `${f.instrument} ${f.number}: ${f.url}`);
      assert.doesNotThrow(() => new URL(f.url));
      assert.ok(f.url.endsWith(`/${f.kind}/${f.number}`), f.url);
      assert.doesNotMatch(f.url, /\s/);
    }
  });

  it('dates are ISO, and appliesFrom is before appliesTo', () => {
    for (const f of SUBJECT_FACTS) {
      assert.match(f.appliesFrom, ISO);
      assert.ok(!Number.isNaN(Date.parse(f.appliesFrom)));
      if (f.appliesTo !== undefined) {
        assert.match(f.appliesTo, ISO);
        assert.ok(f.appliesFrom < f.appliesTo, `${f.instrument} ${f.number}`);
      }
    }
  });

  it('every fact has a source and a title, and names a known subject', () => {
    for (const f of SUBJECT_FACTS) {
      assert.ok(f.source.trim().length > 0, `${f.instrument} ${f.number} has no source`);
      assert.ok(f.title.trim().length > 0);
      assert.ok(SUBJECT_IDS.has(f.subject), `unknown subject ${f.subject}`);
    }
  });

  it('facts are unique per subject, provision and paragraph', () => {
    const seen = new Set<string>();
    for (const f of SUBJECT_FACTS) {
      const k = `${f.subject}|${f.instrument}|${f.kind}|${f.number}|${f.paragraph ?? ''}`;
      assert.ok(!seen.has(k), `duplicate ${k}`);
      seen.add(k);
    }
  });
});

describe('knowledge subjects: vocabulary', () => {
  it('ids are unique', () => {
    assert.equal(new Set(SUBJECTS.map((s) => s.id)).size, SUBJECTS.length);
  });

  it('every pattern compiles, has no nested quantifier and the subject matches its own name', () => {
    for (const s of SUBJECTS) {
      for (const p of s.patterns) {
        assert.doesNotThrow(() => new RegExp(p, 'i'), `${s.id}: ${p}`);
        assert.doesNotMatch(p, /\([^()]*[+*][^()]*\)[+*{]/, `${s.id}: nested quantifier in ${p}`);
      }
      assert.ok(subjectsNamedIn(s.name).includes(s.id), `${s.id} does not match its name "${s.name}"`);
    }
  });

  it('does not fire on ordinary sentences', () => {
    for (const sentence of ORDINARY) assert.deepEqual(subjectsNamedIn(sentence), [], sentence);
  });

  it('recognises how drafters name subjects', () => {
    assert.ok(subjectsNamedIn('The exclusion grounds in the Act apply.').includes('exclusion'));
    assert.ok(subjectsNamedIn('Bidders subject to a mandatory exclusion will be rejected.').includes('exclusion-mandatory'));
    assert.ok(subjectsNamedIn('Any abnormally low tender will be investigated.').includes('abnormally-low'));
    assert.ok(subjectsNamedIn('The standstill period will be 8 working days.').includes('standstill'));
    assert.ok(subjectsNamedIn('The tender notice was published.').includes('tender-notice'));
    assert.ok(!subjectsNamedIn('The below-threshold tender notice was published.').includes('tender-notice'));
  });

  it('stays fast on hostile input', () => {
    const hostile = 'light '.repeat(5000) + 'touch';
    const t = Date.now();
    subjectsNamedIn(hostile);
    assert.ok(Date.now() - t < 200);
  });
});

describe('knowledge subjects: lookups', () => {
  it('PA 2023 exclusion is governed by ss.26–30, 57–58 and Schedules 6–7', () => {
    const numbers = provisionsFor('pa-2023', 'exclusion').map((f) => `${f.kind}:${f.number}`);
    for (const n of ['section:26', 'section:27', 'section:57', 'schedule:6', 'schedule:7']) assert.ok(numbers.includes(n), n);
  });

  it('one provision carries several subjects', () => {
    const subjects = subjectsAt('pcr-2015', 'regulation', '57').map((f) => f.subject);
    assert.deepEqual([...subjects].sort(), ['exclusion', 'exclusion-discretionary', 'exclusion-mandatory', 'self-cleaning']);
    assert.deepEqual(subjectsAt('pcr-2015', 'regulation', '057').length, 4);
  });

  it('returns the standstill provision of each instrument', () => {
    assert.deepEqual(provisionsFor('pcr-2015', 'standstill').map((f) => f.number), ['86', '87']);
    assert.ok(provisionsFor('pa-2023', 'standstill').some((f) => f.number === '51'));
    assert.deepEqual(provisionsFor('psr-2023', 'standstill').map((f) => f.number), ['12']);
  });

  it('returns nothing for unknown provisions or unconfirmed subjects', () => {
    assert.deepEqual(subjectsAt('pcr-2015', 'regulation', '999'), []);
    assert.deepEqual(provisionsFor('pcr-2015', 'abnormally-low'), []);
    assert.deepEqual(provisionsFor('pcsr-2015', 'restricted-procedure').filter((f) => f.number !== '27'), []);
  });

  it('paragraph-level facts keep the paragraph', () => {
    const open = provisionsFor('pa-2023', 'open-procedure');
    assert.equal(open[0].paragraph, '2(a)');
  });
});
