const UUID = /^([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A korrelasjonsid short enough to read out and fit a table cell: a UUID's first group (what a
 * person notes down), our own short references ("KOB-…", 16 characters) whole; anything longer
 * cut to 16. The copy button beside it copies it whole.
 */
export function kortReferanse(korrelasjonsid: string): string {
  const ren = korrelasjonsid.trim();
  return UUID.exec(ren)?.[1] ?? (ren.length <= 16 ? ren : `${ren.slice(0, 16)}…`);
}
