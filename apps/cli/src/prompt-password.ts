import { createInterface } from 'node:readline';

/** Reads a password from a terminal without echoing it, or the first line of piped standard input. */
export async function promptPassword(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const rl = createInterface({ input: stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return '';
  }
  process.stdout.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  let password = '';
  return new Promise((resolve, reject) => {
    const onData = (char: string) => {
      if (char === '\u0003') {
        stdin.setRawMode(false);
        reject(new Error('cancelled'));
      } else if (char === '\r' || char === '\n') {
        stdin.setRawMode(false);
        stdin.pause();
        stdin.off('data', onData);
        process.stdout.write('\n');
        resolve(password);
      } else if (char === '\u007f') {
        password = password.slice(0, -1);
      } else {
        password += char;
      }
    };
    stdin.on('data', onData);
  });
}
