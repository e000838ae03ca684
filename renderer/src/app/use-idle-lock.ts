import { useEffect } from 'react'
import type { Services } from './services'
import { useStore } from './use-store'

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/** Locks after the chosen minutes without input, and when the platform asks (screen lock, suspend). */
export function useIdleLock({ gate, settings, platform }: Services): void {
  const { idleMinutes } = useStore(settings)
  useEffect(() => {
    let timer = setTimeout(() => gate.lock(), idleMinutes * 60_000)
    const reset = () => {
      clearTimeout(timer)
      timer = setTimeout(() => gate.lock(), idleMinutes * 60_000)
    }
    for (const e of ACTIVITY) window.addEventListener(e, reset, { passive: true })
    const offLock = platform.onLockRequest(() => gate.lock())
    return () => {
      clearTimeout(timer)
      for (const e of ACTIVITY) window.removeEventListener(e, reset)
      offLock()
    }
  }, [gate, idleMinutes, platform])
}
