/** Entry of the `candor` bin (built to dist/cli.js): runs the CLI on this process. */
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  cwd: process.cwd(),
});
