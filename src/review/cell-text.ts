/**
 * Normalises an ExcelJS cell value to text, whatever shape it arrived in: plain strings and numbers, rich text
 * (`{richText: [{text}]}`, which Excel writes as soon as a reviewer formats part of a cell), hyperlinks
 * (`{text, hyperlink}`, whose `text` may itself be rich text), formulas (`{formula | sharedFormula, result}`:
 * the result counts, not the formula), dates, booleans and errors (`{error}`: no value). Non-breaking and other
 * Unicode spaces become plain spaces, runs of spaces one, and the ends are trimmed, since Excel keeps whatever
 * was pasted. Returns `null` for an empty cell.
 */
export function cellText(value: unknown): string | null {
  const raw = rawText(value);
  if (raw === null) return null;
  const text = raw
    .normalize('NFC')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g, ' ')
    .trim();
  return text.length > 0 ? text : null;
}

function rawText(value: unknown, depth = 0): string | null {
  if (value === null || value === undefined || depth > 4) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateText(value);
  if (typeof value !== 'object') return null;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.richText)) {
    return object.richText.map((run) => (run && typeof run === 'object' ? String((run as { text?: unknown }).text ?? '') : '')).join('');
  }
  if ('formula' in object || 'sharedFormula' in object) return rawText(object.result, depth + 1);
  if ('hyperlink' in object || 'text' in object) return rawText(object.text, depth + 1);
  // `{error: '#N/A'}` and anything unknown: no value.
  return null;
}

/** Dates as ISO dates (time only when there is one): a reviewer's date note should read as one. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
