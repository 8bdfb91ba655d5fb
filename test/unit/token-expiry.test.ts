import { describe, expect, it } from 'vitest';
import { HOLD_MARGIN_MS, TokenStore } from '../../src/mock/token-store.js';

/** A token store on a clock the test moves by hand. */
function storeAt(expiry: ConstructorParameters<typeof TokenStore>[0]) {
  const clock = { now: 1000 };
  const store = new TokenStore(expiry, () => clock.now);
  const issue = () => store.issueAccessToken('client-1', ['mcp:basic'], 'http://127.0.0.1:4200/mcp');
  return { clock, store, issue };
}

describe('access token expiry: a use count and a declared lifetime', () => {
  it('declares the short lifetime as expires_in and holds the last use until it has passed', () => {
    const { clock, store, issue } = storeAt({ uses: 3, lifetimeSeconds: 2 });
    const token = issue();
    expect(token.declaredExpiresIn).toBe(2);
    expect(store.useAccessToken(token.token)).toMatchObject({ valid: true, holdMs: 0 });
    clock.now += 100;
    expect(store.useAccessToken(token.token)).toMatchObject({ valid: true, holdMs: 0 });
    clock.now += 100;
    // The third and last use: answered once the 2 s (plus the margin) are up, 1.8 s from now.
    expect(store.useAccessToken(token.token)).toEqual({ valid: true, token, holdMs: 1800 + HOLD_MARGIN_MS });
  });

  it(
    'answers 401 at once after the lifetime, whatever uses are ' + 'left: a client that tracks expires_in meets it too',
    () => {
      const { clock, store, issue } = storeAt({ uses: 3, lifetimeSeconds: 2 });
      const token = issue();
      clock.now += 2000;
      expect(store.useAccessToken(token.token)).toEqual({ valid: false, reason: 'expired', token, holdMs: 0 });
    },
  );

  it('holds the 401 of a token out of uses until its lifetime is over', () => {
    const { clock, store, issue } = storeAt({ uses: 1, lifetimeSeconds: 2 });
    const token = issue();
    store.useAccessToken(token.token);
    clock.now += 500;
    expect(store.useAccessToken(token.token)).toEqual({
      valid: false,
      reason: 'expired',
      token,
      holdMs: 1500 + HOLD_MARGIN_MS,
    });
  });

  it("lets only the scenario's first tokens expire; later ones last for the run", () => {
    const { clock, store, issue } = storeAt({ uses: 2, lifetimeSeconds: 2, expiringTokens: 2 });
    const [first, second, third] = [issue(), issue(), issue()];
    expect([first.declaredExpiresIn, second.declaredExpiresIn, third.declaredExpiresIn]).toEqual([2, 2, undefined]);
    clock.now += 60_000;
    expect(store.useAccessToken(first.token).valid).toBe(false);
    expect(store.useAccessToken(second.token).valid).toBe(false);
    for (let use = 0; use < 100; use += 1)
      expect(store.useAccessToken(third.token)).toMatchObject({ valid: true, holdMs: 0 });
  });

  it('without a lifetime, expires by uses alone and never holds', () => {
    const { store, issue } = storeAt({ uses: 2 });
    const token = issue();
    expect(token.declaredExpiresIn).toBeUndefined();
    expect(store.useAccessToken(token.token)).toMatchObject({ valid: true, holdMs: 0 });
    expect(store.useAccessToken(token.token)).toMatchObject({ valid: true, holdMs: 0 });
    expect(store.useAccessToken(token.token)).toEqual({ valid: false, reason: 'expired', token, holdMs: 0 });
  });

  it('does not hold a missing or unknown token', () => {
    const { store } = storeAt({ uses: 2, lifetimeSeconds: 2 });
    expect(store.useAccessToken(undefined)).toEqual({ valid: false, reason: 'missing', holdMs: 0 });
    expect(store.useAccessToken('at-nope')).toEqual({ valid: false, reason: 'unknown', holdMs: 0 });
  });
});
