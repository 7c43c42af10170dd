import type { InjectionFinding } from './detect-injection.js';

/** Said instead of answering a message flagged as an injection attempt; a human is one step away. */
export const SAFE_REPLY =
  "I can help with our products, your orders and our store policies, but I can't change how I work or share internal information. Is there something about an order or a product I can help with — or would you like me to connect you with a member of our team?";

/** Recorded on the conversation so operators can review it and later turns are treated with care. */
export interface InjectionFlag {
  kind: 'prompt_injection';
  findings: InjectionFinding[];
}

export function injectionFlag(findings: InjectionFinding[]): InjectionFlag {
  return { kind: 'prompt_injection', findings };
}
