// Writes `f.br` and `f.gz` beside each file given, at the highest levels,
// for the server to send as they are (tower-http's ServeDir precompressed).
// Node's own zlib, so the build needs nothing more than Node.js.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const newer = (a, b) => existsSync(a) && statSync(a).mtimeMs >= statSync(b).mtimeMs;

for (const file of process.argv.slice(2)) {
  if (newer(`${file}.br`, file) && newer(`${file}.gz`, file)) {
    continue;
  }
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  console.log(`${file}: ${data.length} B, brotli ${br.length} B`);
}
