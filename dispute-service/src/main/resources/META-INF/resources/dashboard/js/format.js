// Money in integer minor units, times and countdowns, as agents read them.
export function fractionDigits(currency) {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return 2;
  }
}

export function money(amount) {
  if (!amount) return '—';
  const digits = fractionDigits(amount.currency);
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: amount.currency })
    .format(amount.minorUnits / 10 ** digits);
}

// "12.50" in USD → 1250; null when the text is not a plain decimal amount.
export function toMinorUnits(text, currency) {
  const digits = fractionDigits(currency);
  const match = /^\s*(\d+)(?:[.,](\d+))?\s*$/.exec(text);
  if (!match || (match[2] || '').length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number((match[2] || '').padEnd(digits, '0') || 0);
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' }) : '—';
}

export function clock(iso) {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

// "2h 05m left" or "overdue 3m 10s".
export function countdown(dueIso, now = Date.now()) {
  const millis = new Date(dueIso).getTime() - now;
  const total = Math.floor(Math.abs(millis) / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const span = days > 0 ? `${days}d ${hours}h` : hours > 0 ? `${hours}h ${String(minutes).padStart(2, '0')}m`
    : `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  return { overdue: millis < 0, text: millis < 0 ? `overdue ${span}` : `${span} left` };
}

export function shortId(id) {
  return id ? String(id).slice(0, 8) : '';
}

export function humanize(constant) {
  return constant ? constant.toLowerCase().replaceAll('_', ' ') : '';
}

// What agents read for a reason or trigger code: "NOT_AS_DESCRIBED" → "Not as described".
const LABELS = {
  DEFECTIVE: 'Defective', DAMAGED: 'Damaged in transit', NOT_AS_DESCRIBED: 'Not as described',
  WRONG_ITEM: 'Wrong item', MISSING_PARTS: 'Missing parts', SELLER_UNRESPONSIVE: 'Seller did not answer',
  BUYER_ESCALATION: 'Escalated by the buyer', RETURN_INSPECTION: 'Return not as claimed',
  REPLACEMENT_OVERDUE: 'Replacement never came', PARCEL_CLAIM: 'Parcel claim (carrier)', LOST: 'Parcel lost',
  SEIZED: 'Seized by customs', DAMAGED_IN_TRANSIT: 'Damaged in transit (parcel)',
};

export function label(constant) {
  if (!constant) return '';
  if (LABELS[constant]) return LABELS[constant];
  const words = humanize(constant);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
