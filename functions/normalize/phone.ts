import type { Parsed } from './parsed';
import { cleanText } from './text';

/** Area code (two digits, no zero) and an 8- or 9-digit number. */
const BRAZILIAN_PHONE = /^[1-9]{2}\d{8,9}$/;
const COUNTRY_CODE = '55';

function digitsOf(raw: unknown): string {
  return (cleanText(raw) ?? '').replace(/\D/g, '');
}

/**
 * A phone as digits, area code first (`31` + `99812-4410` ->
 * `31998124410`). The number may already carry its area code, a trunk `0`
 * or the country code `55`; those are recognised. Absent when the number
 * has no digits (SGA's `"()"`).
 *
 * @example normalizePhone('(31)', '99812-4410') // { value: '31998124410' }
 */
export function normalizePhone(
  areaCode: unknown,
  number: unknown,
): Parsed<string> {
  const local = digitsOf(number);
  if (local === '') return {};
  const area = digitsOf(areaCode);
  let phone = (local.length >= 10 ? local : area + local).replace(/^0+/, '');
  const withCountry = phone.length === 12 || phone.length === 13;
  if (withCountry && phone.startsWith(COUNTRY_CODE)) phone = phone.slice(2);
  if (BRAZILIAN_PHONE.test(phone)) return { value: phone };
  return { problem: 'is not an area code and a phone number; ignored' };
}
