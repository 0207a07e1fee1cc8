// Entry point of the `kg` command (node dist/src/cli/main.js); see program.ts for the commands.
import { runCli } from './program.js';

await runCli(process.argv);
