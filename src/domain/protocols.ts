/**
 * Looking up a protocol's description in the catalog.
 */
import type { CatalogData, Protocol, ProtocolData } from '../catalog/types.js';

/** The catalog's description of `name`; the catalog check guarantees one for every protocol. */
export function describeProtocol(data: CatalogData, name: Protocol): ProtocolData {
  const protocol = data.protocols.find((p) => p.name === name);
  if (protocol === undefined) throw new Error(`The catalog does not describe ${name}`);
  return protocol;
}
