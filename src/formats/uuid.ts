/**
 * Name-based UUIDs (RFC 9562 version 5): the same namespace and name always give the same UUID,
 * which is what lets a configuration profile be rebuilt byte for byte and replace, rather than
 * duplicate, the one a device already has installed.
 */
import { hex } from '../lib/sha256.js';

const HEX = /^[0-9a-f]{32}$/;

function uuidBytes(uuid: string): Uint8Array {
  const digits = uuid.replace(/-/g, '').toLowerCase();
  if (!HEX.test(digits)) throw new Error(`Not a UUID: ${uuid}`);
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(digits.slice(i * 2, i * 2 + 2), 16));
}

function format(bytes: Uint8Array): string {
  const digits = hex(bytes);
  return [digits.slice(0, 8), digits.slice(8, 12), digits.slice(12, 16), digits.slice(16, 20), digits.slice(20)]
    .join('-')
    .toUpperCase();
}

/** The version 5 UUID of `name` (UTF-8) in `namespace`, upper case as Apple's tools write them. */
export async function uuidV5(namespace: string, name: string): Promise<string> {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(uuidBytes(namespace));
  input.set(nameBytes, 16);
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-1', input)).slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return format(bytes);
}
