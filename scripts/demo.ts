// The main job: build the extension, serve the example forms on 127.0.0.1 and open a browser with the extension.
//
//   npm run demo                 a Chromium-family browser (Chromium, Google Chrome, Microsoft Edge; CHROME_PATH overrides)
//   npm run demo -- --firefox    Firefox (FIREFOX_PATH overrides)
//   npm run demo -- --headless   no window even where there is a display
//
// With a display it opens a real window with every example form in a tab; without one (or with --headless, or
// CI=true) it runs headless and writes screenshots to demo-screenshots/: each example form with the extension
// active, the yrke palette open with a comparison, and the problems panel (Firefox: demo-screenshots/firefox/). Which browser, and what to do when
// there is none, is decided in find-browser.ts. Every failure ends in a Norwegian message and a non-zero exit
// code, never a stack trace (DEMO_DEBUG=1 shows it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { planBrowser, type Family, type FoundBrowser, type System } from './find-browser.ts';

class DemoError extends Error {}

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const family: Family = args.includes('--firefox') ? 'firefox' : 'chromium';
const headless =
  args.includes('--headless') || process.env.CI === 'true' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const SAMPLE = 'Pasienten kan ikke løfte tungt og tåler ikke stress.';
const PERSON = 'Pasienten kan ikke løfte mer enn 5 kg. Tåler ikke stress og tidspress. Kan sitte 2 timer.';

function system(): System {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    isRoot: process.getuid?.() === 0,
    osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : null,
    exists: (p) => existsSync(p),
  };
}

function run(cmd: string, argv: string[], what: string): void {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.error || r.status !== 0) throw new DemoError(`${what} mislyktes (${cmd} ${argv.join(' ')}${r.status != null ? `, kode ${r.status}` : ''}).`);
}

function findBrowser(): FoundBrowser {
  const plan = planBrowser(system(), family);
  if (plan.kind === 'found') return plan.browser;
  if (plan.kind === 'missing') throw new DemoError(plan.message);
  console.log(plan.message);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const argv of [
    ['update', '-qq'],
    ['install', '-y', '-qq', plan.aptPackage],
  ]) {
    const r = spawnSync('apt-get', argv, { stdio: 'inherit', env });
    if (r.error || r.status !== 0)
      throw new DemoError(
        `apt-get ${argv.join(' ')} mislyktes. Installer «${plan.aptPackage}» selv, eller pek på en nettleser med ${family === 'firefox' ? 'FIREFOX_PATH' : 'CHROME_PATH'}.`,
      );
  }
  const again = planBrowser(system(), family);
  if (again.kind !== 'found')
    throw new DemoError(
      `«${plan.aptPackage}» ble installert, men nettleseren ble ikke funnet etterpå. Pek på den med ${family === 'firefox' ? 'FIREFOX_PATH' : 'CHROME_PATH'}.`,
    );
  console.log(`Installerte ${again.browser.name} (${again.browser.path}).`);
  return again.browser;
}

async function main(): Promise<void> {
  const found = findBrowser();
  console.log(`Bruker ${found.name}: ${found.path}`);
  console.log('Bygger utvidelsen …');
  run(process.platform === 'win32' ? 'npx.cmd' : 'npx', family === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'], 'Byggingen');

  // The e2e driver knows how to load the built extension into either browser family.
  const { launchChromiumFamily, launchFirefox, startServer, sleep, until } = await import('../test/e2e/driver.ts');
  const { fixtureCases, openPanel, pl, searchAndPick } = await import('../test/e2e/helpers.ts');
  const server = await startServer();
  console.log(`Eksempelskjemaene serveres på ${server.url}/`);
  const launch = (h: boolean) =>
    family === 'firefox' ? launchFirefox({ headless: h, executablePath: found.path }) : launchChromiumFamily(found.path, { headless: h });
  let browser: Awaited<ReturnType<typeof launch>>;
  try {
    browser = await launch(headless);
  } catch (e) {
    await server.close();
    throw new DemoError(`${found.name} kunne ikke startes med utvidelsen (${(e as Error).message.split('\n')[0]}).`);
  }
  const cases = fixtureCases();

  if (!headless) {
    for (const c of cases) await (await browser.newPage()).goto(`${server.url}/${c.file}`);
    console.log(`${found.name} er åpnet med Skjemahjelp. Lukk nettleservinduet for å avslutte.`);
    const native = browser.native;
    if (native.kind === 'puppeteer') await new Promise<void>((r) => native.browser.once('disconnected', () => r()));
    await server.close();
    return;
  }

  // Chromium's pictures at the top, Firefox's in a folder of their own.
  const out = family === 'firefox' ? join(ROOT, 'demo-screenshots', 'firefox') : join(ROOT, 'demo-screenshots');
  mkdirSync(out, { recursive: true });
  const shot = async (page: { screenshot(p: string): Promise<void> }, name: string) => {
    const file = join(out, `${name}.png`);
    await page.screenshot(file);
    return file;
  };
  try {
    for (const c of cases) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/${c.file}`);
      if (c.ready) await page.waitForFunction(c.ready, 10_000).catch(() => undefined);
      const target = c.frame ? await page.frame(c.frame) : page;
      if (c.form) await until(() => target.evaluate(() => document.documentElement.hasAttribute('data-skjemahjelp-form')), 8000);
      else await sleep(600);
      if (c.typeInto) {
        await target.$(c.typeInto).click();
        await page.keyboard.type(SAMPLE);
        // The hint card opens by itself on focus; open it from the badge only if it was folded away.
        const card = target.$('[data-sh-card]');
        const badge = target.$('[data-sh-badge]');
        if (!(await card.visible().catch(() => false)) && (await badge.visible().catch(() => false))) await badge.click();
        await sleep(300);
      }
      const form = await target.evaluate(() => document.documentElement.getAttribute('data-skjemahjelp-form'));
      // Counted through open shadow roots too (web-component forms).
      const fields: number = await target.evaluate(`(() => {
        let n = 0;
        const visit = (root) => { n += root.querySelectorAll('[data-skjemahjelp-field]').length; for (const h of root.querySelectorAll('*')) if (h.shadowRoot) visit(h.shadowRoot); };
        visit(document);
        return n;
      })()`);
      const file = await shot(page, c.file.replace('.html', '').replace(/[^a-z0-9-]+/gi, '-'));
      console.log(`${c.file.padEnd(32)} ${(form ? `gjenkjent som ${form}, ${fields} felt` : 'ingen skjema (som forventet)').padEnd(28)} → ${file}`);
      await page.close();
    }

    // The yrke palette with a comparison against the documented limitations in 5.1.
    {
      const page = await browser.newPage();
      await page.goto(`${server.url}/l40-semantic.html`);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
      await page.$('#f-5-1').fill(PERSON);
      await page.$('#f-5-3').click();
      const button = page.$('[data-sh-open-palette]');
      if (!(await until(() => button.visible(), 2000))) await page.$('[data-sh-badge]').click();
      await button.click();
      await pl(page, '[data-pl-search]').waitFor('visible');
      await searchAndPick(page, page, 'hjelpepleier', '5321');
      await pl(page, '[data-pl-preview="5321"] [data-verdict="conflict"]').waitFor('attached');
      console.log(`${'yrkespalett (5321 mot 5.1)'.padEnd(32)} ${'sammenligning vist'.padEnd(28)} → ${await shot(page, 'yrkespalett-sammenligning')}`);
      await page.close();
    }
    // The problems panel on an L40 with a vague functional description (last: its open state is remembered, and
    // an open panel can cover a hint card).
    {
      const page = await browser.newPage();
      await page.goto(`${server.url}/l40-semantic.html`);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-skjemahjelp-form'));
      await page.$('#f-5-1').click();
      await page.keyboard.type(SAMPLE);
      await until(async () => (await page.$('#f-5-1').attr('data-skjemahjelp-issues')) !== '0', 5000);
      await openPanel(page);
      await page.$('[data-sh-problem]').waitFor('visible');
      console.log(`${'problempanel (L40 5.1)'.padEnd(32)} ${'problemer og Huskeliste'.padEnd(28)} → ${await shot(page, 'problempanel')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nSkjermbilder ligger i ${out}`);
}

try {
  await main();
  process.exit(0);
} catch (e) {
  const known = e instanceof DemoError;
  console.error(`\nDemoen stoppet: ${known ? e.message : `uventet feil – ${(e as Error)?.message?.split('\n')[0] ?? String(e)}`}`);
  if (process.env.DEMO_DEBUG) console.error(e);
  process.exit(1);
}
