// The unit suite shares one module graph and, per worker, one document (isolate: false in vitest.config.ts): a file
// that leaves its page in the body would otherwise be found by the next file's queries. Each file starts from an empty page.
if (typeof document !== 'undefined') {
  document.body.innerHTML = '';
  document.title = '';
}
