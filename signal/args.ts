import { parseArgs } from 'node:util'
import type { SignalOptions } from './options'

export const USAGE = `Usage: npm run signal -- [options]

  --host HOST                 interface to bind (env HOST; default 127.0.0.1)
  --port PORT                 port to bind, 0 for any (env PORT; default 4444)
  --max-connections N         connections in all (default 1024)
  --max-connections-per-ip N  connections per client address (default 64)
  --trust-proxy               take the client address from X-Forwarded-For (behind your proxy)
  --verbose                   log counts to stderr (never topics, payloads or addresses)
  --help                      show this text
`

export type CliResult = { help: true } | { help: false; options: Partial<SignalOptions> }

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  if (!/^\d+$/.test(value)) throw new RangeError(`${name} must be a non-negative integer`)
  return Number(value)
}

/** Reads the command line (and HOST / PORT from the environment; flags win). */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv): CliResult {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'max-connections': { type: 'string' },
      'max-connections-per-ip': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) return { help: true }
  return {
    help: false,
    options: {
      host: values.host ?? (env.HOST || undefined),
      port: integer('--port', values.port ?? env.PORT),
      maxConnections: integer('--max-connections', values['max-connections']),
      maxConnectionsPerIp: integer('--max-connections-per-ip', values['max-connections-per-ip']),
      trustProxy: values['trust-proxy'],
      verbose: values.verbose,
    },
  }
}

/** ws://host:port, with an IPv6 host in brackets. */
export function signalUrl(host: string, port: number): string {
  return `ws://${host.includes(':') ? `[${host}]` : host}:${port}`
}
