// Data parsing (CONTRACT §1 `data`, §4 "Data"): the URL form and pasted text, every bad case of
// issue 19 with its message, and the URL form written back.
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, dataNumber, dataParam, parseDataParam, parseDataText, type DataResult } from './data';

const rowsOf = (r: DataResult) => (r.ok ? r.rows : null);
const fail = (r: DataResult) => {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.rows)}`);
  return r;
};

describe('the URL form', () => {
  it('reads rows separated by ; and numbers by ,', () => {
    expect(rowsOf(parseDataParam('0.5,1.2;1.5,2.1;2.5,4.2;3.5,5.0', 'linear-regression'))).toEqual([
      [0.5, 1.2],
      [1.5, 2.1],
      [2.5, 4.2],
      [3.5, 5],
    ]);
    expect(rowsOf(parseDataParam('1,0.5,1;-0.6,-0.4,-1', 'logistic-regression'))).toEqual([
      [1, 0.5, 1],
      [-0.6, -0.4, -1],
    ]);
    // exponents, signs, a trailing ; and spaces
    expect(rowsOf(parseDataParam(' 1e-7 , -2.5E3;+3,.5;', 'exp-regression'))).toEqual([
      [1e-7, -2500],
      [3, 0.5],
    ]);
  });

  it('names the first bad row, from 1, and why', () => {
    expect(fail(parseDataParam('1,2;3,abc;5,x', 'linear-regression'))).toMatchObject({
      reason: 'not-a-number',
      row: 2,
      message: 'Row 2: "abc" is not a number',
    });
    expect(fail(parseDataParam('1,2;3,4,5', 'linear-regression'))).toMatchObject({
      reason: 'columns',
      row: 2,
      message: 'Row 2: it has 3 numbers; rows here are t,s (2 numbers)',
    });
    expect(fail(parseDataParam('1,2,1;3,4', 'logistic-regression'))).toMatchObject({
      reason: 'columns',
      row: 2,
      message: 'Row 2: it has 2 numbers; rows here are a,b,label (3 numbers)',
    });
    expect(fail(parseDataParam('1,2;NaN,4', 'linear-regression'))).toMatchObject({ row: 2, reason: 'not-a-number' });
    expect(fail(parseDataParam('1e999,2;3,4', 'linear-regression'))).toMatchObject({
      row: 1,
      reason: 'non-finite',
      message: 'Row 1: "1e999" is too large (beyond float32\'s range of about 3.4e38)',
    });
    expect(fail(parseDataParam('1,;3,4', 'linear-regression')).message).toBe('Row 1: a value is missing');
    expect(fail(parseDataParam('1,2', 'linear-regression'))).toMatchObject({
      reason: 'too-few',
      message: 'Too few rows: 1, at least 2',
    });
    expect(fail(parseDataParam('', 'linear-regression')).reason).toBe('empty');
    expect(fail(parseDataParam(';;', 'linear-regression')).reason).toBe('empty');
  });

  it('takes 500 rows and refuses 501', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i / 10},${i % 7}`).join(';');
    expect(rowsOf(parseDataParam(rows(MAX_ROWS), 'linear-regression'))).toHaveLength(500);
    expect(fail(parseDataParam(rows(501), 'linear-regression'))).toMatchObject({
      reason: 'too-many',
      message: 'Too many rows: 501, at most 500',
    });
  });
});

describe('pasted and uploaded text', () => {
  it('reads CSV with a header, whitespace-separated columns, CRLF and blank lines', () => {
    const want = [
      [0, 2.04],
      [0.5, 1.53],
      [1, 1.23],
    ];
    expect(rowsOf(parseDataText('t,s\n0,2.04\n0.5,1.53\n1,1.23\n', 'exp-regression'))).toEqual(want);
    expect(
      rowsOf(parseDataText('time amount\r\n\r\n0\t2.04\r\n0.5   1.53\r\n  1 1.23  \r\n\r\n', 'exp-regression')),
    ).toEqual(want);
    expect(rowsOf(parseDataText('# a comment\n"t", "s"\n0, 2.04\n0.5 ,1.53\n1,1.23', 'exp-regression'))).toEqual(want);
    // one line with ; is the URL form
    expect(rowsOf(parseDataText('0,2.04;0.5,1.53;1,1.23', 'exp-regression'))).toEqual(want);
    expect(rowsOf(parseDataText('a,b,label\n1,0.5,1\n-1,-0.8,-1\n0.3,2,+1', 'logistic-regression'))).toEqual([
      [1, 0.5, 1],
      [-1, -0.8, -1],
      [0.3, 2, 1],
    ]);
  });

  // Issue 19, "Bad input tried": an empty paste, text, `1,2,3` for a 2-column set, labels 0/1 for
  // the classifier, 501 rows, a 5 MB file, NaN, 1e999.
  it('an empty paste', () => {
    for (const text of ['', '   ', '\n\n  \n', 't,s\n']) {
      expect(fail(parseDataText(text, 'linear-regression'))).toMatchObject({
        reason: 'empty',
        message: 'The data is empty: give at least 2 rows of t,s (2 numbers)',
      });
    }
  });

  it('text', () => {
    expect(fail(parseDataText('1,2\n3,4\nhello world\n', 'linear-regression'))).toMatchObject({
      reason: 'not-a-number',
      row: 3,
      line: 3,
      message: 'Line 3: "hello" is not a number',
    });
    // a first line with some numbers is no header
    expect(fail(parseDataText('t,4\n1,2\n3,4', 'linear-regression'))).toMatchObject({ line: 1, row: 1 });
    // with a header and a blank line, the line is the text's line and the row the data row
    expect(fail(parseDataText('t,s\n1,2\n\n3,four', 'linear-regression'))).toMatchObject({
      line: 4,
      row: 2,
      message: 'Line 4: "four" is not a number',
    });
    expect(fail(parseDataText('1,2\n0x10,3', 'linear-regression')).reason).toBe('not-a-number');
    expect(fail(parseDataText('1,2\n1,000.5,3', 'linear-regression')).reason).toBe('columns');
  });

  it('1,2,3 for a 2-column set', () => {
    expect(fail(parseDataText('1,2,3', 'linear-regression'))).toMatchObject({
      reason: 'columns',
      line: 1,
      message: 'Line 1: it has 3 numbers; rows here are t,s (2 numbers)',
    });
    expect(fail(parseDataText('0,1\n1,2,3\n', 'exp-regression')).message).toBe(
      'Line 2: it has 3 numbers; rows here are t,s (2 numbers)',
    );
    expect(fail(parseDataText('0,1\n2\n', 'exp-regression')).message).toBe(
      'Line 2: it has 1 number; rows here are t,s (2 numbers)',
    );
  });

  it('labels 0/1 for the classifier', () => {
    expect(fail(parseDataText('a,b,label\n1,2,1\n3,4,0\n5,6,1', 'logistic-regression'))).toMatchObject({
      reason: 'label',
      line: 3,
      row: 2,
      message: 'Line 3: the label is 0; labels are 1 or -1',
    });
    expect(fail(parseDataText('1,2,2\n3,4,1', 'logistic-regression')).message).toBe(
      'Line 1: the label is 2; labels are 1 or -1',
    );
  });

  it('501 rows', () => {
    const text = (n: number) => 't,s\n' + Array.from({ length: n }, (_, i) => `${i},${i * 0.5}`).join('\n');
    expect(rowsOf(parseDataText(text(500), 'linear-regression'))).toHaveLength(500);
    expect(fail(parseDataText(text(501), 'linear-regression'))).toMatchObject({
      reason: 'too-many',
      message: 'Too many rows: 501, at most 500',
    });
    // a long paste is refused by a quick count of its lines (the header is one of them)
    expect(fail(parseDataText(text(20000), 'linear-regression')).message).toBe(
      'Too many rows: 20001 lines, at most 500 rows',
    );
    expect(fail(parseDataText(text(502), 'linear-regression')).message).toBe('Too many rows: 502, at most 500');
  });

  it('a 5 MB file is refused at once', () => {
    const big = '1.2345678,2.3456789\n'.repeat(262_144); // 5.2 MB
    const t0 = performance.now();
    const r = fail(parseDataText(big, 'linear-regression'));
    const ms = performance.now() - t0;
    expect(r).toMatchObject({
      reason: 'too-large',
      message: 'The data is too large (5.2 MB; at most 1 MB and 500 rows)',
    });
    expect(ms).toBeLessThan(50); // no splitting: the length alone decides (a shared, busy machine)
    expect(fail(parseDataParam(big, 'linear-regression')).reason).toBe('too-large');
    // just under the limit, a million characters of rows: refused by count, still quickly
    const t1 = performance.now();
    expect(fail(parseDataText('1,2\n'.repeat(249_999), 'linear-regression')).reason).toBe('too-many');
    expect(performance.now() - t1).toBeLessThan(100);
  });

  it('NaN', () => {
    expect(fail(parseDataText('1,2\nNaN,3', 'linear-regression'))).toMatchObject({
      reason: 'not-a-number',
      line: 2,
      message: 'Line 2: "NaN" is not a number',
    });
    expect(fail(parseDataText('1,2\n3,nan', 'exp-regression')).message).toBe('Line 2: "nan" is not a number');
  });

  it('1e999, Infinity and numbers beyond float32', () => {
    expect(fail(parseDataText('1,2\n3,1e999', 'linear-regression'))).toMatchObject({
      reason: 'non-finite',
      line: 2,
      message: 'Line 2: "1e999" is too large (beyond float32\'s range of about 3.4e38)',
    });
    expect(fail(parseDataText('1,2\n-1e39,1', 'linear-regression')).reason).toBe('non-finite');
    expect(fail(parseDataText('1,2\nInfinity,1', 'linear-regression')).reason).toBe('not-a-number');
    expect(rowsOf(parseDataText('1,2\n3e38,1', 'linear-regression'))).toEqual([
      [1, 2],
      [3e38, 1],
    ]);
  });

  it('shows a long bad field shortened', () => {
    expect(fail(parseDataText(`1,2\n${'x'.repeat(5000)},1`, 'linear-regression')).message).toBe(
      `Line 2: "${'x'.repeat(20)}…" is not a number`,
    );
  });
});

describe('dataParam', () => {
  it('writes the URL form with the shortest round-tripping numbers', () => {
    expect(
      dataParam([
        [0.5, 1.2],
        [3.5, 5],
      ]),
    ).toBe('0.5,1.2;3.5,5');
    expect(dataNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(dataNumber(1e21)).toBe('1e21'); // no + for a query string to turn into a space
    expect(dataNumber(-1.5e-7)).toBe('-1.5e-7');
  });

  it('reads back to the same numbers', () => {
    // a deterministic spread of awkward doubles
    const rows: number[][] = [];
    for (let i = 0; i < 200; i++) {
      const a = Math.sin(i * 12.9898) * 43758.5453;
      rows.push([a - Math.trunc(a), (a * 1e-9) / (i + 1), i % 2 ? 1 : -1]);
    }
    rows.push([1e-300, 3e38, 1], [-0.1, 123456789.123, -1]);
    const back = parseDataParam(dataParam(rows), 'logistic-regression');
    expect(rowsOf(back)).toEqual(rows);
    const text = rows.map((r) => r.join(',')).join('\n');
    expect(rowsOf(parseDataText(text, 'logistic-regression'))).toEqual(rows);
  });
});
