/**
 * Turns entry ids into unique XML ids (`xs:ID` is an NCName: no leading digit, no colon or space), as TBX
 * `termEntry`/`conceptEntry` ids must be. An id that already is one is kept, so ids stay readable and stable; a
 * glossary hash such as `3fa9…` becomes `e-3fa9…`.
 */
export function xmlIds(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id) ? id : `e-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
    used.add(candidate);
    return candidate;
  });
}
