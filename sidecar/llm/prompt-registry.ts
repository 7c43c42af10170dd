import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { NotFoundError } from '../../common/errors.js';

export type PromptName = 'phrase-reply' | 'commands';

/** A prompt file as loaded; `id` is recorded with every draft so a reply can be traced to its prompt. */
export interface VersionedPrompt {
  /** `{name}@v{n}+{first 8 hex of sha256}`: the version in the file name plus the content hash. */
  id: string;
  text: string;
}

const PROMPT_DIR = new URL('./prompts/', import.meta.url);

/**
 * Loads the highest version of a prompt (`prompts/{name}.v{n}.md`). Prompts are files so a change is a
 * reviewed diff, and the content hash in the id catches an edit made without bumping the version.
 */
export function loadPrompt(name: PromptName, dir: URL = PROMPT_DIR): VersionedPrompt {
  const versions = readdirSync(dir)
    .map((file) => new RegExp(`^${name}\\.v(\\d+)\\.md$`).exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[0], version: Number(m[1]) }))
    .sort((a, b) => b.version - a.version);
  const latest = versions[0];
  if (latest === undefined) throw new NotFoundError(`No prompt file ${name}.v*.md in ${dir.pathname}.`);
  const text = readFileSync(new URL(latest.file, dir), 'utf8').trim();
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return { id: `${name}@v${latest.version}+${hash}`, text };
}
