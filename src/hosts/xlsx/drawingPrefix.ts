/**
 * ExcelJS reads a drawing part only when its elements carry the `xdr:` prefix. openpyxl (and
 * other writers) put the spreadsheet-drawing namespace as the default one instead (`<wsDr
 * xmlns="…/spreadsheetDrawing">`), which is just as valid; ExcelJS then fails the whole workbook
 * ("Cannot read properties of undefined (reading 'anchors')"). Such a part is rewritten with the
 * prefix: the same elements in the same namespace, so nothing in it changes meaning.
 */

const NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DEFAULT_DECLARATION = new RegExp(`\\sxmlns\\s*=\\s*(["'])${NAMESPACE.replace(/[.]/g, "\\.")}\\1`);

export function needsDrawingPrefix(xml: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(xml.subarray(0, 4096));
  return DEFAULT_DECLARATION.test(head) && !/<xdr:wsDr\b/.test(head);
}

export function prefixDrawing(xml: Uint8Array): Uint8Array {
  const text = new TextDecoder("utf-8").decode(xml);
  // Only unprefixed element names are in the default namespace; attributes have no default
  // namespace, and prefixed elements (a:, c:, r:) keep theirs.
  const prefixed = text
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) => (name.includes(":") ? m : `<${slash}xdr:${name}`))
    .replace(DEFAULT_DECLARATION, ` xmlns:xdr="${NAMESPACE}"`);
  return new TextEncoder().encode(prefixed);
}
