// Starts dynalite (in memory) on 127.0.0.1 at a port the system picks, and prints one line,
// "listening <port>", once it accepts connections; the Java fixture and bench/run.sh read it.
// Tables become ACTIVE at once, so a test need not wait for CreateTable.
// Exits when its standard input closes, so a test JVM that dies takes the server with it.
'use strict'
const dynalite = require('dynalite')
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
server.listen(Number(process.env.DYNALITE_PORT || 0), '127.0.0.1', () => {
  process.stdout.write('listening ' + server.address().port + '\n')
})
process.stdin.on('end', () => process.exit(0))
process.stdin.resume()
