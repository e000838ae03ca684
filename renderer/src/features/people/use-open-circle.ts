import { useEffect, useState } from 'react'
import type { OpenResult } from '../../data/circle-registry'
import { useCircles } from '../../app/services'

/** Opens a circle for the screen that shows it; null while loading. */
export function useOpenCircle(circleId: string): OpenResult | null {
  const circles = useCircles()
  const [state, setState] = useState<{ id: string; result: OpenResult } | null>(null)
  useEffect(() => {
    let live = true
    circles.open(circleId).then(
      (result) => live && setState({ id: circleId, result }),
      (err: unknown) => {
        console.error(err)
        if (live) setState({ id: circleId, result: { ok: false, reason: 'damaged' } })
      },
    )
    return () => {
      live = false
    }
  }, [circles, circleId])
  return state?.id === circleId ? state.result : null
}
