// Starts dynalite (in memory) on 127.0.0.1 at a port the system picks, and prints one line,
// "listening <port>", once it accepts connections; the Java fixture and bench/run.sh read it.
// With DYNALITE_TLS_KEY and DYNALITE_TLS_CERT (PEM files) set it serves HTTPS with that key and
// certificate, as DynamoDB itself does, and the line is "listening <port> https" (bench/run.sh).
// Tables become ACTIVE at once, so a test need not wait for CreateTable.
// Exits when its standard input closes, so a test JVM that dies takes the server with it.
'use strict'
const fs = require('fs')
const dynalite = require('dynalite')
const key = process.env.DYNALITE_TLS_KEY
const cert = process.env.DYNALITE_TLS_CERT
const tls = key && cert ? { ssl: true, key: fs.readFileSync(key), cert: fs.readFileSync(cert), ca: fs.readFileSync(cert) } : {}
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...tls })
server.listen(Number(process.env.DYNALITE_PORT || 0), '127.0.0.1', () => {
  process.stdout.write('listening ' + server.address().port + (tls.ssl ? ' https' : '') + '\n')
})
process.stdin.on('end', () => process.exit(0))
process.stdin.resume()
