// Colour-blind-safe hues (after Okabe & Ito), darkened so white initials on them pass WCAG AA.
const PALETTE = ['#0a64b4', '#b84a00', '#6b4aa8', '#00775f', '#a3366f', '#5c6b00'] as const;

/** The colour of the i-th chosen athlete, the same in every chart and column. */
export function athleteColour(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length] ?? PALETTE[0];
}
