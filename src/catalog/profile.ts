/**
 * The texts a person reads on an iPhone, iPad or Mac while installing the configuration profile:
 * what it is called, what it will do, and what they agree to before it is installed.
 * `{provider}` is the provider's display name and `{address}` the mailbox the profile was made for.
 */
import type { ProfileTextData } from './types.js';

export const profile: ProfileTextData = {
  displayName: { en: '{provider} email', de: 'E-Mail bei {provider}' },
  description: {
    en: 'Adds the mailbox {address} at {provider} to Mail, using the provider’s preferred encrypted servers. Mail asks for the mailbox password while the profile is installed; the profile holds no password.',
    de: 'Richtet das Postfach {address} bei {provider} in Mail ein, mit den bevorzugten verschlüsselten Servern des Anbieters. Mail fragt bei der Installation nach dem Passwort des Postfachs; das Profil selbst enthält kein Passwort.',
  },
  descriptionWithoutAddress: {
    en: 'Adds a mailbox at {provider} to Mail, using the provider’s preferred encrypted servers. Mail asks for your email address and password while the profile is installed; the profile holds no password.',
    de: 'Richtet ein Postfach bei {provider} in Mail ein, mit den bevorzugten verschlüsselten Servern des Anbieters. Mail fragt bei der Installation nach Ihrer E-Mail-Adresse und dem Passwort; das Profil selbst enthält kein Passwort.',
  },
  consent: {
    en: 'This profile adds one mail account at {provider} to Mail, connected only over encrypted connections to the provider’s servers. It holds no password: Mail asks you for it. It changes nothing else on this device, and removing the profile removes the account again.',
    de: 'Dieses Profil fügt Mail ein E-Mail-Konto bei {provider} hinzu, das sich nur verschlüsselt mit den Servern des Anbieters verbindet. Es enthält kein Passwort: Mail fragt Sie danach. Sonst ändert es nichts auf diesem Gerät, und wenn Sie das Profil entfernen, wird auch das Konto wieder entfernt.',
  },
};
