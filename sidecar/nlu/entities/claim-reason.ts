import type { ClaimReason } from '../types.js';

/**
 * Checked in order: the more specific or more serious reason wins when several apply; lateness
 * comes before size so "taking too long" is not read as "too long".
 */
const REASONS: ReadonlyArray<[ClaimReason, RegExp]> = [
  [
    'damaged',
    /\b(?:damaged|broken|broke|cracked|smashed|shattered|dented|scratched|torn|ripped|crushed|leaking)\b/i,
  ],
  [
    'defective',
    /\b(?:defective|faulty|malfunction\w*|doesn'?t work|does not work|not working|stopped working|won'?t (?:turn|switch|charge|start)|dead on arrival|doa|broke down)\b/i,
  ],
  [
    'wrong_item',
    /\b(?:wrong (?:item|product|colou?r|model|thing|one|order)|not what i (?:ordered|bought)|sent me the wrong|different (?:item|product) than)\b/i,
  ],
  [
    'late',
    /\b(?:(?:is|was|are|were|arrived|running|came|be|been) (?:so |very |really |super )?late|late (?:delivery|arrival|shipment|package|parcel|order)|delayed|taking (?:too|so) long|still (?:hasn'?t|has not|not) (?:arrived|come|shipped)|overdue|way past)\b/i,
  ],
  [
    'wrong_size',
    /\b(?:too (?:small|big|large|tight|loose|short|long)|(?:doesn'?t|does not|didn'?t|won'?t) fit|wrong size|runs? (?:small|large|big)|bigger size|smaller size)\b/i,
  ],
  [
    'not_received',
    /\b(?:never (?:arrived|came|got it|received|showed up)|(?:didn'?t|did not|haven'?t|have not|never) (?:receive|get)|not received|package (?:is )?(?:missing|lost|stolen)|lost in (?:the )?(?:post|mail|transit))\b/i,
  ],
  [
    'changed_mind',
    /\b(?:changed? my mind|don'?t (?:want|need|like) (?:it|them|this|these)|do not (?:want|need) (?:it|them)|no longer (?:want|need)|by mistake|ordered (?:it )?accidentally|don'?t need it|not needed anymore)\b/i,
  ],
];

export function extractClaimReason(text: string): ClaimReason | undefined {
  return REASONS.find(([, re]) => re.test(text))?.[0];
}
