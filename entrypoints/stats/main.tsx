import { render } from 'preact';
import { StatsApp } from '../../components/stats/StatsApp.tsx';
import { StatsDb } from '../../lib/stats/db.ts';
import './style.css';

// stats.html is an extension page, so this database is the extension origin's — the one the service worker writes.
const db = new StatsDb();
render(<StatsApp db={db} getPolicy={() => browser.storage.managed.get()} />, document.getElementById('app')!);
