/**
 * The body cap, decided from the headers before a byte is read: a well-formed declared length
 * within the cap passes, one over it is too large, and a body without one (or with one that is not
 * a number) must declare its length.
 */
import { describe, expect, it } from 'vitest';
import { bodyRefusal } from '../../src/http/body-limit.js';

const headers = (contentLength?: string) =>
  new Headers(contentLength === undefined ? {} : { 'content-length': contentLength });

describe('the body cap', () => {
  it('lets a declared length of at most the cap pass', () => {
    expect(bodyRefusal(headers('0'), 100)).toBeUndefined();
    expect(bodyRefusal(headers('100'), 100)).toBeUndefined();
  });

  it('finds a declared length over the cap too large', () => {
    expect(bodyRefusal(headers('101'), 100)).toBe('too-large');
    expect(bodyRefusal(headers('99999999999999999999'), 100)).toBe('too-large');
  });

  it('asks for the length of a body without one, or with one that is no whole number', () => {
    for (const declared of [undefined, '', 'lots', '1e2', '-1', '1.5', '0x10']) {
      expect(bodyRefusal(headers(declared), 100), String(declared)).toBe('length-required');
    }
  });
});
