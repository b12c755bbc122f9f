/**
 * Finding a guide by its id, the way `providers.ts` finds a provider: an id no guide has is bad
 * input that names the known ones.
 */
import type { CatalogData, GuideData } from '../catalog/types.js';
import { InvalidInputError } from './errors.js';

/**
 * The guide with `id`.
 * @throws InvalidInputError naming the known ids when there is none
 */
export function requireGuide(data: CatalogData, id: string, argument = 'guideId'): GuideData {
  const guide = data.guides.find((g) => g.id === id);
  if (guide !== undefined) return guide;
  const known = data.guides.map((g) => `"${g.id}"`).join(', ');
  throw new InvalidInputError(argument, {
    en: `No guide has the id "${id}"; known ids: ${known}.`,
    de: `Keine Anleitung hat die ID „${id}“; bekannte IDs: ${known}.`,
  });
}
