/**
 * Turning catalog texts into what a reader sees in one locale: labels, recommendation reasons and
 * guide steps with their placeholders filled from the port table.
 */
import type {
  Advice,
  CatalogData,
  GuideData,
  Locale,
  LocalizedText,
  Security,
  StepPlaceholder,
} from '../catalog/types.js';
import type { ConnectionSettings } from './preference.js';
import type { Reason } from './recommendation.js';
import { fillPlaceholders } from '../lib/template.js';

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

export function securityLabel(data: CatalogData, security: Security, locale: Locale): string {
  return localize(data.labels.security[security], locale);
}

export function adviceLabel(data: CatalogData, advice: Advice, locale: Locale): string {
  return localize(data.labels.advice[advice], locale);
}

/** The sentence for `reason`, its placeholders filled (security as its label). */
export function reasonText(data: CatalogData, reason: Reason, locale: Locale): string {
  const { security, ...values } = reason.values;
  const filled = security === undefined ? values : { ...values, security: securityLabel(data, security, locale) };
  return fillPlaceholders(localize(data.reasons[reason.code], locale), filled);
}

/**
 * `steps` (guide steps, troubleshooting remedies) in `locale`, every placeholder filled from
 * `settings`, so no text can name a server or port the port table does not give.
 */
export function filledSteps(
  data: CatalogData,
  steps: readonly LocalizedText[],
  settings: ConnectionSettings,
  locale: Locale,
): string[] {
  const { incoming, outgoing } = settings;
  const values: Record<StepPlaceholder, string | number> = {
    incomingProtocol: incoming.protocol,
    incomingHost: incoming.hostName,
    incomingPort: incoming.port,
    incomingSecurity: securityLabel(data, incoming.security, locale),
    outgoingHost: outgoing.hostName,
    outgoingPort: outgoing.port,
    outgoingSecurity: securityLabel(data, outgoing.security, locale),
  };
  return steps.map((step) => fillPlaceholders(localize(step, locale), values));
}

/** The steps of `guide` with every placeholder filled from `settings`. */
export function guideSteps(
  data: CatalogData,
  guide: GuideData,
  settings: ConnectionSettings,
  locale: Locale,
): string[] {
  return filledSteps(data, guide.steps, settings, locale);
}
