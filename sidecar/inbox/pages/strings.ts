/**
 * The inbox's own words: agent-facing UI text (English). Customer-visible words never live here — they
 * come from the template table (`sidecar/replies/`).
 */
export const INBOX_STRINGS = {
  title: 'Verity inbox',
  signIn: 'Sign in',
  signOut: 'Sign out',
  login: 'Login',
  password: 'Password',
  queue: 'Tickets',
  conversations: 'Conversations',
  analytics: 'Analytics',
  privacy: 'Data requests',
  refresh: 'Refresh',
  statuses: { open: 'Open', claimed: 'Claimed', resolved: 'Resolved', handed_back: 'Handed back' },
  ticket: 'Ticket',
  reason: 'Reason',
  status: 'Status',
  storeView: 'Store view',
  customer: 'Customer',
  guest: 'guest',
  waiting: 'Waiting',
  claimedBy: 'Claimed by',
  noTickets: 'No tickets here.',
  transcript: 'Conversation',
  roles: { customer: 'Customer', assistant: 'Assistant', system: 'System', agent: 'Agent' },
  facts: 'Facts',
  orders: 'Orders',
  openInMagento: 'Open in Magento admin',
  noAdminLink: 'no admin link (order id unknown)',
  products: 'Products shown',
  policies: 'Policy versions',
  actions: 'Action decisions',
  audit: 'Audit replay',
  intact: 'intact',
  tampered: 'hash mismatch',
  none: 'None.',
  draft: 'Suggested answer',
  draftVerified: 'Verified against the recorded facts',
  draftUnverified: 'Not verified: check every figure before sending',
  draftBasis: 'Built from',
  claim: 'Claim',
  send: 'Send to customer',
  resolve: 'Resolve',
  resolution: 'Resolution',
  handBack: 'Hand back to the assistant',
  handBackNote: 'Note',
  claimFirst: 'Claim this ticket to answer the customer.',
  heldBy: 'Held by',
  afterHoursNotice: 'customer told when the team is back',
  closed: 'Closed',
  back: 'Back',
  error: 'That did not work',
  from: 'From',
  to: 'To',
  windowDays: 'Repeat window (days)',
  csv: 'Download CSV',
  perDay: 'Per day',
  perIntent: 'Per topic (flow, else first intent)',
  escalationsByReason: 'Escalations by reason',
  resolutionRate: 'Resolved',
  deflectionRate: 'Deflected',
  escalationRate: 'Escalated',
  abandonmentRate: 'Abandoned',
  outcomes: {
    resolved: 'resolved',
    repeat_contact: 'repeat contact',
    reversed: 'reversed',
    escalated: 'escalated',
    abandoned: 'abandoned',
  },
  outcomeExplained:
    'Resolved means no handoff, no repeat contact about the same order or topic within the window, and no refund, return or credit memo (in Magento too) after the assistant denied one. Abandoned conversations (the customer left a message or a question unanswered) are counted apart; rates are over the others. CSAT is what customers rated.',
} as const;

/** "3 min", "2 h 05 min", "1 d 4 h": waiting time at a glance. */
export function formatWaiting(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
