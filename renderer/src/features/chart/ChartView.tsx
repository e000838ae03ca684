import { useCallback } from 'react'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { ChartBody } from './ChartBody'

/** The Chart tab of an open circle (loaded lazily by CircleScreen). */
export default function ChartView({ circle }: { circle: OpenCircle }) {
  const { announcer } = useServices()
  const announce = useCallback((text: string) => announcer.say(text), [announcer])
  return <ChartBody session={circle.session} announce={announce} />
}
