import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import type { CustomerIdentity } from '../../common/identity/customer-token-claims.js';
import type { SessionStore } from '../../common/session-store/session-store.js';
import type { ConversationRecords, StoredMessage } from '../records/conversation-records.js';
import type { DialogueState } from '../flows/dialogue-state.js';

/**
 * What a widget may restore after a reload. A customer's session is theirs alone, all of it. A guest
 * session is held by whoever holds its random id — on a shared computer, the next person — so only its
 * live conversation comes back, and nothing once the session has expired (`SESSION_TTL_SECONDS`).
 */
export class SessionHistory {
  constructor(
    private readonly records: Pick<ConversationRecords, 'sessionOwner' | 'history'>,
    private readonly sessions: Pick<SessionStore<DialogueState>, 'get'>,
  ) {}

  async restorable(sessionId: string, identity: CustomerIdentity | null): Promise<StoredMessage[]> {
    const owner = await this.records.sessionOwner(sessionId);
    if (!owner) throw new NotFoundError('No chat session with this id.');
    if (owner.customerId !== null) {
      if (owner.customerId !== identity?.customerId) {
        throw new ForbiddenError('This chat session belongs to another customer.');
      }
      return this.records.history(sessionId);
    }
    const live = await this.sessions.get(sessionId);
    if (!live || live.customerId !== null) return [];
    return this.records.history(sessionId, { conversationId: live.conversationId });
  }
}
