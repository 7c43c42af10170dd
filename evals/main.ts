import { Command } from 'commander';
import { registerEvalCommand } from './eval-command.js';

/** `npm run eval [-- files…] [-- --url <url>]`: the same command as `verity eval`. */
const program = new Command('verity-eval');
registerEvalCommand(program);
await program.parseAsync(['node', 'verity', 'eval', ...process.argv.slice(2)]);
