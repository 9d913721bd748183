/** "The heat and humidity": the weather, not a round of heats. */
const WEATHER_NEAR =
  /\b(?:humid|temperatures?\b|degrees|Celsius|Fahrenheit|sun\b|sunshine|sweltering|scorching|searing|baking|stifling|oppressive|blistering|cool(?:ing)?\b|hot\b|weather|conditions)/i;

/**
 * "the worst of the heat", "the heat and humidity", "the heat of the moment", "IN THE HEAT OF LISBON":
 * weather, not a round.
 */
export function isWeatherHeat(text: string, start: number, end: number): boolean {
  // ("in the qualifying series of Saturday": a round not called a heat is no weather.)
  if (!/heat/i.test(text.slice(start, end))) return false;
  if (
    /^\s*(?:(?:and|,)\s+(?:the\s+)?humid|of\s+(?:the\s+)?(?:day|afternoon|sun|moment|battle|summer|competition)\b|wave|stroke|index|(?:had\s+|has\s+)?(?:hurt|sapped|drained|got\s+to|took\s+(?:its|a)\s+toll|affected)\b)/i.test(
      text.slice(end, end + 30),
    )
  )
    return true;
  // ("IN THE HEAT OF LISBON": a town after it, with no race named.)
  if (
    /^\s+(?:of|OF)\s+(?!Olympic|World|European|Commonwealth|Diamond|National|Men|Women|Junior|Senior|Under|U\d|OLYMPIC|WORLD|EUROPEAN|MEN|WOMEN)\p{Lu}\p{L}+(?!\p{L})(?![ '’]*\d)/u.test(
      text.slice(end, end + 40),
    )
  )
    return true;
  if (
    /\b(?:worst|height|peak|effects?|because)\s+of\s+(?:the\s+)?$|\b(?:avoid|beat|beats|escape|cope with|coping with|handle|handled|despite|conquer(?:s|ed|ing)?|braved?|braves|braving|defie[sd]|defy(?:ing)?|tam(?:e|es|ed|ing)|surviv(?:e|es|ed|ing))\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, start - 24), start),
    )
  )
    return true;
  // ("Wonderful, wonderful running in the heat.")
  if (
    /^\s*[.!]/.test(text.slice(end, end + 3)) &&
    /\b(?:running|racing|ran|raced|run)\s+in(?:\s+the)?\s+$/i.test(text.slice(Math.max(0, start - 24), start))
  )
    return true;
  return WEATHER_NEAR.test(text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80)));
}
