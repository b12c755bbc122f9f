/**
 * SHA-256 digests of text, as the API names things by them: persisted-query hashes, edge-cache
 * keys, ETags, the catalog version and the PACC digest published in DNS.
 */

/** The SHA-256 digest of `text` in UTF-8. */
export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** `bytes` as lower-case hex, the form persisted-query clients send. */
export const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** `bytes` as padded base64 (RFC 4648 section 4). */
export const base64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

/** `bytes` as unpadded base64url (RFC 4648 section 5). */
export const base64Url = (bytes: Uint8Array): string =>
  base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** SHA-256 of `text` as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await sha256(text));
}
