/** Returns the URL when it is a well-formed http: or https: URL, otherwise null. */
export function safeHttpUrl(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:' ? value : null;
}
