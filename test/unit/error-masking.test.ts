/**
 * Masking: a fault of ours reaches the caller as "Unexpected error." with a code and the request
 * id, never its message or stack, whatever mode Yoga thinks it runs in; a caller's own mistake
 * keeps its message. The guard does the same for a fault outside Yoga.
 */
import { GraphQLError } from 'graphql';
import { withFaultLog } from '../helpers/fault-log.js';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/domain/errors.js';
import type { Env } from '../../src/env.js';
import { maskError, withRequestId } from '../../src/graphql-server/errors/errors.js';
import { guard } from '../../src/http/guard.js';
import { MASKED_ERROR_MESSAGE } from '../../src/http/rejection.js';

const SECRET = 'connection to db-7.internal refused (password=hunter2)';

describe('masking internal errors', () => {
  it('hides a thrown Error behind "Unexpected error." even in development mode', () => {
    for (const isDev of [false, true]) {
      const masked = maskError(new Error(SECRET), MASKED_ERROR_MESSAGE, isDev) as GraphQLError;
      expect(masked.message).toBe(MASKED_ERROR_MESSAGE);
      expect(masked.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(masked.toJSON())).not.toMatch(/hunter2|db-7|stack|originalError/);
    }
  });

  it('hides an Error a resolver threw, keeping only its path', () => {
    const fromResolver = new GraphQLError(SECRET, { path: ['endpoints', 0, 'uri'], originalError: new Error(SECRET) });
    const masked = maskError(fromResolver, MASKED_ERROR_MESSAGE, true) as GraphQLError;
    expect(masked.message).toBe(MASKED_ERROR_MESSAGE);
    expect(masked.path).toEqual(['endpoints', 0, 'uri']);
    expect(JSON.stringify(masked.toJSON())).not.toContain('hunter2');
  });

  it('adds the request id to a masked error only', () => {
    const masked = maskError(new Error(SECRET), MASKED_ERROR_MESSAGE, false) as GraphQLError;
    expect(withRequestId(masked, 'req-1').extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'req-1',
    });
    const input = new GraphQLError('bad port', {
      originalError: new InvalidInputError('filter.port', { en: 'bad port', de: 'falscher Port' }),
    });
    expect(maskError(input, MASKED_ERROR_MESSAGE, false)).toBe(input);
    expect(withRequestId(input, 'req-1')).toBe(input);
  });

  it('answers a fault outside Yoga with a 500 naming only the request id', async () => {
    const handler = guard([
      {
        path: { prefix: '/' },
        methods: ['GET'],
        handler: () => {
          throw new Error(SECRET);
        },
      },
    ]);
    const ray = '8f1c2d3e4f5a6b7c-FRA';
    const request = new Request('http://127.0.0.1/anything', { headers: { 'cf-ray': ray } });
    const { result: response, faults } = await withFaultLog(async () =>
      handler(request as Parameters<typeof handler>[0], { RATE_LIMIT: 'off' } as Env, {} as ExecutionContext),
    );
    // The log names the request; the fault's own words stay in the log, out of the answer.
    expect(faults).toEqual([`Request ${ray} failed:`]);
    expect(response.status).toBe(500);
    expect(response.headers.get('X-Request-Id')).toBe(ray);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      errors: [{ message: MASKED_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: ray } }],
    });
    expect(body).not.toContain('hunter2');
  });
});
