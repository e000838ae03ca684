import type { Session } from 'electron'

/**
 * Permissions the renderer may use. Only notifications: due follow-ups show as a system
 * notification that names nobody (see docs/decisions/0010-today-and-reminders.md), and a member
 * can turn them off. The app needs no camera, microphone, geolocation, clipboard-read, HID,
 * serial or USB access. Adding one here is a security decision and belongs in docs/decisions.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>(['notifications'])

type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>

/**
 * Denies every permission by default. Both handlers are needed: Electron grants permission
 * *checks* (e.g. navigator.permissions.query, some clipboard paths) when no check handler is
 * set, even if requests are denied.
 */
export function denyPermissionsByDefault(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    const allowed = ALLOWED_PERMISSIONS.has(permission)
    if (!allowed) console.warn(`[permissions] denied request for ${permission}`)
    callback(allowed)
  })
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission))
  session.setDevicePermissionHandler(() => false)
}
