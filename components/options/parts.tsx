import type { Ref } from 'preact';

/** The outcome of an action on the options page, shown in its section's status line. */
export interface Status {
  text: string;
  kind: 'ok' | 'error';
}

/**
 * A section's polite live status line: what the last action did, in red when it failed. `name` is the section's
 * data attribute (`data-<name>-status`, holding the kind), which tests and styles read.
 */
export function StatusLine({ status, name }: { status: Status | null; name: string }) {
  const attrs = { [`data-${name}-status`]: status?.kind ?? '' };
  return (
    <p class="status" role="status" aria-live="polite" {...attrs} style={status?.kind === 'error' ? 'color:#c30000' : 'color:#06893a'}>
      {status?.text ?? ''}
    </p>
  );
}

/**
 * The hidden file input behind an «Importer …» button: hands over the chosen JSON file and clears itself, so the
 * same file can be chosen again after a refused import. `name` gives `data-<name>-file`.
 */
export function JsonFileInput({ inputRef, name, onFile }: { inputRef: Ref<HTMLInputElement>; name: string; onFile(file: File): void }) {
  const attrs = { [`data-${name}-file`]: '' };
  return (
    <input
      ref={inputRef}
      type="file"
      accept="application/json,.json"
      hidden
      {...attrs}
      onChange={(e) => {
        const f = (e.currentTarget as HTMLInputElement).files?.[0];
        (e.currentTarget as HTMLInputElement).value = '';
        if (f) onFile(f);
      }}
    />
  );
}
