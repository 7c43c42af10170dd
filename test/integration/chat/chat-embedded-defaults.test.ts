import { describeConversationEngine } from './chat-scenarios.js';

// The embedded default: PGlite in the data directory, in-memory sessions, in-process jobs.
describeConversationEngine('PGlite, memory sessions, in-process jobs', {
  settings: async () => ({}),
  cleanup: async () => undefined,
  kinds: { records: 'pglite', sessions: 'memory' },
});
