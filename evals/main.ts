import { Command } from 'commander';
import { startEvalInstance } from '../bin/start-eval-instance.js';
import { registerEvalCommand } from './eval-command.js';

/** `npm run eval [-- files…] [-- --url <url>]`: the same command as `verity eval`. */
const program = new Command('verity-eval');
registerEvalCommand(program, { startInProcess: startEvalInstance });
await program.parseAsync(['node', 'verity', 'eval', ...process.argv.slice(2)]);
