import { useEffect } from 'react'
import { TEXT_SCALE } from '../data/settings'
import { CREATE_CIRCLE_ANCHOR } from '../features/circles/CirclesScreen'
import { WIPE_ANCHOR } from '../security/WipeSection'
import type { Services } from './services'

/** Application-menu commands that act anywhere (screen-specific ones are handled there). */
export function useMenuCommands({ platform, router, settings, gate }: Services): void {
  useEffect(
    () =>
      platform.onMenuCommand((cmd) => {
        const scale = settings.getSnapshot().textScale
        switch (cmd) {
          case 'newCircle':
            router.go({ name: 'circles' })
            requestAnimationFrame(() =>
              document.querySelector<HTMLInputElement>(`#${CREATE_CIRCLE_ANCHOR} input`)?.focus(),
            )
            break
          case 'showCircles':
            router.go({ name: 'circles' })
            break
          case 'openSettings':
            router.go({ name: 'settings' })
            break
          case 'textLarger':
            void settings.setTextScale(scale + TEXT_SCALE.step)
            break
          case 'textSmaller':
            void settings.setTextScale(scale - TEXT_SCALE.step)
            break
          case 'textReset':
            void settings.setTextScale(TEXT_SCALE.default)
            break
          case 'lock':
            gate.lock()
            break
          case 'wipe':
            router.go({ name: 'settings' })
            requestAnimationFrame(() => document.getElementById(WIPE_ANCHOR)?.focus())
            break
          case 'newPerson':
            break
        }
      }),
    [platform, router, settings, gate],
  )
}
