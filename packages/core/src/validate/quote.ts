/** Quoting values inside messages: small, so rules can word their messages without the full catalogue. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/** A value in double quotes, shortened, with anything invisible shown as `\uXXXX`. */
export function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  const escaped = short
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}
