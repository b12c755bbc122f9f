/**
 * Name-based UUIDs against the RFC 9562 test vector.
 */
import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../../src/formats/uuid.js';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('gives the RFC 9562 example for www.example.com in the DNS namespace', async () => {
    expect(await uuidV5(DNS_NAMESPACE, 'www.example.com')).toBe('2ED6657D-E927-568B-95E1-2665A8AEA6A2');
  });

  it('differs for another name and is the same for the same one', async () => {
    const a = await uuidV5(DNS_NAMESPACE, 'a');
    expect(await uuidV5(DNS_NAMESPACE, 'a')).toBe(a);
    expect(await uuidV5(DNS_NAMESPACE, 'b')).not.toBe(a);
  });

  it('refuses a namespace that is not a UUID', async () => {
    await expect(uuidV5('not-a-uuid', 'a')).rejects.toThrow('Not a UUID');
  });
});
