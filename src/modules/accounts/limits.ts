/** How long credentials last. */
export const TokenLifetime = {
  /** A staff sign-in. */
  signInHours: 12,
  /** A member's pad credential, printed once for the whole session. */
  padDays: 60,
} as const;

export const TokenKind = { SignIn: 'sign-in', Pad: 'pad' } as const;
