import { shell } from 'electron'
import { safeExternalUrl } from '@shared/util/links'

/**
 * The one place the app hands an address to the operating system: a link in meeting notes or
 * a call link, after the user saw the full address and confirmed it in the window. Only http,
 * https and mailto without credentials pass (checked here again, whatever the caller checked);
 * file:, javascript:, custom schemes and anything else are refused. The security check
 * (scripts/check-electron-security.mjs) allows shell.openExternal only here, once, after
 * safeExternalUrl.
 */
export async function openLink(raw: string): Promise<void> {
  const url = safeExternalUrl(raw)
  if (url === null) throw new Error('Refused to open an address that is not http, https or mailto')
  await shell.openExternal(url, { activate: true })
}
