import { forwardRef, memo } from "react";
import { TabProps, createFocusOutlineStyle, makeStyles, mergeClasses, renderTab_unstable, tokens, typographyStyles, useTab_unstable } from "@fluentui/react-components";

/** Room between the tab's edges and its bar, as a small Fluent tab keeps. */
const BAR_INSET = tokens.spacingHorizontalSNudge;

const useStyles = makeStyles({
  root: {
    display: "grid",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    position: "relative",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalSNudge} ${BAR_INSET}`,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":active": { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    // The bar under a tab: grey under the pointer, the brand's colour under the selected tab.
    "::after": {
      content: '""',
      position: "absolute",
      left: BAR_INSET,
      right: BAR_INSET,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":active::after": { backgroundColor: tokens.colorNeutralStroke1Pressed },
    "@media (forced-colors: active)": { ":hover::after": { backgroundColor: "Highlight" } },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": { "::after": { backgroundColor: "ButtonText" }, ":hover::after": { backgroundColor: "ButtonText" } },
  },
  // The label and its hidden bold copy share one cell, so a tab is as wide selected as not and the strip does not shift.
  label: { ...typographyStyles.body1, gridColumnStart: 1, gridRowStart: 1, padding: `0 ${tokens.spacingHorizontalXXS}` },
  labelSelected: typographyStyles.body1Strong,
  reserved: { visibility: "hidden" },
});

/**
 * One sheet's tab: Fluent's Tab (its role, aria-selected, roving focus inside the TabList, selection
 * on click) drawn with our own styles. Why not Fluent's Tab itself: its selected bar slides from the
 * tab selected before, and to know from where it reads both tabs' boxes while React renders, a
 * layout forced on every tab click (about 11 ms a click beside a sheet's grid, issue 11). The bar
 * here just appears.
 *
 * Memoised: a click re-renders the strip, but of its tabs (a book has hundreds) only the two whose
 * selection changed need to, and those hear of it from the TabList's context.
 */
export const SheetTab = memo(
  forwardRef<HTMLButtonElement, TabProps>(function SheetTab(props, ref) {
    const styles = useStyles();
    const state = useTab_unstable(props, ref);
    state.root.className = mergeClasses(styles.root, state.selected && styles.selected, state.root.className);
    state.content.className = mergeClasses(styles.label, state.selected && styles.labelSelected, state.content.className);
    if (state.contentReservedSpace) state.contentReservedSpace.className = mergeClasses(styles.label, styles.labelSelected, styles.reserved);
    return renderTab_unstable(state);
  }),
);
