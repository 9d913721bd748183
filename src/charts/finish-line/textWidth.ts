/** Approximate width of a label in the chart's sans-serif font, pixels (~0.58 em a character). */
export function textWidth(text: string, fontSize = 11): number {
  return Math.round(text.length * fontSize * 0.58 * 10) / 10;
}
