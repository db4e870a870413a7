/**
 * A p-code as the public directory shows it: the gazetteer's name with its code
 * (`Pemba (MZ0104)`), or the code alone when the gazetteer does not know it.
 */
export function areaLabel(pcode: string, names: Readonly<Record<string, string>> | undefined): string {
  const name = names?.[pcode];
  return name ? `${name} (${pcode})` : pcode;
}
