// Renders every BPMN model under processes/src/main/resources to docs/diagrams/<id>.svg with the
// bpmn-js viewer in headless Chromium (Debian's /usr/bin/chromium; nothing is downloaded).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const models = join(here, '..', '..', 'processes', 'src', 'main', 'resources');
const viewer = readFileSync(
  join(here, 'node_modules', 'bpmn-js', 'dist', 'bpmn-viewer.production.min.js'), 'utf8');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'outreach-diagrams-'));

for (const file of readdirSync(models).filter((name) => name.endsWith('.bpmn'))) {
  const xml = readFileSync(join(models, file), 'utf8');
  const page = join(work, file + '.html');
  writeFileSync(page, `<!DOCTYPE html><html><body><div id="canvas" style="width:1600px;height:900px"></div>
<pre id="svg"></pre>
<script>${viewer}</script>
<script>
  const viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(${JSON.stringify(xml)})
    .then(() => viewer.saveSVG())
    .then(({ svg }) => { document.getElementById('svg').textContent = svg; })
    .catch((e) => { document.getElementById('svg').textContent = 'RENDER-FAILED ' + e.message; });
</script></body></html>`);
  const dom = execFileSync(chromium, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--user-data-dir=' + join(work, 'profile'), '--virtual-time-budget=10000',
    '--dump-dom', 'file://' + page,
  ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const match = dom.match(/<pre id="svg">([\s\S]*?)<\/pre>/);
  const text = match ? match[1]
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&') : '';
  if (!text.startsWith('<?xml') && !text.startsWith('<svg')) {
    throw new Error(`${file}: ${text.slice(0, 200) || 'no diagram rendered'}`);
  }
  const target = join(here, file.replace(/\.bpmn$/, '.svg'));
  writeFileSync(target, text + '\n');
  console.log(`rendered ${file} -> ${target}`);
}
