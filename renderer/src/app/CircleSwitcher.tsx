import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useCircles, useServices } from './services'
import { useStore } from './use-store'

/** Switches between the circles on this device from anywhere in the app. */
export function CircleSwitcher({ currentId }: { currentId: string | null }) {
  const { t } = useTranslation()
  const { router } = useServices()
  const circles = useCircles()
  const list = useStore(circles.list)
  const id = useId()
  if (!list || list.length === 0) return null
  return (
    <div className="switcher">
      <label htmlFor={id}>{t('nav.currentCircle')}</label>
      <select
        id={id}
        value={currentId ?? ''}
        onChange={(e) =>
          e.target.value
            ? router.go({ name: 'people', circleId: e.target.value })
            : router.go({ name: 'circles' })
        }
      >
        <option value="">{t('nav.circles')}</option>
        {list.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  )
}
