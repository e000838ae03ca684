import { useOpenCircle } from '../people/use-open-circle'
import { AlertBanner } from './AlertBanner'

/** The urgent alerts of the circle on screen, for the top of the app (above its header). */
export function CircleAlerts({ circleId }: { circleId: string }) {
  const opened = useOpenCircle(circleId)
  if (!opened?.ok) return null
  return <AlertBanner circle={opened.circle} key={circleId} />
}
