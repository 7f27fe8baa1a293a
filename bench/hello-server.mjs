// The baseline: the smallest useful node:http server, answering a short JSON body.
import { createServer } from 'node:http';

const body = JSON.stringify({ hello: 'world' });
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`READY http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
