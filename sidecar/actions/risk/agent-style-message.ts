/** Thresholds for spotting scripted, agent-style messages. */
export interface AgentStyleThresholds {
  /** Characters above which a chat message is unusually long. @default 1200 */
  maxLength: number;
  /** Lines that look like list items, `key: value` pairs or JSON before a message counts as structured. @default 6 */
  maxStructuredLines: number;
  /** Times one demand sentence (or the word "refund") may recur before it counts as repeated. @default 3 */
  maxRepeats: number;
}

export const DEFAULT_AGENT_STYLE_THRESHOLDS: AgentStyleThresholds = {
  maxLength: 1200,
  maxStructuredLines: 6,
  maxRepeats: 3,
};

const STRUCTURED_LINE = /^\s*(?:[-*•]\s|\d+[.)]\s|[{}[\]]|"[^"]+"\s*:|[A-Za-z_ ]{2,30}:\s\S)/;

/** Which agent-style traits a message shows; empty for ordinary customer writing. */
export function agentStyleTraits(
  message: string,
  thresholds: AgentStyleThresholds = DEFAULT_AGENT_STYLE_THRESHOLDS,
): string[] {
  const traits: string[] = [];
  if (message.length > thresholds.maxLength) traits.push(`very long (${message.length} characters)`);
  const structured = message.split('\n').filter((line) => STRUCTURED_LINE.test(line)).length;
  if (structured >= thresholds.maxStructuredLines)
    traits.push(`structured (${structured} list or field lines)`);
  const sentences = message
    .toLowerCase()
    .split(/[.!?\n]+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 8);
  const counts = new Map<string, number>();
  for (const s of sentences) counts.set(s, (counts.get(s) ?? 0) + 1);
  const refundMentions = (message.toLowerCase().match(/\brefund/g) ?? []).length;
  if (
    [...counts.values()].some((n) => n >= thresholds.maxRepeats) ||
    refundMentions > thresholds.maxRepeats
  ) {
    traits.push('repeated demands');
  }
  return traits;
}
