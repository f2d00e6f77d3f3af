'use strict';
// A tiny static server on 127.0.0.1 for the render page and the renderer's bundle.
const http = require('http');
const fs = require('fs');
const path = require('path');

const FILES = {
  '/': [path.join(__dirname, '..', 'page', 'index.html'), 'text/html; charset=utf-8'],
  '/apl.js': [require.resolve('apl-viewhost-web'), 'application/javascript']
};

function start() {
  const server = http.createServer((req, res) => {
    const entry = FILES[req.url.split('?')[0]];
    if (!entry) { res.writeHead(req.url === '/favicon.ico' ? 204 : 404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': entry[1], 'Cache-Control': 'max-age=3600' });
    fs.createReadStream(entry[0]).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) });
  }));
}
module.exports = { start };
