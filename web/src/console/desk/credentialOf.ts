/**
 * What a scanner typed, as the credential to check in with: the code itself, or the whole
 * credential link (`https://…/pad?token=…`, or just `/pad?token=…`) the card's QR code may hold.
 * Null when nothing usable was typed.
 * @example credentialOf('https://plenum.example/pad?token=abc') === 'abc'
 */
export function credentialOf(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  if (!/[?&]token=/.test(text)) return text;
  try {
    return new URL(text, 'http://desk.invalid').searchParams.get('token') || null;
  } catch {
    return null;
  }
}
