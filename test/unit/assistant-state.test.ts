/**
 * The assistant's state and its URL: what the server reads from a request is what the script
 * writes back, so a reload or a bookmark shows the same page.
 */
import { describe, expect, it } from 'vitest';
import { assistantQuery, assistantState, situationOf } from '../../src/site/state.js';

describe('the assistant’s state', () => {
  it('reads the address, the answers and a protocol picked by hand', () => {
    const state = assistantState(
      new URLSearchParams('email=+anna%40routing.net+&devices=1&offline=yes&protocol=pop3'),
      'de',
    );
    expect(state).toEqual({
      locale: 'de',
      email: 'anna@routing.net',
      answers: { devices: '1', offline: true, limitedStorage: false },
      protocol: 'POP3',
    });
    expect(assistantQuery(state)).toBe('?lang=de&email=anna%40routing.net&devices=1&offline=yes&protocol=POP3');
    expect(assistantState(new URLSearchParams(assistantQuery(state)), 'de')).toEqual(state);
  });

  it('leaves out what was not given', () => {
    const state = assistantState(new URLSearchParams('email=&protocol=SMTP'), 'en');
    expect(state).toEqual({ locale: 'en', email: undefined, answers: undefined, protocol: undefined });
    expect(assistantQuery(state)).toBe('?lang=en');
  });

  it('asks the API only about whole numbers of devices', () => {
    const answers = { offline: false, limitedStorage: true };
    expect(situationOf({ ...answers, devices: '3' })).toEqual({
      deviceCount: 3,
      wantsOfflineCopies: false,
      limitedServerStorage: true,
    });
    for (const devices of ['', 'two', '1.5', '-1', '9999999'])
      expect(situationOf({ ...answers, devices })).toBeUndefined();
  });
});
