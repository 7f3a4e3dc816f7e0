/** Reads a whole piped stdin; the password is its first line. */
async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
}

/** Asks on the terminal without echoing what is typed. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  let value = '';
  return new Promise((resolve, reject) => {
    const finish = (outcome: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(() => resolve(value));
        if (character === '\u0003') return finish(() => reject(new Error('cancelled')));
        value = character === '\u007f' ? value.slice(0, -1) : value + character;
      }
    };
    stdin.on('data', onData);
  });
}

/** The new password: from the environment variable, a pipe, or typed twice on a terminal. */
export async function readNewPassword(fromEnvironment: string | undefined): Promise<string> {
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await promptHidden('New password: ');
  const second = await promptHidden('Again: ');
  if (first !== second) throw new Error('The two passwords differ');
  return first;
}
