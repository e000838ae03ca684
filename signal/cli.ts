import { parseCli, signalUrl, USAGE } from './args'
import { startSignalServer, type SignalServer } from './server'

async function main(): Promise<void> {
  let cli
  try {
    cli = parseCli(process.argv.slice(2), process.env)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`)
    process.exit(2)
  }
  if (cli.help) return void process.stdout.write(USAGE)
  // Handlers first, so that a signal right after the "listening" line still closes cleanly.
  let server: SignalServer | undefined
  const stop = () => {
    if (!server) process.exit(0)
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  server = await startSignalServer(cli.options)
  process.stdout.write(`rhizome signaling on ${signalUrl(server.host, server.port)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`rhizome signaling failed to start: ${(error as Error).message}\n`)
  process.exit(1)
})
