// The unified social credit code (统一社会信用代码, GB 32100-2015): the
// same check as the server's (api/uscc), so a form can say at once what is
// wrong before it submits.
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function checkChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const n = alphabet.indexOf(first17[i]);
    if (n < 0) return null;
    sum += n * weights[i];
  }
  return alphabet[(31 - (sum % 31)) % 31];
}

export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && checkChar(code.slice(0, 17)) === code[17];
}
