/** Whether "to win" tells a result or a hope, from the words before it. */
// "… to win" after what was done in the race tells the result ("produced a devastating last lap to
// win", "edged Seville by two hundredths to win", "went on to win"); after a hope or an expectation
// it does not ("needed a fast last lap to win", "was tipped to win").
const RESULT_BEFORE_TO =
  /(?:\b(?:on|clear|away|home|through|hard|late|strongly|lap|kick|burst|surge|sprint|dash|finish|charge|rally|\w+ed|seconds?|secs?)|\d[:.]\d\d)\s+to\s+$/i;
// (Live text tells the race in the present: "kicks past Tesfaye in the home straight to win".)
const RACE_ACTION =
  /\b(?:\p{Ll}+ed|back|ran|came|went|held|took|struck|broke|made|kept|got|dug|found|hit|stole|beat|kicks|surges|sprints|storms|powers|strides|charges|bursts|flies|comes|goes)\b/u;
const PROSPECT =
  /\b(?:need|want|hop|expect|aim|plan|tr(?:y|ies|ied)|attempt|fail|tipped|bid|chance|favou?r|seek|sought|look|destin|pois|vow|pledg|promis|intend|predict|back(?:ed|ing)|fanc|suppos|would|will|could|might|must|has to|have to|had to|going)/i;

// "dropped out with three laps to go, leaving Gidey to win the 5000m": the race left to the one named.
const LEFT_TO = /\b(?:leaving|left|allowing|letting)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,4}to\s+$/u;

export function resultInfinitive(lead: string, clauseBefore: string): boolean {
  return (
    /\bto\s+$/.test(lead) &&
    (RESULT_BEFORE_TO.test(lead) || RACE_ACTION.test(clauseBefore) || LEFT_TO.test(clauseBefore)) &&
    !PROSPECT.test(clauseBefore)
  );
}
