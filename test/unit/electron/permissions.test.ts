import { describe, expect, it, vi } from 'vitest'
import { denyPermissionsByDefault } from '../../../electron/main/permissions'

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'hid',
  'serial',
  'usb',
  'openExternal',
  'persistent-storage',
  'unknown',
]

const install = () => {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  }
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  denyPermissionsByDefault(session as never)
  return {
    request: session.setPermissionRequestHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
    check: session.setPermissionCheckHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
      origin: string,
    ) => boolean,
    device: session.setDevicePermissionHandler.mock.calls[0]![0] as () => boolean,
  }
}

describe('permissions', () => {
  it('installs a request, a check and a device handler', () => {
    const handlers = install()
    expect(handlers.request).toBeTypeOf('function')
    expect(handlers.check).toBeTypeOf('function')
    expect(handlers.device).toBeTypeOf('function')
  })

  it('denies every permission request but notifications (follow-up reminders)', () => {
    const { request } = install()
    for (const permission of PERMISSIONS) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(permission === 'notifications')
    }
  })

  it('denies every permission check but notifications, also for the app origin', () => {
    const { check } = install()
    for (const permission of PERMISSIONS) {
      expect(check({}, permission, 'app://rhizome'), permission).toBe(
        permission === 'notifications',
      )
    }
  })

  it('denies device access', () => {
    expect(install().device()).toBe(false)
  })
})
