/** `skjemahjelp <command>`: the same engines the extension uses, on the command line. */

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
}

export class UsageError extends Error {}

const USAGE = `Bruk:
  skjemahjelp lint --field <skjema.felt> [--json] [--explain]   leser tekst fra stdin og viser problemer (--explain: utsagnene motoren fant)
  skjemahjelp yrke "<søk>" [--json] [--limit N]            søker i yrkeskatalogen
  skjemahjelp guidance --form <l40|l1|aev> [--json]       viser veiledning for hvert felt
`;

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  lint: () => import('./lint.ts'),
  yrke: () => import('./yrke.ts'),
  guidance: () => import('./guidance.ts'),
};

export function defaultIo(): Io {
  // A reader that stops early (`skjemahjelp lint --explain | head`) closes the pipe: that ends the output, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      if (process.stdin.isTTY) return '';
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    (name ? io.stdout : io.stderr)(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`Ukjent kommando «${name}».\n\n${USAGE}`);
    return 2;
  }
  try {
    const mod = await load();
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`Feil: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

/** Tiny flag parser: `--name value`, `--flag`, positionals. Unknown flags are a usage error. */
export function parseArgs(
  args: string[],
  spec: { values?: string[]; flags?: string[] },
): { values: Record<string, string>; flags: Set<string>; positionals: string[] } {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const key = a.slice(2);
      if (spec.values?.includes(key)) {
        const v = args[++i];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`--${key} mangler en verdi.`);
        values[key] = v;
      } else if (spec.flags?.includes(key)) {
        flags.add(key);
      } else {
        throw new UsageError(`Ukjent valg «${a}».`);
      }
    } else {
      positionals.push(a);
    }
  }
  return { values, flags, positionals };
}
