/**
 * @internal Freezes the first row of every sheet of a workbook SheetJS wrote.
 * SheetJS's community edition writes no panes, so the pane is added to each
 * sheet's XML inside the zip with SheetJS's own zip container (CFB): the one
 * empty `<sheetView …/>` it writes gets a frozen pane below row 1.
 * @example
 * ```ts
 * const frozen = freezeHeaderRows(XLSX, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }), 1);
 * ```
 */
export function freezeHeaderRows(XLSX: typeof import("@e965/xlsx"), bytes: Uint8Array, sheets: number): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: "buffer" });
  const paths: string[] = zip.FullPaths;
  for (let i = 1; i <= sheets; i++) {
    const at = paths.findIndex((p) => p.endsWith(`/xl/worksheets/sheet${i}.xml`));
    const entry = zip.FileIndex[at];
    if (at < 0 || !entry?.content) throw new Error(`xlsx: sheet ${i} missing from the workbook SheetJS wrote`);
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const view = /<sheetView ([^>]*?)\/>/;
    if (!view.test(xml)) throw new Error(`xlsx: sheet ${i} has no plain sheetView to freeze`);
    const frozen = xml.replace(
      view,
      '<sheetView $1><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>',
    );
    const content = new TextEncoder().encode(frozen);
    entry.content = content;
    entry.size = content.length;
  }
  return XLSX.CFB.write(zip, { fileType: "zip", type: "buffer", compression: true }) as Uint8Array;
}
