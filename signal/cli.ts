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
  const server = await startSignalServer(cli.options)
  process.stdout.write(`rhizome signaling on ${signalUrl(server.host, server.port)}\n`)
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`rhizome signaling failed to start: ${(error as Error).message}\n`)
  process.exit(1)
})
