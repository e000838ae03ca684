import { parseCli, signalUrl, USAGE } from './args'
import { startSignalServer } from './server'

async function main(): Promise<void> {
  let cli
  try {
    cli = parseCli(process.argv.slice(2), process.env)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`)
    process.exit(2)
  }
  if (cli.help) return void process.stdout.write(USAGE)
  const started = startSignalServer(cli.options)
  // Handlers before the "listening" line, so that a signal right after it still closes cleanly.
  const stop = () => {
    started
      .then((server) => server.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  const server = await started
  process.stdout.write(`rhizome signaling on ${signalUrl(server.host, server.port)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`rhizome signaling failed to start: ${(error as Error).message}\n`)
  process.exit(1)
})
