// Runs shell commands side by side (the type check and the lint use one core each) and exits
// with the first failure's code after all have finished; each command's output is printed whole
// when it ends, so the logs do not interleave.
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
const results = await Promise.all(
  commands.map(
    (cmd) =>
      new Promise((resolve) => {
        const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (code) => {
          process.stdout.write(`\n$ ${cmd}\n${out}`);
          resolve(code ?? 1);
        });
      }),
  ),
);
const failed = results.find((code) => code !== 0);
process.exit(failed ?? 0);
