/**
 * A korrelasjonsid short enough to read out and fit a table cell: its first 8 characters
 * (a UUID's first group), which is what a person notes down; the copy button copies it whole.
 */
export function kortReferanse(korrelasjonsid: string): string {
  const ren = korrelasjonsid.trim();
  return ren.length <= 8 ? ren : ren.slice(0, 8);
}
