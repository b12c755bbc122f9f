/**
 * The assistant's state and its URL: what the server reads from a request is what the script
 * writes back, so a reload or a bookmark shows the same page; the address alone never goes into
 * the URL, and a form's body wins over the URL it is sent to.
 */
import { describe, expect, it } from 'vitest';
import { assistantParameters, assistantQuery, assistantState, situationOf } from '../../src/site/state.js';

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
    expect(assistantQuery(state)).toBe('?lang=de&devices=1&offline=yes&protocol=POP3');
    expect(assistantState(new URLSearchParams(assistantQuery(state)), 'de')).toEqual({ ...state, email: undefined });
  });

  it('takes a form body over the URL it was sent to', () => {
    const search = assistantParameters(
      new URLSearchParams('lang=de&devices=1&protocol=POP3'),
      new URLSearchParams('email=anna%40routing.net&devices=2'),
    );
    expect(assistantState(search, 'de')).toEqual({
      locale: 'de',
      email: 'anna@routing.net',
      answers: { devices: '2', offline: false, limitedStorage: false },
      protocol: 'POP3',
      domain: undefined,
    });
  });

  it('leaves out what was not given', () => {
    const state = assistantState(new URLSearchParams('protocol=SMTP'), 'en');
    expect(state).toEqual({
      locale: 'en',
      email: undefined,
      answers: undefined,
      protocol: undefined,
      domain: undefined,
    });
    expect(assistantQuery(state)).toBe('?lang=en');
  });

  it('marks a field sent empty, to ask for it, and keeps it out of every URL', () => {
    const state = assistantState(new URLSearchParams('email=%20&devices=2'), 'en');
    expect(state).toMatchObject({ email: undefined, blank: 'email' });
    expect(assistantState(new URLSearchParams('domain='), 'de').blank).toBe('domain');
    expect(assistantState(new URLSearchParams('email=a%40b.example'), 'en').blank).toBeUndefined();
    expect(assistantQuery(state)).toBe('?lang=en&devices=2');
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
