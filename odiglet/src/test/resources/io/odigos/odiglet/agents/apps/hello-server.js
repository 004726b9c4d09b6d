// A Node.js service for the end-to-end test: answers every GET on 127.0.0.1:$PORT with 200 "hello".
const http = require('http');
const port = Number(process.env.PORT);
if (!port) {
  console.error('PORT is not set');
  process.exit(2);
}
http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('hello from node ' + req.url + '\n');
  })
  .listen(port, '127.0.0.1', () => console.log('listening on ' + port));
