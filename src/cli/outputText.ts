/* eslint-disable no-control-regex -- finding control characters is what this file is for */
/**
 * Text from a workbook is data, never instructions to the terminal. A label holding an escape
 * sequence (`ESC ] 0 ; title BEL` retitles the window, `ESC [ 2 J` clears it) would act when the
 * report is printed, so control characters are taken out of every line the text report prints.
 */

// Whole sequences first, so no `[2J` debris is left: CSI (ESC [ or U+009B) … final byte, and
// OSC / DCS / APC / PM strings up to BEL or ST.
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/g;
const STRING_SEQUENCE = /(?:\u001b[\]P_^X]|[\u0090\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
// C0 controls except the tab, DEL, and the C1 controls (CSI U+009B also starts a sequence).
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates reorder what follows them: a figure could be shown reversed.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** One printed line with control characters removed; a line break inside it becomes a space. */
export function inertLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(CSI, "").replace(STRING_SEQUENCE, "").replace(CONTROL, "").replace(BIDI, "");
}
