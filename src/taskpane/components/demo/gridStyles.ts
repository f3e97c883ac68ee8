import { makeStyles, tokens } from "@fluentui/react-components";

export const useGridStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    flexBasis: 0,
    minHeight: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: "tabular-nums",
    color: tokens.colorNeutralForeground1,
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    minWidth: "3em",
  },
  corner: { left: 0, zIndex: 3 },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "end",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  cell: {
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "28em",
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "cell",
  },
  // Only on text that may not fit (GridRow's FITS_UNCLIPPED).
  clipped: { overflow: "hidden", textOverflow: "ellipsis" },
  number: { textAlign: "end" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  formula: { textDecorationLine: "underline", textDecorationStyle: "dotted", textDecorationColor: tokens.colorNeutralStroke1 },
  // The fills are Excel's light mark colours in either theme; the text stays dark on them.
  marked: { color: tokens.colorNeutralForeground1Static },
  related: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  // Grey like Excel's selection tint, so it never reads as the blue of an info mark.
  selectedFill: { backgroundColor: tokens.colorNeutralBackground1Selected },
  // Room held for rows not drawn: nothing of its own to show or measure.
  gap: { "& > td": { padding: 0, border: "none" } },
  note: { color: tokens.colorNeutralForeground3, padding: tokens.spacingHorizontalS },
});
