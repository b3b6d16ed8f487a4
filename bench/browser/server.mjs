// A static server for the browser benchmark: several folders under URL prefixes, on a free
// loopback port. Files go out uncompressed; each response carries `x-gzip-size`, the size
// gzip (zlib level 6, a common server default) would give it, and `x-br-size`, the size of
// the brotli copy a site serves: the `.br` file beside it where the build wrote one (ours,
// www/compress.mjs), else brotli by compress.mjs's rule (quality 11, 9 over 4 MB). So the
// benchmark reports raw, gzip and brotli bytes for every response of either engine.
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
  const brSizes = new Map();
  const brotliSize = async (file, body) => {
    try {
      return (await fs.stat(`${file}.br`)).size;
    } catch {
      const quality = body.length > 4 * 1024 * 1024 ? 9 : 11;
      return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }).length;
    }
  };
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
      if (!brSizes.has(file)) brSizes.set(file, await brotliSize(file, body));
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
        "content-length": body.length,
        "x-gzip-size": gzipSizes.get(file),
        "x-br-size": brSizes.get(file),
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
