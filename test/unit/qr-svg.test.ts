/**
 * The QR code's SVG draws exactly the dark modules uqr computes: reading its path back gives the
 * same matrix.
 */
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/site/qr-svg.js';

/** The modules the path of `svg` paints, as rows of booleans. */
function painted(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const path = /<path fill="#000" d="([^"]*)"/.exec(svg)?.[1] ?? '';
  for (const [, x, y, length] of path.matchAll(/M(\d+) (\d+)h(\d+)v1H\1z/g)) {
    for (let i = 0; i < Number(length); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

describe('qrSvg', () => {
  it.each([
    'https://settings.example/apple/mail.mobileconfig?protocol=IMAP',
    'http://127.0.0.1:8787/apple/mail.mobileconfig?emailaddress=anna.beispiel%40routing.net&protocol=POP3',
  ])('paints exactly the dark modules of %s', (text) => {
    const svg = qrSvg(text);
    expect(painted(svg)).toEqual(encode(text, { ecc: 'M', border: 4 }).data);
    expect(svg.length).toBeLessThan(8_000);
  });
});
