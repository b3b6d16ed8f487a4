// A static server for the browser benchmark: several folders under URL prefixes, on a free
// loopback port. Files go out uncompressed; each response carries `x-gzip-size`, the size
// gzip (zlib level 6, a common server default) would give it, so the benchmark can report
// raw and gzipped bytes for every response without depending on how a host compresses.
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { TYPES } from "../../xtask/site-server.mjs";

/**
 * Serves `mounts` ({ "/prefix/": folder }, longest prefix wins); resolves to { url, close },
 * `url` without a trailing slash.
 */
export async function serve(mounts) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const gzipSizes = new Map();
  const server = http.createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const mount = table.find(([prefix]) => urlPath.startsWith(prefix));
    if (!mount) {
      res.writeHead(404).end("not found");
      return;
    }
    const [prefix, dir] = mount;
    let rel = urlPath.slice(prefix.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = path.join(dir, rel);
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      if (!gzipSizes.has(file)) gzipSizes.set(file, zlib.gzipSync(body, { level: 6 }).length);
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
        "content-length": body.length,
        "x-gzip-size": gzipSizes.get(file),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
