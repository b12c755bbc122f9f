/**
 * Comparing a published `_ua-auto-config` TXT record with the one the plan needs: the same
 * version, algorithm and digest, tags in any order and with any spacing; another digest, a
 * missing tag or another version is not the same record.
 */
import { describe, expect, it } from 'vitest';
import { sameDigestRecord, tagsOf } from '../../src/world/discovery-records.js';

const PLAN = 'v=UAAC1; a=sha256; d=abc+/=';

describe('a digest record', () => {
  it('reads its tags, names in lower case, values as written', () => {
    expect([...tagsOf(' V=UAAC1 ;a=sha256;d=abc+/= ;')]).toEqual([
      ['v', 'UAAC1'],
      ['a', 'sha256'],
      ['d', 'abc+/='],
    ]);
  });

  it.each(['v=UAAC1; a=sha256; d=abc+/=', 'd=abc+/=; a=sha256; v=UAAC1', 'a=sha256;d=abc+/=;v=UAAC1'])(
    'matches %j',
    (found) => expect(sameDigestRecord(found, PLAN)).toBe(true),
  );

  it.each(['v=UAAC1; a=sha256; d=other=', 'v=UAAC1; d=abc+/=', 'v=UAAC2; a=sha256; d=abc+/=', 'abc+/=', ''])(
    'does not match %j',
    (found) => expect(sameDigestRecord(found, PLAN)).toBe(false),
  );
});
